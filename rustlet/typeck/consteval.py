"""A small constant evaluator for `const` items, `static` initializers, array lengths
and enum discriminants.

It evaluates the AST directly (as rustc's early const-eval of array lengths does,
without a typed body): literals, paths to other consts (recursively, memoized, a
cycle is E0391), associated consts of primitive types found through std's inherent
impls (`i32::MAX`), unary and binary operators with the arithmetic of the expected
integer type (overflow is E0080), casts between primitives, parenthesized blocks,
tuples and arrays.  Anything else is "not evaluable here": for items that simply
leaves `ConstDef.value` None (MIR building evaluates the typed body instead); for an
array length it is an error.  A local variable in a constant is E0435.

`TypedConstEvaluator` evaluates a constant's *typed* body (THIR) for one set of generic
arguments.  Mono uses it for the constants whose value depends on the instance: a
trait's default `const DOUBLE: u32 = Self::SIDES * 2;`, an impl's `const N: u32 =
T::N + 1;` (rustlet.mono.resolve.Resolver.const_value).  Its errors are rustc's
post-monomorphization errors: overflow and division by zero are E0080 at the
offending operation, labelled with the instance (`<Big as Shape>::DOUBLE`).
"""
from __future__ import annotations

import math
import struct
from collections.abc import Callable

from rustlet import ast, thir
from rustlet.diagnostics import error, unsupported
from rustlet.resolve import DefKind, ResKind
from rustlet.source import Span
from rustlet.typeck.context import Tcx, simplify_type
from rustlet.types import (
    USIZE, AdtTy, ArrayTy, DefId, FloatKind, FloatTy, IntKind, IntTy,
    INT_KINDS_BY_NAME, FLOAT_KINDS_BY_NAME, TupleTy, Ty,
)


class NotConst(Exception):
    """The expression is not evaluable by this evaluator (or already reported)."""


_IN_PROGRESS = object()


def eval_array_length(tcx: Tcx, expr: ast.Expr, item: DefId | None) -> int | None:
    errors = tcx.sink.error_count
    try:
        value = ConstEvaluator(tcx).eval(expr, USIZE)
    except NotConst:
        if tcx.sink.error_count == errors:  # not evaluable here, and nothing said why yet
            tcx.sink.emit(unsupported("this array length (not evaluable at compile time by rustlet)", expr.span))
        return None
    if isinstance(value, bool) or not isinstance(value, int):
        tcx.sink.emit(error("mismatched types", expr.span, "expected `usize`", "E0308"))
        return None
    return value


def eval_const_item(tcx: Tcx, def_id: DefId) -> thir.ConstValue | None:
    const = tcx.consts.get(def_id)
    static = tcx.statics.get(def_id)
    target = const or static
    if target is None:
        return None
    if target.value is _IN_PROGRESS:  # type: ignore[comparison-overlap]
        tcx.sink.emit(error(f"cycle detected when const-evaluating `{target.name}`", target.span, "", "E0391"))
        raise NotConst
    if target.value is not None:
        return target.value
    node = tcx.node(def_id)
    expr = getattr(node, "expr", None)
    if expr is None:
        return None
    target.value = _IN_PROGRESS  # type: ignore[assignment]
    try:
        value = ConstEvaluator(tcx).eval(expr, target.ty)
        target.value = thir.ConstValue(target.ty, value)
    except NotConst:
        target.value = None
        return None
    return target.value


def wrap_int(value: int, kind: IntKind) -> int:
    bits = kind.bits
    value &= (1 << bits) - 1
    if kind.signed and value >= 1 << (bits - 1):
        value -= 1 << bits
    return value


def round_f32(value: float) -> float:
    return struct.unpack("f", struct.pack("f", value))[0] if abs(value) < 3.5e38 else value


