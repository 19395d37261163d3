"""Operators, assignment, borrows, casts and format arguments.

Built-in operators follow rustc's rules for primitives: arithmetic needs both sides
of the same numeric type (`{integer}` and `{float}` variables unify with it), shifts
take any integer on the right, bit operators work on integers and `bool`,
comparisons on any scalar of equal types, `!` on integers and `bool`, unary `-` on
signed integers and floats (E0600 otherwise).  A reference to a primitive operand is
dereferenced, as the library's `impl Add<&i32> for i32` etc. would.  `==` / `<` on
`&str` call the library's `PartialEq` / `PartialOrd` for `str`.  Operators on
other types go through the operator traits (`Add::add`, …) when an impl exists, else
E0369 (binary) / E0600 (unary); mixing integer and float is E0277 (`cannot add a
float to an integer`), as is shifting an integer by a non-integer.  A comparison
whose left side has `PartialEq`/`PartialOrd` impls, none for this right side, is
E0277 (`can't compare`), except that a concrete primitive (or tuple) expects its own
type on the right (E0308) and a type with no impl at all is E0369.

Casts (`e as T`) are checked with rustc's table: numeric ↔ numeric, `bool`/`char` →
integer, `u8` → `char`, fieldless enum → integer, raw pointer → raw pointer, coercions
(`&[T; N]` → `&[T]`);
`i32 as char` is E0604, `x as bool` E0054, other primitive mismatches E0606, casts
of non-primitive types E0605.  A format argument's type must implement the
placeholder's trait (`T: Display` for `{}`, `T: Debug` for `{:?}`, …): the library
implements them for primitives, `str` and references, derives and user impls for
ADTs, and selection has built-in `Debug` for tuples, arrays and slices.
"""
from __future__ import annotations

from rustlet import ast, thir
from rustlet.diagnostics import error
from rustlet.source import Span
from rustlet.typeck.fnctxt import ERROR
from rustlet.typeck.traits import SelectionKind
from rustlet.types import (
    BOOL, CHAR, STR, UNIT, USIZE, AdtTy, ArrayTy, BoolTy, CharTy, DefId, ErrorTy, FloatTy, InferTy, IntKind, IntTy,
    NeverTy, RawPtrTy, RefTy, SliceTy, StrTy, TupleTy, Ty, ParamTy,
)

ARITH = {ast.BinOp.ADD, ast.BinOp.SUB, ast.BinOp.MUL, ast.BinOp.DIV, ast.BinOp.REM}
BIT = {ast.BinOp.BIT_AND, ast.BinOp.BIT_OR, ast.BinOp.BIT_XOR}
SHIFT = {ast.BinOp.SHL, ast.BinOp.SHR}
COMPARE = {ast.BinOp.EQ, ast.BinOp.NE, ast.BinOp.LT, ast.BinOp.LE, ast.BinOp.GT, ast.BinOp.GE}
OP_TRAITS = {
    ast.BinOp.ADD: ("Add", "add", "add"), ast.BinOp.SUB: ("Sub", "sub", "subtract"),
    ast.BinOp.MUL: ("Mul", "mul", "multiply"), ast.BinOp.DIV: ("Div", "div", "divide"),
    ast.BinOp.REM: ("Rem", "rem", "calculate the remainder of"), ast.BinOp.BIT_AND: ("BitAnd", "bitand", ""),
    ast.BinOp.BIT_OR: ("BitOr", "bitor", ""), ast.BinOp.BIT_XOR: ("BitXor", "bitxor", ""),
    ast.BinOp.SHL: ("Shl", "shl", ""), ast.BinOp.SHR: ("Shr", "shr", ""),
}
ASSIGN_TRAITS = {ast.BinOp.ADD: ("AddAssign", "add_assign"), ast.BinOp.SUB: ("SubAssign", "sub_assign"),
                 ast.BinOp.MUL: ("MulAssign", "mul_assign"), ast.BinOp.DIV: ("DivAssign", "div_assign"),
                 ast.BinOp.REM: ("RemAssign", "rem_assign"), ast.BinOp.BIT_AND: ("BitAndAssign", "bitand_assign"),
                 ast.BinOp.BIT_OR: ("BitOrAssign", "bitor_assign"),
                 ast.BinOp.BIT_XOR: ("BitXorAssign", "bitxor_assign"),
                 ast.BinOp.SHL: ("ShlAssign", "shl_assign"), ast.BinOp.SHR: ("ShrAssign", "shr_assign")}


def _is_int(ty: Ty) -> bool:
    return isinstance(ty, IntTy) or (isinstance(ty, InferTy) and ty.kind == "int")


def _is_float(ty: Ty) -> bool:
    return isinstance(ty, FloatTy) or (isinstance(ty, InferTy) and ty.kind == "float")


def _is_unknown(ty: Ty) -> bool:
    return isinstance(ty, InferTy) and ty.kind == "ty"


def _is_scalar(ty: Ty) -> bool:
    return _is_int(ty) or _is_float(ty) or isinstance(ty, (BoolTy, CharTy))


