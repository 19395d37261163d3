"""Operands: `as_operand(expr)` and `as_temp(expr)`.

As in rustc, an operand is either a constant (literals, fn items, consts with a known
value) or a *fresh temporary* holding the expression's value, read by `Move`.  A
const used with generic arguments (`T::KIND`, `Self::SIDES`, `<S as Shape>::SIDES`,
`Shelf::KIND` through its trait) is an `UnevaluatedConst`: the impl that defines it,
and so its value, is known only per instance, and mono resolves and evaluates it
(as it resolves trait method calls).  Going
through a temporary even for a plain variable (`_4 = copy _1; … move _4`) fixes the
order of evaluation (a later argument cannot change an earlier one) and gives every use
its own statement with its own span, which is what borrowck's diagnostics point at.

Reading a place copies it if its type is `Copy` and moves it otherwise.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from rustlet import thir
from rustlet.mir import syntax as mir
from rustlet.mir.build.expr_as_place import is_place_expr
from rustlet.types import FnDefTy

if TYPE_CHECKING:
    from rustlet.mir.build.builder import Builder


class AsOperandMixin:
    def as_operand(self: "Builder", expr: thir.Expr) -> mir.Operand:
        constant = self.as_constant(expr)
        if constant is not None:
            return constant
        return mir.Move(mir.Place(self.as_temp(expr)))

    def as_constant(self: "Builder", expr: thir.Expr) -> mir.Constant | None:
        match expr:
            case thir.Literal(value=value):
                return mir.Constant(thir.ConstValue(expr.ty, value), expr.span)
            case thir.FnItem(def_id=def_id, args=args):
                return mir.Constant(thir.ConstValue(FnDefTy(def_id, args), None), expr.span)
            case thir.ConstRef(def_id=def_id, args=args) if args:
                # Which impl's constant (and so which value) depends on the instance.
                return mir.Constant(thir.ConstValue(expr.ty, mir.UnevaluatedConst(def_id, args)), expr.span)
            case thir.ConstRef(def_id=def_id):
                const = self.program.consts[def_id]
                if const.value is not None:
                    return mir.Constant(const.value, expr.span)
        return None

    def as_temp(self: "Builder", expr: thir.Expr) -> mir.Local:
        temp = self.new_temp(expr.ty, expr.span)
        self.into(mir.Place(temp), expr)
        return temp

    def read_place(self: "Builder", place: mir.Place, ty: "object") -> mir.Operand:
        return mir.Copy(place) if self.props.is_copy(ty) else mir.Move(place)

    def consume(self: "Builder", operand: mir.Operand) -> mir.Operand:
        """Mark an operand as consumed by the statement being emitted (see scope.py)."""
        self.record_operand_moved(operand)
        return operand

    def place_operand(self: "Builder", expr: thir.Expr) -> mir.Operand:
        """Read a place expression without a temporary (only where nothing can run in
        between: the right-hand side of an assignment)."""
        assert is_place_expr(expr)
        return self.read_place(self.as_place(expr), expr.ty)