class ConstEvaluator:
    def __init__(self, tcx: Tcx) -> None:
        self.tcx = tcx

    def overflow(self, expr: ast.Expr, what: str) -> NotConst:
        self.tcx.sink.emit(error("evaluation of constant value failed", expr.span, what, "E0080"))
        return NotConst()

    def check_int(self, value: int, ty: Ty | None, expr: ast.Expr, op: str) -> int:
        if isinstance(ty, IntTy) and not ty.kind.min <= value <= ty.kind.max:
            raise self.overflow(expr, f"attempt to compute `{op}`, which would overflow")
        return value

    def eval(self, expr: ast.Expr, ty: Ty | None) -> object:  # noqa: C901 — one case per expression form
        match expr:
            case ast.Lit(kind=ast.LitKind.INT):
                if expr.suffix in FLOAT_KINDS_BY_NAME:
                    return float(expr.value)  # type: ignore[arg-type]
                return expr.value
            case ast.Lit(kind=ast.LitKind.FLOAT):
                value = float(expr.value)  # type: ignore[arg-type]
                if expr.suffix == "f32" or ty == FloatTy(FloatKind.F32):
                    value = round_f32(value)
                return value
            case ast.Lit(kind=ast.LitKind.BOOL | ast.LitKind.CHAR | ast.LitKind.STR | ast.LitKind.BYTE
                         | ast.LitKind.BYTE_STR):
                return expr.value
            case ast.Unary(op=ast.UnOp.NEG):
                value = self.eval(expr.operand, ty)
                if isinstance(value, bool) or not isinstance(value, (int, float)):
                    raise NotConst
                return self.check_int(-value, ty, expr, "-x") if isinstance(value, int) else -value
            case ast.Unary(op=ast.UnOp.NOT):
                value = self.eval(expr.operand, ty)
                if isinstance(value, bool):
                    return not value
                if isinstance(value, int) and isinstance(ty, IntTy):
                    return wrap_int(~value, ty.kind)
                raise NotConst
            case ast.Binary():
                return self.eval_binary(expr, ty)
            case ast.Cast():
                return self.eval_cast(expr)
            case ast.BlockExpr() if not expr.block.stmts and expr.block.expr is not None:
                return self.eval(expr.block.expr, ty)
            case ast.Tuple():
                elems = ty.elems if isinstance(ty, TupleTy) and len(ty.elems) == len(expr.elems) else [None] * len(expr.elems)
                return tuple(self.eval(e, t) for e, t in zip(expr.elems, elems))
            case ast.Array():
                elem = ty.elem if isinstance(ty, ArrayTy) else None
                return tuple(self.eval(e, elem) for e in expr.elems)
            case ast.Repeat():
                elem = ty.elem if isinstance(ty, ArrayTy) else None
                count = self.eval(expr.count, USIZE)
                if not isinstance(count, int):
                    raise NotConst
                return tuple([self.eval(expr.elem, elem)] * count)
            case ast.PathExpr():
                return self.eval_path(expr)
        raise NotConst

    def eval_path(self, expr: ast.PathExpr) -> object:
        if expr.qself is not None:
            return self.eval_qualified_path(expr)
        pres = self.tcx.res.paths.get(expr.path.id)
        if pres is None:
            raise NotConst
        base = pres.base
        if base.kind is ResKind.LOCAL:
            self.tcx.sink.emit(error("attempt to use a non-constant value in a constant", expr.span,
                                     "non-constant value", "E0435"))
            raise NotConst
        if base.kind is ResKind.DEF and pres.unresolved == 0:
            kind = self.tcx.kind(base.def_id)
            if kind in (DefKind.CONST, DefKind.ASSOC_CONST, DefKind.STATIC):
                value = eval_const_item(self.tcx, base.def_id)  # type: ignore[arg-type]
                if value is None:
                    raise NotConst
                return value.value
            raise NotConst
        if base.kind is ResKind.DEF and pres.unresolved == 1 and \
                self.tcx.kind(base.def_id) in (DefKind.STRUCT, DefKind.ENUM):  # type: ignore[arg-type]
            return self.assoc_const_of_adt(base.def_id, None, expr.path.segments[-1].name)  # type: ignore[arg-type]
        if base.kind is ResKind.PRIM and pres.unresolved == 1:
            from rustlet.typeck.astconv import prim_ty
            key = simplify_type(prim_ty(base.name))
            name = expr.path.segments[-1].name
            for impl_id in self.tcx.inherent_impls.get(key, []):
                item = self.tcx.impls[impl_id].items.get(name)
                if item is not None and item in self.tcx.consts:
                    value = eval_const_item(self.tcx, item)
                    if value is None:
                        raise NotConst
                    return value.value
        raise NotConst

    def eval_qualified_path(self, expr: ast.PathExpr) -> object:
        """`<Tri as Shape>::SIDES` for a non-generic struct or enum `Tri`."""
        qself = expr.qself
        assert qself is not None
        if not isinstance(qself.ty, ast.PathType) or qself.trait_path is None or len(expr.path.segments) != 1:
            raise NotConst
        ty_res = self.tcx.res.paths.get(qself.ty.path.id)
        trait_res = self.tcx.res.paths.get(qself.trait_path.id)
        if ty_res is None or trait_res is None or ty_res.unresolved or trait_res.unresolved \
                or ty_res.base.kind is not ResKind.DEF or trait_res.base.kind is not ResKind.DEF:
            raise NotConst
        return self.assoc_const_of_adt(ty_res.base.def_id, trait_res.base.def_id,  # type: ignore[arg-type]
                                       expr.path.segments[0].name)

    def assoc_const_of_adt(self, adt: DefId, trait: DefId | None, name: str) -> object:
        """The value of `Adt::NAME` for a non-generic ADT: its inherent impls' constant,
        else the one of the trait impl that defines it (or that trait's default);
        `trait` restricts the search to one trait."""
        generics = self.tcx.generics.get(adt)
        if generics is not None and generics.params:
            raise NotConst  # `Wrapper::<T>::N` would need the arguments
        inherent: list[DefId] = []
        from_traits: list[DefId] = []
        for impl in self.tcx.impls.values():
            if not (isinstance(impl.self_ty, AdtTy) and impl.self_ty.def_id == adt):
                continue
            if trait is not None and (impl.trait_ref is None or impl.trait_ref.def_id != trait):
                continue
            item = impl.items.get(name)
            if item is None and impl.trait_ref is not None:
                item = self.tcx.res.defs[impl.trait_ref.def_id].children.get(name)  # the trait's default
            if item is not None and item in self.tcx.consts:
                (inherent if impl.trait_ref is None else from_traits).append(item)
        candidates = inherent + from_traits
        if not candidates:
            raise NotConst
        value = eval_const_item(self.tcx, candidates[0])
        if value is None:
            raise NotConst
        return value.value

    def eval_binary(self, expr: ast.Binary, ty: Ty | None) -> object:
        op = expr.op
        comparison = op in (ast.BinOp.EQ, ast.BinOp.NE, ast.BinOp.LT, ast.BinOp.LE, ast.BinOp.GT, ast.BinOp.GE)
        operand_ty = None if comparison or op in (ast.BinOp.AND, ast.BinOp.OR) else ty
        a = self.eval(expr.lhs, operand_ty)
        b = self.eval(expr.rhs, operand_ty if op not in (ast.BinOp.SHL, ast.BinOp.SHR) else None)
        if op is ast.BinOp.AND or op is ast.BinOp.OR:
            if not isinstance(a, bool) or not isinstance(b, bool):
                raise NotConst
            return (a and b) if op is ast.BinOp.AND else (a or b)
        if comparison:
            ops = {ast.BinOp.EQ: a == b, ast.BinOp.NE: a != b}
            if op in ops:
                return ops[op]
            if type(a) is not type(b):
                raise NotConst
            return {ast.BinOp.LT: a < b, ast.BinOp.LE: a <= b, ast.BinOp.GT: a > b, ast.BinOp.GE: a >= b}[op]  # type: ignore[operator]
        if isinstance(a, bool) and isinstance(b, bool):
            return {ast.BinOp.BIT_AND: a and b, ast.BinOp.BIT_OR: a or b, ast.BinOp.BIT_XOR: a != b}.get(op, None)
        if isinstance(a, float) or isinstance(b, float):
            if not isinstance(a, (int, float)) or not isinstance(b, (int, float)):
                raise NotConst
            a, b = float(a), float(b)
            match op:
                case ast.BinOp.ADD: return a + b
                case ast.BinOp.SUB: return a - b
                case ast.BinOp.MUL: return a * b
                case ast.BinOp.DIV: return a / b if b != 0 else (float("nan") if a == 0 else float("inf") * (1 if a > 0 else -1))
            raise NotConst
        if not isinstance(a, int) or not isinstance(b, int):
            raise NotConst
        match op:
            case ast.BinOp.ADD: return self.check_int(a + b, ty, expr, f"{a} + {b}")
            case ast.BinOp.SUB: return self.check_int(a - b, ty, expr, f"{a} - {b}")
            case ast.BinOp.MUL: return self.check_int(a * b, ty, expr, f"{a} * {b}")
            case ast.BinOp.DIV | ast.BinOp.REM:
                if b == 0:
                    raise self.overflow(expr, "attempt to divide by zero")
                q = abs(a) // abs(b) * (1 if (a >= 0) == (b >= 0) else -1)
                return self.check_int(q, ty, expr, f"{a} / {b}") if op is ast.BinOp.DIV else a - q * b
            case ast.BinOp.BIT_AND: return a & b
            case ast.BinOp.BIT_OR: return a | b
            case ast.BinOp.BIT_XOR: return a ^ b
            case ast.BinOp.SHL:
                return wrap_int(a << b, ty.kind) if isinstance(ty, IntTy) else a << b
            case ast.BinOp.SHR: return a >> b
        raise NotConst

    def eval_cast(self, expr: ast.Cast) -> object:
        target = expr.ty
        if not isinstance(target, ast.PathType) or len(target.path.segments) != 1:
            raise NotConst
        name = target.path.segments[0].name
        value = self.eval(expr.expr, None)
        if name in INT_KINDS_BY_NAME:
            kind = INT_KINDS_BY_NAME[name]
            if isinstance(value, bool):
                return int(value)
            if isinstance(value, str):
                return wrap_int(ord(value), kind)
            if isinstance(value, float):
                if value != value:
                    return 0
                return max(kind.min, min(kind.max, int(value)))
            if isinstance(value, int):
                return wrap_int(value, kind)
        if name in FLOAT_KINDS_BY_NAME and isinstance(value, (int, float)) and not isinstance(value, bool):
            return round_f32(float(value)) if name == "f32" else float(value)
        if name == "char" and isinstance(value, int):
            return chr(value)
        raise NotConst


