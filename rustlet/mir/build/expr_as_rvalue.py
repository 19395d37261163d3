"""Rvalues: operators, casts, borrows and aggregates, with rustc's runtime checks.

Arithmetic on integers is built exactly as rustc builds it in a debug build, and the
same MIR serves release builds (codegen skips the OVERFLOW asserts when overflow checks
are off; the division and bounds checks always stay):

    a + b, a - b, a * b, a << b, a >> b (integers):
        _t = CheckedBinaryOp(op, a, b)          // (T, bool)
        assert(!_t.1, OVERFLOW(op), a, b)       // "attempt to add with overflow"
        result = _t.0
    a / b, a % b (integers):
        assert(!Eq(b, 0), DIVISION_BY_ZERO / REMAINDER_BY_ZERO, a)
        signed only: assert(!(Eq(b, -1) & Eq(a, T::MIN)), OVERFLOW(op), a, b)
        result = BinaryOp(op, a, b)
    -a (signed integers):
        assert(!Eq(a, T::MIN), OVERFLOW_NEG, a); result = Neg(a)

Everything else (floats, bitwise ops, comparisons, `!`) is a plain `BinaryOp`/`UnaryOp`.
Operands of these checks are `Copy` because integer operands are read several times.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from rustlet import thir
from rustlet.ast import BinOp, UnOp
from rustlet.mir import syntax as mir
from rustlet.source import Span
from rustlet.types import BOOL, AdtTy, IntTy, TupleTy, Ty

if TYPE_CHECKING:
    from rustlet.mir.build.builder import Builder

CHECKED_OPS = (BinOp.ADD, BinOp.SUB, BinOp.MUL, BinOp.SHL, BinOp.SHR)


def copy_of(operand: mir.Operand) -> mir.Operand:
    return mir.Copy(operand.place) if isinstance(operand, mir.Move) else operand


class AsRvalueMixin:
    def as_rvalue(self: "Builder", expr: thir.Expr) -> mir.Rvalue:
        span = expr.span
        match expr:
            case thir.Binary(op=op, lhs=lhs, rhs=rhs):
                return self.binary_rvalue(op, self.as_operand(lhs), self.as_operand(rhs), lhs.ty, span)
            case thir.Unary(op=UnOp.NEG, operand=operand):
                value = copy_of(self.as_operand(operand))
                if isinstance(operand.ty, IntTy) and operand.ty.kind.signed:
                    is_min = self.new_temp(BOOL, span)
                    minimum = mir.Constant(thir.ConstValue(operand.ty, operand.ty.kind.min))
                    self.assign(mir.Place(is_min), mir.BinaryOp(BinOp.EQ, value, minimum), span)
                    self.assert_(mir.Move(mir.Place(is_min)), False,
                                 mir.AssertMessage(mir.AssertKind.OVERFLOW_NEG, (value,)), span)
                return mir.UnaryOp(UnOp.NEG, value)
            case thir.Unary(op=UnOp.NOT, operand=operand):
                return mir.UnaryOp(UnOp.NOT, self.as_operand(operand))
            case thir.Cast(kind=kind, operand=operand):
                return mir.Cast(kind, self.consume(self.as_operand(operand)), expr.ty)
            case thir.Borrow(place=place, mutable=mutable):
                return mir.Ref(self.as_place(place), mutable)
            case thir.TupleExpr(elems=elems):
                operands = tuple(self.consume(self.as_operand(e)) for e in elems)
                return mir.Aggregate(mir.AggregateKind.TUPLE, expr.ty, operands)
            case thir.ArrayExpr(elems=elems):
                operands = tuple(self.consume(self.as_operand(e)) for e in elems)
                return mir.Aggregate(mir.AggregateKind.ARRAY, expr.ty, operands)
            case thir.RepeatExpr(elem=elem, count=count):
                return mir.Repeat(self.consume(self.as_operand(elem)), count)
            case thir.AdtExpr():
                return self.adt_rvalue(expr)
            case thir.Closure(captures=captures):
                operands = tuple(self.consume(self.as_operand(c)) for c in captures)
                return mir.Aggregate(mir.AggregateKind.CLOSURE, expr.ty, operands)
        raise TypeError(f"as_rvalue: not an rvalue expression: {type(expr).__name__}")

    def adt_rvalue(self: "Builder", expr: thir.AdtExpr) -> mir.Rvalue:
        adt_ty = expr.ty
        assert isinstance(adt_ty, AdtTy)
        fields = self.program.adts[expr.adt].variants[expr.variant].fields
        given: dict[int, mir.Operand] = {}
        for index, value in expr.fields:  # evaluated in source order
            given[index] = self.consume(self.as_operand(value))
        if expr.base is not None:
            base = self.as_place(expr.base)
            for index in range(len(fields)):
                if index not in given:
                    field_ty = self.props.field_ty(adt_ty, expr.variant, index)
                    given[index] = self.read_place(base.project(mir.FieldProj(index, field_ty)), field_ty)
        operands = tuple(given[i] for i in range(len(fields)))
        return mir.Aggregate(mir.AggregateKind.ADT, adt_ty, operands, expr.variant)

    def binary_rvalue(self: "Builder", op: BinOp, lhs: mir.Operand, rhs: mir.Operand, ty: Ty,
                      span: Span) -> mir.Rvalue:
        """`lhs op rhs` where `ty` is the type of `lhs`, with rustc's checks."""
        lhs, rhs = copy_of(lhs), copy_of(rhs)
        if not isinstance(ty, IntTy):
            return mir.BinaryOp(op, lhs, rhs)
        if op in CHECKED_OPS:
            return self.checked_arith(op, lhs, rhs, ty, span)
        if op in (BinOp.DIV, BinOp.REM):
            kind = mir.AssertKind.DIVISION_BY_ZERO if op is BinOp.DIV else mir.AssertKind.REMAINDER_BY_ZERO
            is_zero = self.new_temp(BOOL, span)
            self.assign(mir.Place(is_zero), mir.BinaryOp(BinOp.EQ, rhs, self.int_constant(ty, 0)), span)
            self.assert_(mir.Move(mir.Place(is_zero)), False, mir.AssertMessage(kind, (lhs,)), span)
            if ty.kind.signed:
                is_minus_one = self.new_temp(BOOL, span)
                self.assign(mir.Place(is_minus_one), mir.BinaryOp(BinOp.EQ, rhs, self.int_constant(ty, -1)), span)
                is_min = self.new_temp(BOOL, span)
                self.assign(mir.Place(is_min), mir.BinaryOp(BinOp.EQ, lhs, self.int_constant(ty, ty.kind.min)), span)
                overflows = self.new_temp(BOOL, span)
                self.assign(mir.Place(overflows), mir.BinaryOp(BinOp.BIT_AND, mir.Move(mir.Place(is_minus_one)),
                                                               mir.Move(mir.Place(is_min))), span)
                self.assert_(mir.Move(mir.Place(overflows)), False,
                             mir.AssertMessage(mir.AssertKind.OVERFLOW, (lhs, rhs), op), span)
        return mir.BinaryOp(op, lhs, rhs)

    def checked_arith(self: "Builder", op: BinOp, lhs: mir.Operand, rhs: mir.Operand, ty: Ty,
                      span: Span) -> mir.Rvalue:
        result = self.new_temp(TupleTy((ty, BOOL)), span)
        self.assign(mir.Place(result), mir.CheckedBinaryOp(op, lhs, rhs), span)
        overflowed = mir.Place(result, (mir.FieldProj(1, BOOL),))
        self.assert_(mir.Move(overflowed), False, mir.AssertMessage(mir.AssertKind.OVERFLOW, (lhs, rhs), op), span)
        return mir.Use(mir.Move(mir.Place(result, (mir.FieldProj(0, ty),))))

    def int_constant(self: "Builder", ty: Ty, value: int) -> mir.Constant:
        return mir.Constant(thir.ConstValue(ty, value))

    def unit_constant(self: "Builder") -> mir.Constant:
        return mir.Constant(thir.ConstValue(TupleTy(()), None))