class OpsChecker:
    def deref_primitive(self, expr: thir.Expr) -> thir.Expr:
        """`&i32` operands of built-in operators are read through the reference."""
        ty = self.resolved(expr.ty)
        while isinstance(ty, RefTy) and _is_scalar(self.resolved(ty.inner)):
            expr = thir.Deref(expr, ty=ty.inner, span=expr.span)
            ty = self.resolved(ty.inner)
        return expr

    def check_unary(self, e: ast.Unary, expected: Ty | None) -> thir.Expr:
        if e.op is ast.UnOp.DEREF:
            operand = self.check_expr(e.operand)
            ty = self.resolved(operand.ty)
            if isinstance(ty, ErrorTy):
                return self.error_expr(e.span)
            inner = self.builtin_deref_target(ty)
            if inner is None:
                if isinstance(ty, RawPtrTy):
                    return thir.Deref(operand, ty=ty.inner, span=e.span)
                self.emit(error(f"type `{self.show(ty)}` cannot be dereferenced", e.span, "", "E0614"))
                return self.error_expr(e.span)
            return thir.Deref(operand, ty=inner, span=e.span)
        if e.op is ast.UnOp.NEG and isinstance(e.operand, ast.Lit) and e.operand.kind in (ast.LitKind.INT,
                                                                                          ast.LitKind.FLOAT):
            lit = self.check_lit(e.operand, expected)
            ty = self.shallow(lit.ty)
            if isinstance(ty, IntTy) and not ty.kind.signed:
                self.emit(error(f"cannot apply unary operator `-` to type `{ty.kind.name_}`", e.span,
                                "cannot apply unary operator `-`", "E0600"))
            lit.value = -lit.value  # type: ignore[operator]
            lit.span = e.span
            if isinstance(ty, InferTy):
                self.neg_literals.append((lit, e.span))
            return lit
        operand = self.deref_primitive(self.check_expr(e.operand, expected))
        ty = self.resolved(operand.ty)
        if isinstance(ty, ErrorTy):
            return self.error_expr(e.span)
        if e.op is ast.UnOp.NEG:
            if (isinstance(ty, IntTy) and ty.kind.signed) or _is_float(ty) or (isinstance(ty, InferTy) and ty.kind == "int"):
                if isinstance(ty, InferTy) and ty.kind == "int":
                    self.neg_literals.append((operand, e.span))
                return thir.Unary(e.op, operand, ty=operand.ty, span=e.span)
            trait_call = self.overloaded_unary(e, operand, "Neg", "neg")
            if trait_call is not None:
                return trait_call
            self.emit(self.with_missing_impl_note(
                error(f"cannot apply unary operator `-` to type `{self.show(ty)}`", e.span,
                      "cannot apply unary operator `-`", "E0600"), ty, "Neg"))
            return self.error_expr(e.span)
        if _is_int(ty) or isinstance(ty, BoolTy):
            return thir.Unary(e.op, operand, ty=operand.ty, span=e.span)
        trait_call = self.overloaded_unary(e, operand, "Not", "not")
        if trait_call is not None:
            return trait_call
        self.emit(self.with_missing_impl_note(
            error(f"cannot apply unary operator `!` to type `{self.show(ty)}`", e.span,
                  "cannot apply unary operator `!`", "E0600"), ty, "Not"))
        return self.error_expr(e.span)

    def overloaded_unary(self, e: ast.Unary, operand: thir.Expr, trait_name: str, method: str) -> thir.Expr | None:
        trait = self.tcx.lang(trait_name)
        if trait is None or isinstance(self.resolved(operand.ty), InferTy):
            return None
        tr = self.tcx.trait_ref(trait, (operand.ty,))
        if self.selcx.evaluate(tr) is SelectionKind.NONE:
            return None
        item = self.trait_item(trait, method)
        out = self.normalize(self.tcx_projection(tr, "Output"))
        return self.call_trait_method(item, (operand.ty,), [operand], out, e.span, from_op=True)

    def check_binary(self, e: ast.Binary, expected: Ty | None) -> thir.Expr:
        op = e.op
        if op in (ast.BinOp.AND, ast.BinOp.OR):
            lhs = self.check_expr_coerce(e.lhs, BOOL)
            rhs = self.check_expr_coerce(e.rhs, BOOL)
            return thir.Logical(op, lhs, rhs, ty=BOOL, span=e.span)
        lhs = self.check_expr(e.lhs, expected if op in ARITH | BIT | SHIFT else None)
        lhs_ty = self.resolved(lhs.ty)
        if isinstance(lhs_ty, RefTy) and _is_scalar(self.resolved(lhs_ty.inner)):
            lhs = self.deref_primitive(lhs)
            lhs_ty = self.resolved(lhs.ty)
        rhs_expected = lhs_ty if op not in SHIFT and _is_scalar(lhs_ty) else None
        rhs = self.check_expr(e.rhs, rhs_expected)
        rhs = self.deref_primitive(rhs)
        rhs_ty = self.resolved(rhs.ty)
        if isinstance(lhs_ty, ErrorTy) or isinstance(rhs_ty, ErrorTy):
            return self.error_expr(e.span)
        if _is_unknown(rhs_ty) and _is_scalar(lhs_ty) and op not in SHIFT:
            # `1 + x` with `x` not inferred yet: the only impls for a primitive left side
            # take the same primitive on the right (by value or reference) — choose it.
            self.infcx.unify(rhs_ty, lhs_ty)
            rhs_ty = self.resolved(rhs_ty)
        if isinstance(lhs_ty, InferTy) and lhs_ty.kind == "ty":
            return self.deferred_binary(e, lhs, rhs)
        if op in SHIFT:
            if _is_int(lhs_ty) and _is_int(rhs_ty):
                return thir.Binary(op, lhs, rhs, ty=lhs.ty, span=e.span)
            if _is_int(lhs_ty) and _is_scalar(rhs_ty):
                return self.numeric_mismatch(e, lhs_ty, rhs_ty)  # integers have `Shl` impls, not this one
        elif op in ARITH:
            if (_is_int(lhs_ty) and _is_int(rhs_ty)) or (_is_float(lhs_ty) and _is_float(rhs_ty)):
                if self.infcx.unify(lhs_ty, rhs_ty):
                    return thir.Binary(op, lhs, rhs, ty=lhs.ty, span=e.span)
            if _is_scalar(lhs_ty) and _is_scalar(rhs_ty) or (_is_scalar(lhs_ty) and isinstance(rhs_ty, InferTy)):
                return self.numeric_mismatch(e, lhs_ty, rhs_ty)
        elif op in BIT:
            if (_is_int(lhs_ty) and _is_int(rhs_ty)) or (isinstance(lhs_ty, BoolTy) and isinstance(rhs_ty, BoolTy)):
                if self.infcx.unify(lhs_ty, rhs_ty):
                    return thir.Binary(op, lhs, rhs, ty=lhs.ty, span=e.span)
            if _is_scalar(lhs_ty) and _is_scalar(rhs_ty):
                return self.numeric_mismatch(e, lhs_ty, rhs_ty)
        else:  # comparison
            if _is_scalar(lhs_ty) and (_is_scalar(rhs_ty) or isinstance(rhs_ty, InferTy)):
                if self.infcx.unify(lhs_ty, rhs_ty):
                    return thir.Binary(op, lhs, rhs, ty=BOOL, span=e.span)
                if isinstance(lhs_ty, InferTy):  # `{integer}` has impls for every integer type
                    self.mismatch(e.rhs.span, lhs_ty, rhs_ty)  # rustc reports both
                    return self.cannot_compare(e, lhs_ty, rhs_ty)
                self.mismatch(e.rhs.span, lhs_ty, rhs_ty)
                return self.error_expr(e.span)
            return self.overloaded_compare(e, lhs, rhs)
        return self.overloaded_binary(e, lhs, rhs)

    def deferred_binary(self, e: ast.Binary, lhs: thir.Expr, rhs: thir.Expr) -> thir.Expr:
        """`a + b` where `a`'s type is not known yet (a closure parameter, say): as rustc, the
        operator is the trait goal `?A: Add<?B>` with output `<?A as Add<?B>>::Output`; once
        inference is done (`resolve_deferred_ops`) it becomes the built-in operator when both
        sides are primitives, else the trait method call.  The placeholder is a block whose
        tail is filled in then."""
        compare = e.op in COMPARE
        trait_name = ("PartialEq" if e.op in (ast.BinOp.EQ, ast.BinOp.NE) else "PartialOrd") if compare \
            else OP_TRAITS[e.op][0]
        trait = self.tcx.lang(trait_name)
        if trait is None:
            return self.overloaded_binary(e, lhs, rhs)
        tr = self.tcx.trait_ref(trait, (lhs.ty, rhs.ty))
        self.register(tr, e.span)
        out = BOOL if compare else self.normalize(self.tcx_projection(tr, "Output"))
        holder = thir.Block([], None, ty=out, span=e.span)
        self.deferred_ops.append((holder, e, lhs, rhs))
        return holder

    def resolve_deferred_ops(self) -> None:
        for holder, e, lhs, rhs in self.deferred_ops:
            lhs_ty, rhs_ty = self.resolved(lhs.ty), self.resolved(self.deref_primitive(rhs).ty)
            if isinstance(lhs_ty, InferTy) and lhs_ty.kind == "ty":
                holder.expr = self.error_expr(e.span)  # E0282 at writeback
                continue
            if _is_scalar(lhs_ty) and _is_scalar(rhs_ty):
                ty = BOOL if e.op in COMPARE else lhs.ty
                holder.expr = thir.Binary(e.op, lhs, self.deref_primitive(rhs), ty=ty, span=e.span)
            elif e.op in COMPARE:
                holder.expr = self.overloaded_compare(e, lhs, rhs)
            else:
                holder.expr = self.overloaded_binary(e, lhs, rhs)
        self.deferred_ops = []

    def numeric_mismatch(self, e: ast.Binary, lhs_ty: Ty, rhs_ty: Ty) -> thir.Expr:
        """E0277 with the message of the operator trait's `rustc_on_unimplemented`."""
        def kind(t: Ty) -> str:
            if isinstance(t, InferTy):
                return {"int": "an integer", "float": "a float"}.get(t.kind, "`_`")
            return f"`{self.show(t)}`"
        lhs, rhs = self.show(lhs_ty), self.show(rhs_ty)
        diag = error(operator_message(e.op, kind(lhs_ty), kind(rhs_ty)) or
                     f"no implementation for `{lhs} {e.op.value} {rhs}`", e.span,
                     f"no implementation for `{lhs} {e.op.value} {rhs}`", "E0277")
        trait_name = OP_TRAITS[e.op][0]
        self.emit(diag.with_help(f"the trait `{trait_name}<{rhs}>` is not implemented for `{lhs}`"))
        return self.error_expr(e.span)

    def missing_operator(self, e: ast.Binary, lhs_ty: Ty, rhs_ty: Ty, trait_name: str) -> thir.Expr:
        """E0369 as rustc words it: `cannot add `B` to `A``, `binary operation `==` cannot be
        applied to type `A``, with the note (or, for a type parameter, the help) naming the
        missing impl."""
        lhs, rhs = self.show(lhs_ty), self.show(rhs_ty)
        if e.op in COMPARE:
            message = f"binary operation `{e.op.value}` cannot be applied to type `{lhs}`"
        else:
            message = operator_message(e.op, f"`{lhs}`", f"`{rhs}`") or f"no implementation for `{lhs} {e.op.value} {rhs}`"
        # rustc names the trait with its `Rhs` when it differs from `Self`: `PartialEq<{integer}>`
        trait_shown = trait_name if rhs == lhs else f"{trait_name}<{rhs}>"
        diag = self.with_missing_impl_note(error(message, e.span, lhs, "E0369"), lhs_ty, trait_shown)
        if isinstance(lhs_ty, AdtTy) and self.is_local_adt(lhs_ty) and trait_name in ("PartialEq", "PartialOrd") \
                and rhs == lhs:
            derives = "PartialEq" if trait_name == "PartialEq" else "PartialEq, PartialOrd"
            diag.with_help(f"consider annotating `{lhs}` with `#[derive({derives})]`")
        self.emit(diag)
        return self.error_expr(e.span)

    def is_local_adt(self, ty: AdtTy) -> bool:
        adt = self.tcx.adts.get(ty.def_id)
        return adt is not None and not adt.path.startswith("std::")

    def with_missing_impl_note(self, diag, ty: Ty, trait_name: str):  # noqa: ANN001, ANN201
        """rustc's note on an operator applied to a local type without the trait's impl, or
        its help to bound a type parameter."""
        if isinstance(ty, AdtTy) and self.is_local_adt(ty):
            diag.with_note(f"an implementation of `{trait_name}` might be missing for `{self.show(ty)}`")
        elif isinstance(ty, ParamTy):
            diag.with_help(f"consider restricting type parameter `{self.show(ty)}` with trait `{trait_name}`")
        return diag

    def overloaded_binary(self, e: ast.Binary, lhs: thir.Expr, rhs: thir.Expr) -> thir.Expr:
        trait_name, method, _ = OP_TRAITS[e.op]
        trait = self.tcx.lang(trait_name)
        lhs_ty = self.resolved(lhs.ty)
        if trait is not None and not _is_unknown(lhs_ty):  # `2.0 * v`: `{float}: Mul<Vec2>`
            rhs = self.coerce_operator_rhs(trait, lhs_ty, rhs)
            tr = self.tcx.trait_ref(trait, (lhs.ty, rhs.ty))
            if self.selcx.evaluate(tr) is not SelectionKind.NONE:
                item = self.trait_item(trait, method)
                out = self.normalize(self.tcx_projection(tr, "Output"))
                return self.call_trait_method(item, (lhs.ty, rhs.ty), [lhs, rhs], out, e.span, from_op=True)
            expected_rhs = self.unique_rhs(trait, lhs_ty)
            if expected_rhs is not None:  # `String + String`: rustc expects the one impl's `&str`
                self.mismatch(e.rhs.span, expected_rhs, rhs.ty)
                return self.error_expr(e.span)
        return self.missing_operator(e, lhs_ty, self.resolved(rhs.ty), trait_name)

    def unique_rhs(self, trait: DefId, lhs_ty: Ty) -> Ty | None:
        """The `Rhs` of the left type's impl of an operator trait when there is exactly one."""
        snap = self.infcx.snapshot()
        target = self.infcx.new_var()
        sel = self.selcx.select(self.tcx.trait_ref(trait, (lhs_ty, target)))
        target = self.infcx.zonk(target)
        self.infcx.rollback_to(snap)
        if sel.kind is not SelectionKind.IMPL or self.infcx.has_infer(target):
            return None
        return target

    def coerce_operator_rhs(self, trait: DefId, lhs_ty: Ty, rhs: thir.Expr) -> thir.Expr:
        """As rustc, the right operand is coerced to the `Rhs` of the left type's impl when
        that impl is the only one: `s += &t` with `t: String` selects `impl AddAssign<&str>
        for String` and derefs `&String` to `&str`."""
        if self.selcx.evaluate(self.tcx.trait_ref(trait, (lhs_ty, rhs.ty))) is not SelectionKind.NONE:
            return rhs
        target = self.unique_rhs(trait, lhs_ty)
        if target is None:
            return rhs
        snap = self.infcx.snapshot()
        coerced = self.try_coerce(rhs, target)
        if coerced is None:
            self.infcx.rollback_to(snap)
            return rhs
        return coerced

    def overloaded_compare(self, e: ast.Binary, lhs: thir.Expr, rhs: thir.Expr) -> thir.Expr:
        """`a == b` → `PartialEq::eq(&a, &b)` (and `ne`, `lt`, …) for non-scalar types."""
        equality = e.op in (ast.BinOp.EQ, ast.BinOp.NE)
        trait = self.tcx.lang("PartialEq" if equality else "PartialOrd")
        lhs_ty = self.resolved(lhs.ty)
        method_name = {ast.BinOp.EQ: "eq", ast.BinOp.NE: "ne", ast.BinOp.LT: "lt", ast.BinOp.LE: "le",
                       ast.BinOp.GT: "gt", ast.BinOp.GE: "ge"}[e.op]
        if trait is not None and not _is_unknown(lhs_ty):
            rhs_ty = self.resolved(rhs.ty)
            tr = self.tcx.trait_ref(trait, (lhs_ty, rhs_ty))
            if self.selcx.evaluate(tr) is SelectionKind.NONE:
                # `&A == &B` compares the referents.
                tr = None
            item = self.trait_item(trait, method_name)
            if tr is not None and item is not None:
                args = [thir.Borrow(lhs, False, ty=RefTy(lhs.ty), span=lhs.span),
                        thir.Borrow(rhs, False, ty=RefTy(rhs.ty), span=rhs.span)]
                return self.call_trait_method(item, (lhs_ty, rhs_ty), args, BOOL, e.span, from_op=True)
        rhs_ty = self.resolved(rhs.ty)
        if (isinstance(lhs_ty, TupleTy) or _is_scalar(lhs_ty) and not isinstance(lhs_ty, InferTy)) \
                and rhs_ty != lhs_ty:
            # a tuple's or a primitive's impls compare it with its own type: rustc expects that type
            self.mismatch(e.rhs.span, lhs_ty, rhs_ty)
            return self.error_expr(e.span)
        if trait is not None and not _is_unknown(lhs_ty) and self.has_some_impl(trait, lhs_ty):
            return self.cannot_compare(e, lhs_ty, rhs_ty)
        return self.missing_operator(e, lhs_ty, rhs_ty, "PartialEq" if equality else "PartialOrd")

    def has_some_impl(self, trait: DefId, self_ty: Ty) -> bool:
        """Whether `self_ty: Trait<_>` may hold for some right-hand side."""
        snap = self.infcx.snapshot()
        found = self.selcx.evaluate(self.tcx.trait_ref(trait, (self_ty, self.new_var(None)))) is not SelectionKind.NONE
        self.infcx.rollback_to(snap)
        return found

    def cannot_compare(self, e: ast.Binary, lhs_ty: Ty, rhs_ty: Ty) -> thir.Expr:
        """E0277 for a left side that can be compared, but not with this right side
        (the message of `PartialEq`'s and `PartialOrd`'s `rustc_on_unimplemented`)."""
        lhs, rhs = self.show(lhs_ty), self.show(rhs_ty)
        equality = e.op in (ast.BinOp.EQ, ast.BinOp.NE)
        label = f"no implementation for `{lhs} == {rhs}`" if equality else \
            f"no implementation for `{lhs} < {rhs}` and `{lhs} > {rhs}`"
        trait_name = "PartialEq" if equality else "PartialOrd"
        self.emit(error(f"can't compare `{lhs}` with `{rhs}`", e.span, label, "E0277")
                  .with_help(f"the trait `{trait_name}<{rhs}>` is not implemented for `{lhs}`"))
        return self.error_expr(e.span)

    # ── assignment ──

    def check_place(self, e: ast.Expr, what: str) -> thir.Expr:
        place = self.check_expr(e)
        if isinstance(place.ty, ErrorTy):
            return place
        if not isinstance(place, (*_PLACES,)):
            self.emit(error(f"invalid left-hand side of {what}", e.span, "cannot assign to this expression",
                            "E0070" if what == "assignment" else "E0067"))
            return self.error_expr(e.span)
        self.make_place_mutable(place)
        return place

    def check_assign(self, e: ast.Assign) -> thir.Expr:
        if isinstance(e.lhs, (ast.Tuple, ast.Underscore, ast.Array, ast.StructLit)) or (
                isinstance(e.lhs, ast.Call) and self.ctor_of_callee(e.lhs.func) is not None):
            return self.unsupported("destructuring assignment", e.span)
        place = self.check_place(e.lhs, "assignment")
        value = self.check_expr_coerce(e.rhs, place.ty) if not isinstance(place.ty, ErrorTy) else self.check_expr(e.rhs)
        return thir.Assign(place, value, ty=UNIT, span=e.span)

    def check_assign_op(self, e: ast.AssignOp) -> thir.Expr:
        place = self.check_place(e.lhs, "compound assignment")
        place_ty = self.resolved(place.ty)
        rhs = self.deref_primitive(self.check_expr(e.rhs, place_ty if e.op not in SHIFT and _is_scalar(place_ty) else None))
        rhs_ty = self.resolved(rhs.ty)
        if _is_unknown(rhs_ty) and _is_scalar(place_ty) and e.op not in SHIFT:
            self.infcx.unify(rhs_ty, place_ty)  # as for `1 + x` (check_binary)
            rhs_ty = self.resolved(rhs_ty)
        if isinstance(place_ty, ErrorTy) or isinstance(rhs_ty, ErrorTy):
            return self.error_expr(e.span)
        ok = False
        if e.op in SHIFT:
            ok = _is_int(place_ty) and _is_int(rhs_ty)
        elif e.op in ARITH:
            ok = ((_is_int(place_ty) and _is_int(rhs_ty)) or (_is_float(place_ty) and _is_float(rhs_ty))) and \
                self.infcx.unify(place_ty, rhs_ty)
        elif e.op in BIT:
            ok = ((_is_int(place_ty) and _is_int(rhs_ty)) or (isinstance(place_ty, BoolTy) and isinstance(rhs_ty, BoolTy))) \
                and self.infcx.unify(place_ty, rhs_ty)
        if ok:
            return thir.AssignOp(e.op, place, rhs, ty=UNIT, span=e.span)
        if _is_scalar(place_ty) and _is_scalar(rhs_ty):
            lhs, rhs = self.show(place_ty), self.show(rhs_ty)
            diag = error(ASSIGN_MESSAGES.get(e.op, "no implementation for `{L} {OP}= {R}`").format(
                L=lhs, R=rhs, OP=e.op.value), e.span, f"no implementation for `{lhs} {e.op.value}= {rhs}`", "E0277")
            self.emit(diag.with_help(f"the trait `{ASSIGN_TRAITS[e.op][0]}<{rhs}>` is not implemented for `{lhs}`"))
            return self.error_expr(e.span)
        names = ASSIGN_TRAITS.get(e.op)
        trait = self.tcx.lang(names[0]) if names else None
        if trait is not None and not isinstance(place_ty, InferTy):
            rhs = self.coerce_operator_rhs(trait, place_ty, rhs)
            tr = self.tcx.trait_ref(trait, (place_ty, rhs.ty))
            if self.selcx.evaluate(tr) is not SelectionKind.NONE:
                item = self.trait_item(trait, names[1])  # type: ignore[index]
                borrow = thir.Borrow(place, True, ty=RefTy(place_ty, True), span=place.span)
                return self.call_trait_method(item, (place_ty, rhs.ty), [borrow, rhs], UNIT, e.span, from_op=True)
        self.emit(self.with_missing_impl_note(
            error(f"binary assignment operation `{e.op.value}=` cannot be applied to type `{self.show(place_ty)}`",
                  e.span, f"cannot use `{e.op.value}=` on type `{self.show(place_ty)}`", "E0368"),
            place_ty, names[0] if names else "AddAssign"))
        return self.error_expr(e.span)

    def check_addr_of(self, e: ast.AddrOf, expected: Ty | None) -> thir.Expr:
        inner_expected = None
        exp = self.shallow(expected) if expected is not None else None
        if isinstance(exp, RefTy):
            inner_expected = exp.inner
            inner_r = self.shallow(inner_expected)
            if isinstance(inner_r, (SliceTy, StrTy)):
                inner_expected = None if isinstance(inner_r, StrTy) else inner_r
        operand = self.check_expr(e.operand, inner_expected)
        if e.mutable:
            self.make_place_mutable(operand)
        return thir.Borrow(operand, e.mutable, ty=RefTy(operand.ty, e.mutable), span=e.span)

    # ── casts ──

    def check_cast(self, e: ast.Cast) -> thir.Expr:
        target = self.normalize(self.lower_cast_target(e.ty))
        operand = self.check_expr(e.expr)
        source = self.resolved(operand.ty)
        target_r = self.resolved(target)
        if isinstance(source, ErrorTy) or isinstance(target_r, ErrorTy):
            return self.error_expr(e.span)
        kind = self.cast_kind(source, target_r, operand, e)
        if kind is None:
            return self.error_expr(e.span)
        if kind is thir.CastKind.IDENTITY and isinstance(source, InferTy):
            self.infcx.unify(source, target_r)
        if kind is thir.CastKind.UNSIZE:
            coerced = self.try_coerce(operand, target_r)
            return coerced if coerced is not None else self.error_expr(e.span)
        return thir.Cast(kind, operand, ty=target_r, span=e.span)

    def lower_cast_target(self, ty: ast.Type) -> Ty:
        from rustlet.typeck.astconv import lower_ty
        return lower_ty(self.tcx, ty, self.lower_env())

    def cast_kind(self, source: Ty, target: Ty, operand: thir.Expr, e: ast.Cast) -> thir.CastKind | None:  # noqa: C901
        src, tgt = self.show(source), self.show(target)
        if isinstance(source, NeverTy):
            return thir.CastKind.NEVER_TO_ANY
        if _is_int(source):
            if _is_int(target):
                if isinstance(source, InferTy) and isinstance(target, IntTy):
                    self.infcx.unify(source, target)
                    return thir.CastKind.IDENTITY
                return thir.CastKind.IDENTITY if source == target else thir.CastKind.INT_TO_INT
            if _is_float(target):
                return thir.CastKind.INT_TO_FLOAT
            if isinstance(target, CharTy):
                if source == IntTy(IntKind.U8) or (isinstance(source, InferTy) and self.infcx.unify(source, IntTy(IntKind.U8))):
                    return thir.CastKind.U8_TO_CHAR
                self.emit(error(f"only `u8` can be cast as `char`, not `{src}`", e.span, "invalid cast", "E0604"))
                return None
            if isinstance(target, BoolTy):
                self.emit(error(f"cannot cast `{src}` as `bool`", e.span, "help: compare with zero instead",
                                "E0054"))
                return None
        if _is_float(source):
            if _is_float(target):
                if isinstance(source, InferTy) and isinstance(target, FloatTy):
                    self.infcx.unify(source, target)
                    return thir.CastKind.IDENTITY
                return thir.CastKind.IDENTITY if source == target else thir.CastKind.FLOAT_TO_FLOAT
            if _is_int(target):
                return thir.CastKind.FLOAT_TO_INT
            if isinstance(target, CharTy):
                self.emit(error(f"only `u8` can be cast as `char`, not `{src}`", e.span, "invalid cast", "E0604"))
                return None
            if isinstance(target, BoolTy):
                self.emit(error(f"cannot cast `{src}` as `bool`", e.span, "help: compare with zero instead", "E0054"))
                return None
        if isinstance(source, RawPtrTy) and isinstance(target, RawPtrTy):
            return thir.CastKind.PTR_TO_PTR
        if isinstance(source, BoolTy) and _is_int(target):
            return thir.CastKind.BOOL_TO_INT
        if isinstance(source, CharTy) and _is_int(target):
            return thir.CastKind.CHAR_TO_INT
        if isinstance(source, BoolTy) and isinstance(target, BoolTy) or isinstance(source, CharTy) and isinstance(target, CharTy):
            return thir.CastKind.IDENTITY
        if isinstance(source, AdtTy):
            adt = self.tcx.adts[source.def_id]
            fieldless = adt.kind is thir.AdtKind.ENUM and all(not v.fields for v in adt.variants)
            if fieldless and _is_int(target):
                return thir.CastKind.ENUM_TO_INT
        coerced = self.try_coerce_probe(operand, target)
        if coerced:
            return thir.CastKind.UNSIZE if source != target else thir.CastKind.IDENTITY
        if _is_scalar(source) and _is_scalar(target) or (isinstance(source, AdtTy) and _is_scalar(target)
                                                         and self.tcx.adts[source.def_id].kind is thir.AdtKind.ENUM):
            self.emit(error(f"casting `{src}` as `{tgt}` is invalid", e.span, "", "E0606"))
            return None
        if isinstance(source, RefTy) and _is_scalar(target):
            self.emit(error(f"casting `{src}` as `{tgt}` is invalid", e.span, "", "E0606"))
            return None
        self.emit(error(f"non-primitive cast: `{src}` as `{tgt}`", e.span, "an `as` expression can only be used "
                        "to convert between primitive types or to coerce to a specific trait object", "E0605"))
        return None

    def try_coerce_probe(self, operand: thir.Expr, target: Ty) -> bool:
        snap = self.infcx.snapshot()
        ok = self.try_coerce(operand, target) is not None
        self.infcx.rollback_to(snap)
        return ok

    # ── formatting ──

    def check_format_args(self, fa: ast.FormatArgs) -> thir.FormatArgs:
        args = [self.check_expr(a) for a in fa.args]
        pieces: list[str | thir.FormatPiece] = []
        for p in fa.pieces:
            if isinstance(p, str):
                pieces.append(p)
                continue
            piece = thir.FormatPiece(p.arg_index, p.trait, p.fill, p.align, p.sign_plus, p.sign_minus, p.alternate,
                                     p.zero_pad, p.debug_hex)
            for count, lit_attr, arg_attr in ((p.width, "width", "width_arg"), (p.precision, "precision", "precision_arg")):
                if count is None:
                    continue
                if count.literal is not None:
                    setattr(piece, lit_attr, count.literal)
                elif count.arg_index is not None:
                    setattr(piece, arg_attr, count.arg_index)
                    if count.arg_index < len(args):
                        arg = args[count.arg_index]
                        if not self.infcx.unify(arg.ty, USIZE):
                            self.mismatch(arg.span, USIZE, arg.ty)
            pieces.append(piece)
            if p.arg_index < len(args):
                self.format_checks.append((args[p.arg_index].ty, p.trait, fa.args[p.arg_index].span))
        return thir.FormatArgs(pieces, args, ty=UNIT, span=fa.span)

    def check_formattable(self) -> None:
        """Each format argument's type must implement the placeholder's trait (an impl in
        the library or the program, a derive, or a built-in impl), as rustc checks."""
        for ty, trait, span in self.format_checks:
            ty = self.infcx.zonk(ty)
            if self.infcx.has_infer(ty) or "{type error}" in self.show(ty) or self.formattable(ty, trait):
                continue
            name = FORMAT_TRAIT_NAMES[trait]
            shown = self.show(ty)
            if trait is ast.FormatTrait.DEBUG:
                diag = error(f"`{shown}` doesn't implement `Debug`", span,
                             f"`{shown}` cannot be formatted using `{{:?}}` because it doesn't implement `Debug`",
                             "E0277")
                diag.with_help(f"the trait `Debug` is not implemented for `{shown}`")
                diag.with_note(f"add `#[derive(Debug)]` to `{shown}` or manually `impl Debug for {shown}`")
            elif trait is ast.FormatTrait.DISPLAY:
                diag = error(f"`{shown}` doesn't implement `std::fmt::Display`", span,
                             f"`{shown}` cannot be formatted with the default formatter", "E0277")
                diag.with_help(f"the trait `std::fmt::Display` is not implemented for `{shown}`")
                diag.with_note("in format strings you may be able to use `{:?}` (or {:#?} for pretty-print) instead")
            else:
                diag = error(f"the trait bound `{shown}: {name}` is not satisfied", span, "unsatisfied trait bound",
                             "E0277")
                diag.with_help(f"the trait `{name}` is not implemented for `{shown}`")
            self.emit(diag)
        self.format_checks = []

    def formattable(self, ty: Ty, trait: ast.FormatTrait) -> bool:
        """`ty: Display` (or the placeholder's other trait) holds."""
        if isinstance(ty, NeverTy):
            return True
        trait_id = self.tcx.lang(FORMAT_TRAIT_NAMES[trait])
        if trait_id is None:
            return False
        return self.selcx.evaluate(self.tcx.trait_ref(trait_id, (ty,))) is not SelectionKind.NONE


