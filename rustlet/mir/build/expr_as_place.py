"""Place expressions: `as_place(expr)` returns the MIR place an expression denotes.

Place expressions are locals, captured variables, `*e`, `e.f`, `e[i]`, and statics.
Any other expression used where a place is needed (`&f()`, `match g() {..}`) is
evaluated into a fresh temporary whose place is returned (rustc's `as_temp`).

- `UpvarRef(i)` inside a closure body is field `i` of the environment argument `_1`
  (through a deref when the closure takes itself by `&`/`&mut`, i.e. is Fn/FnMut), and
  through a further deref when the variable was captured by reference.
- `e[i]`: the index is evaluated into a `usize` temporary, then `Len(base)` and
  `Assert(Lt(i, len), BOUNDS_CHECK)` guard the `IndexProj` (rustc's
  "index out of bounds: the len is {} but the index is {}").
- `e[lo..hi]` (an `IndexExpr` whose index is a range struct): the bounds become `usize`
  temporaries, and three asserts in rustc's order — start ≤ len (SLICE_START), end ≤ len
  (SLICE_END), start ≤ end (SLICE_ORDER) — guard a `SubsliceProj`, whose type is `[T]`
  for arrays and slices alike.
- A static is reached through a constant reference: `_t = const &STATIC` with value
  `("static", def_id)`, then the place `*_t`.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from rustlet import thir
from rustlet.ast import BinOp
from rustlet.mir import syntax as mir
from rustlet.types import BOOL, USIZE, AdtTy, RefTy, Ty

if TYPE_CHECKING:
    from rustlet.mir.build.builder import Builder

RANGE_LANG_ITEMS = ("Range", "RangeInclusive", "RangeFrom", "RangeTo", "RangeToInclusive", "RangeFull")


def is_place_expr(expr: thir.Expr) -> bool:
    return isinstance(expr, (thir.LocalVar, thir.UpvarRef, thir.Deref, thir.FieldAccess, thir.IndexExpr,
                             thir.StaticRef))


class AsPlaceMixin:
    def as_place(self: "Builder", expr: thir.Expr) -> mir.Place:
        match expr:
            case thir.LocalVar(local=local_id):
                if local_id in self.guard_overrides:
                    return self.guard_overrides[local_id]
                return mir.Place(self.declare_var(local_id))
            case thir.UpvarRef(index=index):
                return self.upvar_place(index)
            case thir.Deref(operand=operand):
                return self.pointer_place(operand).project(mir.DerefProj())
            case thir.FieldAccess(base=base, field=field):
                return self.as_place(base).project(mir.FieldProj(field, expr.ty))
            case thir.IndexExpr(base=base, index=index):
                if self.range_kind(index.ty) is not None:
                    return self.subslice_place(expr)
                base_place = self.as_place(base)
                idx = self.as_temp(index)
                self.bounds_check(base_place, idx, expr)
                return base_place.project(mir.IndexProj(idx))
            case thir.StaticRef(def_id=def_id):
                ref_ty = RefTy(expr.ty, self.program.statics[def_id].mutable)
                temp = self.new_temp(ref_ty, expr.span)
                value = thir.ConstValue(ref_ty, ("static", def_id))
                self.assign(mir.Place(temp), mir.Use(mir.Constant(value, expr.span)), expr.span)
                return mir.Place(temp, (mir.DerefProj(),))
        if id(expr) in self.extended_temps:
            return mir.Place(self.extended_temps[id(expr)])
        return mir.Place(self.as_temp(expr))

    def pointer_place(self: "Builder", operand: thir.Expr) -> mir.Place:
        """The place holding the pointer that `*operand` dereferences."""
        if is_place_expr(operand):
            return self.as_place(operand)
        return mir.Place(self.as_temp(operand))

    def upvar_place(self: "Builder", index: int) -> mir.Place:
        assert self.fn is not None and self.fn.closure_kind is not None, "upvar outside a closure body"
        env = mir.Place(1)
        if self.fn.closure_kind in ("Fn", "FnMut"):
            env = env.project(mir.DerefProj())
        upvar = self.fn.upvars[index]
        place = env.project(mir.FieldProj(index, upvar.ty))
        if upvar.kind is not thir.CaptureKind.BY_VALUE:
            place = place.project(mir.DerefProj())
        return place

    def bounds_check(self: "Builder", base: mir.Place, idx: mir.Local, expr: thir.Expr) -> None:
        span = expr.span
        length = self.new_temp(USIZE, span)
        self.assign(mir.Place(length), mir.Len(base), span)
        in_bounds = self.new_temp(BOOL, span)
        self.assign(mir.Place(in_bounds), mir.BinaryOp(BinOp.LT, mir.Copy(mir.Place(idx)),
                                                       mir.Copy(mir.Place(length))), span)
        msg = mir.AssertMessage(mir.AssertKind.BOUNDS_CHECK,
                                (mir.Copy(mir.Place(length)), mir.Copy(mir.Place(idx))))
        self.assert_(mir.Move(mir.Place(in_bounds)), True, msg, span)

    # ── range indexing ──

    def range_kind(self: "Builder", ty: Ty) -> str | None:
        if not isinstance(ty, AdtTy):
            return None
        for name in RANGE_LANG_ITEMS:
            if self.program.lang_items.get(name) == ty.def_id:
                return name
        return None

    def range_bound(self: "Builder", index: thir.Expr, name: str) -> mir.Local:
        """Field `start`/`end` of a range value as a usize temporary."""
        assert isinstance(index.ty, AdtTy)
        fields = self.program.adts[index.ty.def_id].variants[0].fields
        position = next(i for i, f in enumerate(fields) if f.name == name)
        if isinstance(index, thir.AdtExpr) and index.base is None:
            for field_index, value in index.fields:
                if field_index == position:
                    return self.as_temp(value)
        range_place = self.as_place(index)
        temp = self.new_temp(USIZE, index.span)
        self.assign(mir.Place(temp), mir.Use(mir.Copy(range_place.project(mir.FieldProj(position, USIZE)))),
                    index.span)
        return temp

    def subslice_place(self: "Builder", expr: thir.IndexExpr) -> mir.Place:
        span = expr.span
        kind = self.range_kind(expr.index.ty)
        base = self.as_place(expr.base)
        start = self.range_bound(expr.index, "start") if kind in ("Range", "RangeInclusive", "RangeFrom") else None
        end = self.range_bound(expr.index, "end") if kind in ("Range", "RangeInclusive", "RangeTo",
                                                              "RangeToInclusive") else None
        if end is not None and kind in ("RangeInclusive", "RangeToInclusive"):
            end = self.checked_add_one(end, span)
        length = self.new_temp(USIZE, span)
        self.assign(mir.Place(length), mir.Len(base), span)
        if start is None:
            start = self.usize_constant_temp(0, span)
        if end is None:
            end = self.new_temp(USIZE, span)
            self.assign(mir.Place(end), mir.Use(mir.Copy(mir.Place(length))), span)
        if kind != "RangeFull":
            checks = [(start, length, mir.AssertKind.SLICE_START), (end, length, mir.AssertKind.SLICE_END),
                      (start, end, mir.AssertKind.SLICE_ORDER)]
            for lhs, rhs, assert_kind in checks:
                if assert_kind is mir.AssertKind.SLICE_START and kind in ("RangeTo", "RangeToInclusive"):
                    continue  # start is 0
                if assert_kind is not mir.AssertKind.SLICE_START and kind == "RangeFrom":
                    continue  # end is len
                ok = self.new_temp(BOOL, span)
                self.assign(mir.Place(ok), mir.BinaryOp(BinOp.LE, mir.Copy(mir.Place(lhs)),
                                                        mir.Copy(mir.Place(rhs))), span)
                msg = mir.AssertMessage(assert_kind, (mir.Copy(mir.Place(lhs)), mir.Copy(mir.Place(rhs))))
                self.assert_(mir.Move(mir.Place(ok)), True, msg, span)
        return base.project(mir.SubsliceProj(start, end))

    def usize_constant_temp(self: "Builder", value: int, span: "object") -> mir.Local:
        temp = self.new_temp(USIZE, span)
        self.assign(mir.Place(temp), mir.Use(mir.Constant(thir.ConstValue(USIZE, value))), span)
        return temp

    def checked_add_one(self: "Builder", value: mir.Local, span: "object") -> mir.Local:
        """`value + 1` for an inclusive end (overflows only for `..=usize::MAX`)."""
        one = mir.Constant(thir.ConstValue(USIZE, 1))
        result = self.checked_arith(BinOp.ADD, mir.Copy(mir.Place(value)), one, USIZE, span)
        temp = self.new_temp(USIZE, span)
        self.assign(mir.Place(temp), result, span)
        return temp