# ───────────────────────── typed bodies, at mono time ─────────────────────────


class ConstEvalError(Exception):
    """Evaluating a typed constant body failed: `code` E0080 for an arithmetic error,
    None for a construct this evaluator does not handle."""

    def __init__(self, message: str, span: Span, code: str | None) -> None:
        super().__init__(message)
        self.message = message
        self.span = span
        self.code = code


class TypedConstEvaluator:
    """Evaluates the typed body (THIR) of a constant for one set of generic arguments.

    Used by mono for the constants whose value depends on an impl: a trait's default
    `const AREA: u32 = Self::W * Self::H;` or an impl's `const N: usize = T::N + 1;`.
    `monomorphize` substitutes the instance's arguments into a type; `const_value`
    gives the value of a (resolved, monomorphic) constant use, so nested generic uses
    are resolved through the same impl selection as the outer one; `is_enum` tells
    enum values (variant index, fields) from struct values (fields).  Arithmetic follows
    the operand type (overflow, division by zero and over-long shifts are E0080, as
    rustc's const evaluation reports them)."""

    def __init__(self, monomorphize: Callable[[Ty], Ty],
                 const_value: Callable[[DefId, tuple[Ty, ...], Span], object],
                 is_enum: Callable[[DefId], bool]) -> None:
        self.monomorphize = monomorphize
        self.const_value = const_value
        self.is_enum = is_enum

    def fail(self, what: str, span: Span) -> ConstEvalError:
        return ConstEvalError(what, span, "E0080")

    def eval(self, expr: thir.Expr) -> object:  # noqa: C901 — one case per expression form
        match expr:
            case thir.Literal(value=value):
                return value
            case thir.ConstRef(def_id=def_id, args=args):
                return self.const_value(def_id, tuple(self.monomorphize(a) for a in args), expr.span)
            case thir.Unary(op=ast.UnOp.NEG, operand=operand):
                value = self.eval(operand)
                ty = self.monomorphize(expr.ty)
                if isinstance(ty, IntTy):
                    return self.int_result(-value, ty, expr, f"-{_int(value, ty)}")  # type: ignore[operator]
                return -value  # type: ignore[operator]
            case thir.Unary(op=ast.UnOp.NOT, operand=operand):
                value = self.eval(operand)
                ty = self.monomorphize(expr.ty)
                return wrap_int(~value, ty.kind) if isinstance(ty, IntTy) else not value  # type: ignore[operator]
            case thir.Binary():
                return self.eval_binary(expr)
            case thir.Logical(op=op, lhs=lhs, rhs=rhs):
                left = self.eval(lhs)
                if left is (op is ast.BinOp.OR):
                    return left
                return self.eval(rhs)
            case thir.Cast():
                return self.eval_cast(expr)
            case thir.AdtExpr(base=None, adt=adt, variant=variant, fields=fields):
                by_index = {i: self.eval(e) for i, e in fields}
                values = tuple(by_index[i] for i in sorted(by_index))
                return (variant, values) if self.is_enum(adt) else values
            case thir.TupleExpr(elems=elems) | thir.ArrayExpr(elems=elems):
                return tuple(self.eval(e) for e in elems)
            case thir.RepeatExpr(elem=elem, count=count):
                return tuple([self.eval(elem)] * count)
            case thir.Block(stmts=[], expr=tail) if tail is not None:
                return self.eval(tail)
            case thir.If(cond=cond, then=then, else_=else_) if not isinstance(cond, thir.Let) and else_ is not None:
                return self.eval(then if self.eval(cond) else else_)
            case thir.Borrow(place=place, mutable=False):
                return self.eval(place)  # a constant reference's value is its target's
            case thir.Deref(operand=operand):
                return self.eval(operand)
            case thir.FieldAccess(base=base, field=field):
                value = self.eval(base)
                if isinstance(value, tuple):
                    return value[field]
        raise ConstEvalError(f"{type(expr).__name__.lower()} expressions in a generic constant", expr.span, None)

    def int_result(self, value: int, ty: IntTy, expr: thir.Expr, computed: str) -> int:
        if not ty.kind.min <= value <= ty.kind.max:
            raise self.fail(f"attempt to compute `{computed}`, which would overflow", expr.span)
        return value

    def eval_binary(self, expr: thir.Binary) -> object:  # noqa: C901
        op = expr.op
        a = self.eval(expr.lhs)
        b = self.eval(expr.rhs)
        match op:
            case ast.BinOp.EQ: return a == b
            case ast.BinOp.NE: return a != b
            case ast.BinOp.LT: return a < b  # type: ignore[operator]
            case ast.BinOp.LE: return a <= b  # type: ignore[operator]
            case ast.BinOp.GT: return a > b  # type: ignore[operator]
            case ast.BinOp.GE: return a >= b  # type: ignore[operator]
        ty = self.monomorphize(expr.ty)
        if isinstance(a, bool):
            match op:
                case ast.BinOp.BIT_AND: return a and b
                case ast.BinOp.BIT_OR: return a or b
                case ast.BinOp.BIT_XOR: return a != b
        if isinstance(ty, FloatTy):
            result = _float_op(op, float(a), float(b))  # type: ignore[arg-type]
            return round_f32(result) if ty.kind is FloatKind.F32 else result
        if not isinstance(ty, IntTy) or not isinstance(a, int) or not isinstance(b, int):
            raise ConstEvalError(f"operator `{op.value}` on `{ty}` in a generic constant", expr.span, None)
        computed = f"{_int(a, ty)} {op.value} {_int(b, ty)}"
        match op:
            case ast.BinOp.ADD: return self.int_result(a + b, ty, expr, computed)
            case ast.BinOp.SUB: return self.int_result(a - b, ty, expr, computed)
            case ast.BinOp.MUL: return self.int_result(a * b, ty, expr, computed)
            case ast.BinOp.DIV | ast.BinOp.REM:
                if b == 0:
                    what = "divide" if op is ast.BinOp.DIV else "calculate the remainder of"
                    by = "by" if op is ast.BinOp.DIV else "with a divisor of"
                    raise self.fail(f"attempt to {what} `{_int(a, ty)}` {by} zero", expr.span)
                q = abs(a) // abs(b) * (1 if (a >= 0) == (b >= 0) else -1)
                self.int_result(q, ty, expr, computed)
                return q if op is ast.BinOp.DIV else a - q * b
            case ast.BinOp.BIT_AND: return wrap_int(a & b, ty.kind)
            case ast.BinOp.BIT_OR: return wrap_int(a | b, ty.kind)
            case ast.BinOp.BIT_XOR: return wrap_int(a ^ b, ty.kind)
            case ast.BinOp.SHL | ast.BinOp.SHR:
                if not 0 <= b < ty.kind.bits:
                    what = "shift left" if op is ast.BinOp.SHL else "shift right"
                    rhs_ty = self.monomorphize(expr.rhs.ty)
                    shown = _int(b, rhs_ty) if isinstance(rhs_ty, IntTy) else str(b)
                    raise self.fail(f"attempt to {what} by `{shown}`, which would overflow", expr.span)
                return wrap_int(a << b, ty.kind) if op is ast.BinOp.SHL else a >> b
        raise ConstEvalError(f"operator `{op.value}` in a generic constant", expr.span, None)

    def eval_cast(self, expr: thir.Cast) -> object:
        value = self.eval(expr.operand)
        target = self.monomorphize(expr.ty)
        match expr.kind:
            case thir.CastKind.IDENTITY | thir.CastKind.UNSIZE:
                return value
            case thir.CastKind.INT_TO_INT | thir.CastKind.BOOL_TO_INT if isinstance(target, IntTy):
                return wrap_int(int(value), target.kind)  # type: ignore[call-overload]
            case thir.CastKind.CHAR_TO_INT if isinstance(target, IntTy):
                return wrap_int(ord(value), target.kind)  # type: ignore[arg-type]
            case thir.CastKind.U8_TO_CHAR:
                return chr(value)  # type: ignore[arg-type]
            case thir.CastKind.INT_TO_FLOAT | thir.CastKind.FLOAT_TO_FLOAT if isinstance(target, FloatTy):
                result = float(value)  # type: ignore[arg-type]
                return round_f32(result) if target.kind is FloatKind.F32 else result
            case thir.CastKind.FLOAT_TO_INT if isinstance(target, IntTy):
                if value != value:
                    return 0
                if value in (float("inf"), float("-inf")):
                    return target.kind.max if value > 0 else target.kind.min  # type: ignore[operator]
                return max(target.kind.min, min(target.kind.max, int(value)))  # type: ignore[call-overload]
        raise ConstEvalError(f"`{expr.kind.value}` casts in a generic constant", expr.span, None)


def _int(value: int, ty: IntTy) -> str:
    """An integer as rustc's const-eval messages show it: `200_u8`."""
    return f"{value}_{ty.kind.name_}"


def _float_op(op: ast.BinOp, a: float, b: float) -> float:
    match op:
        case ast.BinOp.ADD: return a + b
        case ast.BinOp.SUB: return a - b
        case ast.BinOp.MUL: return a * b
        case ast.BinOp.DIV:
            if b == 0:
                return float("nan") if a == 0 or a != a else math.copysign(float("inf"), a) * math.copysign(1.0, b)
            return a / b
        case ast.BinOp.REM:
            return math.fmod(a, b) if b != 0 else float("nan")
    raise AssertionError(op)