def operator_message(op: ast.BinOp, lhs: str, rhs: str) -> str | None:
    """The arithmetic traits' `rustc_on_unimplemented` message (`lhs`/`rhs` already quoted)."""
    return {
        ast.BinOp.ADD: f"cannot add {rhs} to {lhs}", ast.BinOp.SUB: f"cannot subtract {rhs} from {lhs}",
        ast.BinOp.MUL: f"cannot multiply {lhs} by {rhs}", ast.BinOp.DIV: f"cannot divide {lhs} by {rhs}",
        ast.BinOp.REM: f"cannot calculate the remainder of {lhs} divided by {rhs}",
    }.get(op)


# The `*Assign` traits' `rustc_on_unimplemented` messages.
ASSIGN_MESSAGES = {
    ast.BinOp.ADD: "cannot add-assign `{R}` to `{L}`", ast.BinOp.SUB: "cannot subtract-assign `{R}` from `{L}`",
    ast.BinOp.MUL: "cannot multiply-assign `{L}` by `{R}`", ast.BinOp.DIV: "cannot divide-assign `{L}` by `{R}`",
    ast.BinOp.REM: "cannot calculate and assign the remainder of `{L}` divided by `{R}`",
}

FORMAT_TRAIT_NAMES = {
    ast.FormatTrait.DISPLAY: "Display", ast.FormatTrait.DEBUG: "Debug", ast.FormatTrait.LOWER_HEX: "LowerHex",
    ast.FormatTrait.UPPER_HEX: "UpperHex", ast.FormatTrait.OCTAL: "Octal", ast.FormatTrait.BINARY: "Binary",
    ast.FormatTrait.LOWER_EXP: "LowerExp", ast.FormatTrait.UPPER_EXP: "UpperExp",
}

_PLACES = (thir.LocalVar, thir.UpvarRef, thir.StaticRef, thir.Deref, thir.FieldAccess, thir.IndexExpr)

__all__ = ["OpsChecker", "ERROR", "Span", "CHAR", "STR"]
