"""Checking patterns against the scrutinee type, with default binding modes.

`check_pat(p, expected, mode)` follows rustc's match ergonomics (RFC 2005): when a
non-reference pattern (struct, tuple, variant, literal, range) meets a reference
type, the reference is peeled — a `DerefPat` is inserted — and the default binding
mode becomes `ref` (or `ref mut` through `&mut`, unless a `&` was peeled before).
An identifier binding under a `ref` default mode binds by reference: its local has
type `&T`.  Explicit `&p` patterns reset the mode to by-value.  Errors: E0308 (pattern
type mismatch), E0023 (tuple variant arity), E0026 (no such field), E0027 (missing
fields without `..`), E0164/E0532 (path that is not a pattern).  Exhaustiveness is
the pattern stage's (E0004/E0005).
"""
from __future__ import annotations

from rustlet import ast, thir
from rustlet.diagnostics import error, unsupported
from rustlet.resolve import DefKind, ResKind
from rustlet.source import Span
from rustlet.typeck.astconv import base_ty
from rustlet.typeck.consteval import ConstEvaluator, NotConst, eval_const_item
from rustlet.typeck.fnctxt import ERROR
from rustlet.typeck.traits import SelectionKind, is_trait_item_of
from rustlet.types import (
    BOOL, CHAR, STR, U8, AdtTy, ArrayTy, DefId, ErrorTy, FloatTy, InferTy, IntTy, RefTy, SliceTy, TupleTy, Ty, subst,
)

BY_VALUE = thir.BindingMode.BY_VALUE
BY_REF = thir.BindingMode.BY_REF
BY_REF_MUT = thir.BindingMode.BY_REF_MUT


class PatChecker:
    def check_pat_top(self, pat: ast.Pat, expected: Ty) -> thir.Pat:
        return self.check_pat(pat, expected, BY_VALUE)

    def peel_refs(self, pat: ast.Pat, expected: Ty, mode: thir.BindingMode) -> tuple[Ty, thir.BindingMode, list[Ty]]:
        """Default binding modes: strip references off `expected` for a non-reference pattern."""
        peeled: list[Ty] = []
        ty = self.resolved(expected)
        while isinstance(ty, RefTy):
            if isinstance(pat, ast.LitPat) and isinstance(self.shallow(ty.inner), type(STR)):
                break  # a string literal pattern has type &str
            if isinstance(pat, ast.LitPat) and isinstance(pat.expr, ast.Lit) and pat.expr.kind is ast.LitKind.BYTE_STR \
                    and isinstance(self.shallow(ty.inner), (ArrayTy, SliceTy)):
                break  # a byte string pattern has type &[u8; N] (or &[u8] against a slice)
            peeled.append(ty)
            mode = BY_REF if (not ty.mutable or mode is BY_REF) else BY_REF_MUT
            ty = self.resolved(ty.inner)
        return ty, mode, peeled

    def wrap_derefs(self, inner: thir.Pat, peeled: list[Ty]) -> thir.Pat:
        for ref_ty in reversed(peeled):
            inner = thir.DerefPat(inner, ty=ref_ty, span=inner.span)
        return inner

    def check_pat(self, pat: ast.Pat, expected: Ty, mode: thir.BindingMode) -> thir.Pat:  # noqa: C901
        match pat:
            case ast.WildPat():
                return thir.WildPat(ty=expected, span=pat.span)
            case ast.IdentPat():
                path_res = self.tcx.res.ident_pats.get(pat.id)
                if path_res is not None:
                    return self.check_path_pat_def(pat, path_res.def_id, None, expected, mode)  # type: ignore[arg-type]
                return self.check_binding(pat, expected, mode)
            case ast.RefPat():
                ty = self.resolved(expected)
                if isinstance(ty, InferTy):
                    inner = self.new_var(pat.span)
                    self.infcx.unify(ty, RefTy(inner, pat.mutable))
                    ty = self.shallow(ty)
                if not isinstance(ty, RefTy) or (pat.mutable and not ty.mutable):
                    if not isinstance(ty, ErrorTy):
                        self.emit(error("mismatched types", pat.span,
                                        f"expected `{self.show(ty)}`, found `&{'mut ' if pat.mutable else ''}_`",
                                        "E0308"))
                    return thir.WildPat(ty=expected, span=pat.span)
                sub = self.check_pat(pat.pat, ty.inner, BY_VALUE)
                return thir.DerefPat(sub, ty=expected, span=pat.span)
            case ast.OrPat():
                alts = [self.check_pat(a, expected, mode) for a in pat.alts]
                return thir.OrPat(alts, ty=expected, span=pat.span)
            case ast.SlicePat():
                self.emit(unsupported("slice patterns are outside the Rustlet subset", pat.span))
                return thir.WildPat(ty=expected, span=pat.span)
            case ast.RestPat():
                self.emit(error("`..` patterns are not allowed here", pat.span, "", None))
                return thir.WildPat(ty=expected, span=pat.span)
        ty, mode, peeled = self.peel_refs(pat, expected, mode)
        inner = self.check_structural_pat(pat, ty, mode)
        return self.wrap_derefs(inner, peeled)

    def check_binding(self, pat: ast.IdentPat, expected: Ty, mode: thir.BindingMode) -> thir.Pat:
        local = self.tcx.res.bindings.get(pat.id, pat.id)
        if pat.by_ref:
            bmode = BY_REF_MUT if pat.mutable else BY_REF
        elif pat.mutable:
            bmode = BY_VALUE  # `mut x` resets the default binding mode (edition 2021)
        else:
            bmode = mode
        local_ty = expected if bmode is BY_VALUE else RefTy(expected, bmode is BY_REF_MUT)
        if local != pat.id and local in self.tcx.locals:
            # A later alternative of an or-pattern: same local, same type.
            if not self.infcx.unify(self.tcx.locals[local].ty, local_ty):
                self.mismatch(pat.span, self.tcx.locals[local].ty, local_ty)
        else:
            self.tcx.locals[local] = thir.LocalInfo(pat.name, local_ty, pat.mutable and not pat.by_ref, pat.span)
            self.local_ids.append(local)
        sub = self.check_pat(pat.subpattern, expected, mode) if pat.subpattern is not None else None
        return thir.BindingPat(local, pat.name, bmode, pat.mutable and not pat.by_ref, sub, ty=expected,  # type: ignore[arg-type]
                               span=pat.span)

    def check_structural_pat(self, pat: ast.Pat, ty: Ty, mode: thir.BindingMode) -> thir.Pat:  # noqa: C901
        match pat:
            case ast.TuplePat():
                return self.check_tuple_pat(pat, ty, mode)
            case ast.LitPat():
                value, lit_ty = self.pat_literal(pat.expr, ty)
                if value is None:
                    return thir.WildPat(ty=ty, span=pat.span)
                if not self.infcx.unify(ty, lit_ty):
                    self.mismatch(pat.span, ty, lit_ty)
                return thir.ConstantPat(thir.ConstValue(ty, value), ty=ty, span=pat.span)
            case ast.RangePat():
                lo = hi = None
                for bound in (pat.lo, pat.hi):
                    if bound is None:
                        continue
                    value, bty = self.pat_literal(bound, ty)
                    if value is None:
                        return thir.WildPat(ty=ty, span=pat.span)
                    if not self.infcx.unify(ty, bty):
                        # A mistyped bound makes the range meaningless: the bounds would not compare.
                        self.mismatch(bound.span, ty, bty)
                        return thir.WildPat(ty=ty, span=pat.span)
                    if bound is pat.lo:
                        lo = thir.ConstValue(ty, value)
                    else:
                        hi = thir.ConstValue(ty, value)
                if lo is not None and hi is not None and isinstance(lo.value, (int, float, str)) and (
                        (lo.value > hi.value) if pat.inclusive else (lo.value >= hi.value)):  # type: ignore[operator]
                    code = "E0030" if pat.inclusive else "E0579"
                    self.emit(error("lower range bound must be less than " + ("or equal to upper" if pat.inclusive
                                                                              else "upper"), pat.span,
                                    "lower bound larger than upper bound", code))
                return thir.RangePat(lo, hi, pat.inclusive, ty=ty, span=pat.span)
            case ast.StructPat():
                return self.check_struct_pat(pat, ty, mode)
            case ast.TupleStructPat():
                return self.check_tuple_struct_pat(pat, ty, mode)
            case ast.PathPat(qself=qself) if qself is not None:  # `<Sq as Shape>::SIDES`
                const = self.qualified_pattern_const(qself, pat.path, pat.span)
                return thir.WildPat(ty=ty, span=pat.span) if const is None else self.const_pat(pat, const, ty)
            case ast.PathPat():
                pres = self.tcx.res.paths.get(pat.path.id)
                if pres is None or pres.base.kind is ResKind.ERR:
                    return thir.WildPat(ty=ty, span=pat.span)
                if pres.unresolved == 0 and pres.base.kind is ResKind.DEF:
                    return self.check_path_pat_def(pat, pres.base.def_id, pat.path, ty, mode)  # type: ignore[arg-type]
                found = self.struct_path_quiet(pat.path)
                if found is not None:
                    return self.unit_pat(pat, found[0], found[1], ty)
                if pres.unresolved == 1:
                    self_ty = base_ty(self.tcx, pat.path, pres, self.lower_env())
                    if self_ty is not None:
                        lookup = self.lookup_assoc_item(self.resolved(self_ty), pat.path.segments[-1].name, pat.span)
                        if lookup is not None and lookup[0] in self.tcx.consts:
                            const = self.pattern_const(lookup[0], lookup[1], pat.span)
                            if const is None:
                                return thir.WildPat(ty=ty, span=pat.span)
                            return self.const_pat(pat, const, ty)
                self.emit(error(f"expected unit struct, unit variant or constant, found `{'::'.join(pat.path.names())}`",
                                pat.span, "not a unit struct, unit variant or constant", "E0532"))
                return thir.WildPat(ty=ty, span=pat.span)
        self.emit(unsupported(f"pattern {type(pat).__name__}", pat.span))
        return thir.WildPat(ty=ty, span=pat.span)

    def pat_literal(self, expr: ast.Expr, expected: Ty) -> tuple[object, Ty]:
        """The value and type of a literal / const / negated literal in a pattern."""
        if isinstance(expr, ast.PathExpr) and expr.qself is not None:
            const = self.qualified_pattern_const(expr.qself, expr.path, expr.span)
            value = eval_const_item(self.tcx, const) if const is not None else None
            if const is None or value is None:
                return None, ERROR
            return value.value, self.tcx.consts[const].ty
        if isinstance(expr, ast.PathExpr):
            pres = self.tcx.res.paths.get(expr.path.id)
            if pres is not None and pres.base.kind is ResKind.DEF and pres.unresolved == 0 and \
                    pres.base.def_id in self.tcx.consts:
                value = eval_const_item(self.tcx, pres.base.def_id)  # type: ignore[arg-type]
                if value is not None:
                    return value.value, self.tcx.consts[pres.base.def_id].ty  # type: ignore[index]
            if pres is not None and pres.unresolved == 1:
                self_ty = base_ty(self.tcx, expr.path, pres, self.lower_env())
                if self_ty is not None:
                    lookup = self.lookup_assoc_item(self.resolved(self_ty), expr.path.segments[-1].name, expr.span)
                    if lookup is not None and lookup[0] in self.tcx.consts:
                        const = self.pattern_const(lookup[0], lookup[1], expr.span)
                        if const is None:
                            return None, ERROR
                        value = eval_const_item(self.tcx, const)
                        if value is not None:
                            return value.value, self.tcx.consts[const].ty
            self.emit(error("runtime values cannot be referenced in patterns", expr.span, "", "E0080"))
            return None, ERROR
        lit = expr.operand if isinstance(expr, ast.Unary) else expr
        if not isinstance(lit, ast.Lit):
            self.emit(unsupported("this pattern expression", expr.span))
            return None, ERROR
        if lit.kind is ast.LitKind.BYTE_STR:  # `&[u8]` when matched against a slice, as rustc
            data = bytes(lit.value)  # type: ignore[arg-type]
            target = self.resolved(expected)
            if isinstance(target, RefTy) and isinstance(self.shallow(target.inner), SliceTy):
                return data, RefTy(SliceTy(U8))
            return data, RefTy(ArrayTy(U8, len(data)))
        typed = self.check_lit(lit, expected)
        value = typed.value
        if isinstance(expr, ast.Unary):
            ty = self.shallow(typed.ty)
            if isinstance(ty, IntTy) and not ty.kind.signed:
                self.emit(error(f"cannot apply unary operator `-` to type `{ty.kind.name_}`", expr.span,
                                "cannot apply unary operator `-`", "E0600"))
            value = -value  # type: ignore[operator]
        if lit.kind is ast.LitKind.STR:
            return value, RefTy(STR)
        return value, typed.ty

    def check_tuple_pat(self, pat: ast.TuplePat, ty: Ty, mode: thir.BindingMode) -> thir.Pat:
        rest = next((i for i, p in enumerate(pat.elems) if isinstance(p, ast.RestPat)), None)
        elems = [p for p in pat.elems if not isinstance(p, ast.RestPat)]
        resolved = self.resolved(ty)
        if isinstance(resolved, InferTy) and rest is None:
            self.infcx.unify(resolved, TupleTy(tuple(self.new_var(p.span) for p in elems)))
            resolved = self.shallow(resolved)
        if not isinstance(resolved, TupleTy) or (rest is None and len(resolved.elems) != len(elems)) or \
                len(elems) > len(resolved.elems):
            if not isinstance(resolved, ErrorTy):
                found = "(" + ", ".join("_" for _ in elems) + ("," if len(elems) == 1 else "") + ")"
                self.emit(error("mismatched types", pat.span, f"expected `{self.show(resolved)}`, found `{found}`",
                                "E0308"))
            return thir.WildPat(ty=ty, span=pat.span)
        indices = self.rest_indices(len(elems), rest, len(resolved.elems))
        subs = [thir.FieldPat(i, self.check_pat(p, resolved.elems[i], mode)) for i, p in zip(indices, elems)]
        return thir.LeafPat(subs, ty=ty, span=pat.span)

    @staticmethod
    def rest_indices(count: int, rest: int | None, total: int) -> list[int]:
        if rest is None:
            return list(range(count))
        return list(range(rest)) + list(range(total - (count - rest), total))

    def struct_path_quiet(self, path: ast.Path) -> tuple[AdtTy, int] | None:
        pres = self.tcx.res.paths.get(path.id)
        if pres is None or pres.base.kind is ResKind.ERR:
            return None
        sink = self.tcx.sink
        before = len(sink.diagnostics)
        found = self.struct_path(path, path.span)
        del sink.diagnostics[before:]
        return found

    def adt_pat(self, adt_ty: AdtTy, index: int, subs: list[thir.FieldPat], ty: Ty, span) -> thir.Pat:  # noqa: ANN001
        adt = self.tcx.adts[adt_ty.def_id]
        if adt.kind is thir.AdtKind.ENUM:
            return thir.VariantPat(adt_ty.def_id, index, adt_ty.args, subs, ty=ty, span=span)
        return thir.LeafPat(subs, ty=ty, span=span)

    def unify_adt(self, pat: ast.Pat, ty: Ty, adt_ty: AdtTy) -> bool:
        if self.infcx.unify(ty, adt_ty):
            return True
        self.mismatch(pat.span, ty, adt_ty)
        return False

    def check_struct_pat(self, pat: ast.StructPat, ty: Ty, mode: thir.BindingMode) -> thir.Pat:
        found = self.struct_path(pat.path, pat.span)
        if found is None:
            return thir.WildPat(ty=ty, span=pat.span)
        adt_ty, index = found
        if not self.unify_adt(pat, ty, adt_ty):
            return thir.WildPat(ty=ty, span=pat.span)
        adt = self.tcx.adts[adt_ty.def_id]
        variant = adt.variants[index]
        subs: list[thir.FieldPat] = []
        seen: set[int] = set()
        unknown_field = False
        for fp in pat.fields:
            idx = next((i for i, f in enumerate(variant.fields) if f.name == fp.name), None)
            if idx is None:
                unknown_field = True
                what = f"variant `{adt.name}::{variant.name}`" if adt.kind is thir.AdtKind.ENUM else f"struct `{adt.name}`"
                self.emit(error(f"{what} does not have a field named `{fp.name}`", fp.span,
                                f"{'variant' if adt.kind is thir.AdtKind.ENUM else 'struct'} `{variant.name}` does "
                                f"not have this field", "E0026"))
                continue
            seen.add(idx)
            field_ty = self.normalize(subst(variant.fields[idx].ty, adt_ty.args))
            subs.append(thir.FieldPat(idx, self.check_pat(fp.pat, field_ty, mode)))
        missing = [f.name for i, f in enumerate(variant.fields) if i not in seen]
        if missing and not pat.has_rest and not unknown_field:  # rustc reports E0026 alone
            names = ", ".join(f"`{m}`" for m in missing)
            self.emit(error(f"pattern does not mention field{'s' if len(missing) > 1 else ''} {names}", pat.span,
                            f"missing field{'s' if len(missing) > 1 else ''} {names}", "E0027"))
        return self.adt_pat(adt_ty, index, subs, ty, pat.span)

    def check_tuple_struct_pat(self, pat: ast.TupleStructPat, ty: Ty, mode: thir.BindingMode) -> thir.Pat:
        found = self.struct_path(pat.path, pat.span)
        if found is None:
            return thir.WildPat(ty=ty, span=pat.span)
        adt_ty, index = found
        adt = self.tcx.adts[adt_ty.def_id]
        variant = adt.variants[index]
        if variant.kind is not ast.StructKind.TUPLE:
            kind = "unit" if variant.kind is ast.StructKind.UNIT else "struct"
            self.emit(error(f"expected tuple struct or tuple variant, found {kind} "
                            f"{'variant' if adt.kind is thir.AdtKind.ENUM else 'struct'} `{'::'.join(pat.path.names())}`",
                            pat.span, "not a tuple struct or tuple variant", "E0532" if kind == "unit" else "E0164"))
            return thir.WildPat(ty=ty, span=pat.span)
        if not self.unify_adt(pat, ty, adt_ty):
            return thir.WildPat(ty=ty, span=pat.span)
        rest = next((i for i, p in enumerate(pat.elems) if isinstance(p, ast.RestPat)), None)
        elems = [p for p in pat.elems if not isinstance(p, ast.RestPat)]
        n = len(variant.fields)
        if (rest is None and len(elems) != n) or len(elems) > n:
            what = "tuple variant" if adt.kind is thir.AdtKind.ENUM else "tuple struct"
            self.emit(error(f"this pattern has {len(elems)} field{'s' if len(elems) != 1 else ''}, but the "
                            f"corresponding {what} has {n} field{'s' if n != 1 else ''}", pat.span,
                            f"expected {n} field{'s' if n != 1 else ''}, found {len(elems)}", "E0023"))
            return thir.WildPat(ty=ty, span=pat.span)
        subs = []
        for i, p in zip(self.rest_indices(len(elems), rest, n), elems):
            field_ty = self.normalize(subst(variant.fields[i].ty, adt_ty.args))
            subs.append(thir.FieldPat(i, self.check_pat(p, field_ty, mode)))
        return self.adt_pat(adt_ty, index, subs, ty, pat.span)

    def unit_pat(self, pat: ast.Pat, adt_ty: AdtTy, index: int, ty: Ty) -> thir.Pat:
        adt = self.tcx.adts[adt_ty.def_id]
        variant = adt.variants[index]
        if variant.kind is not ast.StructKind.UNIT:
            what = "tuple variant" if variant.kind is ast.StructKind.TUPLE else "struct variant"
            if adt.kind is thir.AdtKind.STRUCT:
                what = "tuple struct" if variant.kind is ast.StructKind.TUPLE else "struct"
            self.emit(error(f"expected unit struct, unit variant or constant, found {what} `{variant.name}`",
                            pat.span, "", "E0533" if variant.kind is ast.StructKind.NAMED else "E0532"))
            return thir.WildPat(ty=ty, span=pat.span)
        if not self.unify_adt(pat, ty, adt_ty):
            return thir.WildPat(ty=ty, span=pat.span)
        return self.adt_pat(adt_ty, index, [], ty, pat.span)

    def pattern_const(self, item: DefId, args: tuple[Ty, ...], span: Span) -> DefId | None:
        """The constant a pattern path names: a trait's constant through a concrete type
        (`Tri::SIDES`) is the selected impl's, else the trait's default.  Through a type
        parameter its value is unknown until mono: rustc's E0158 (None)."""
        trait = is_trait_item_of(self.tcx, item)
        if trait is None:
            return item
        selection = self.selcx.select(self.tcx.trait_ref(trait, args))
        if selection.kind is SelectionKind.PARAM:
            self.emit(error("constant pattern cannot depend on generic parameters", span,
                            "`const` depends on a generic parameter", "E0158"))
            return None
        if selection.kind is SelectionKind.IMPL and selection.impl_id is not None:
            return self.tcx.impls[selection.impl_id].items.get(self.tcx.consts[item].name, item)
        return item

    def qualified_pattern_const(self, qself: ast.QSelf, path: ast.Path, span: Span) -> DefId | None:
        """`<T as Trait>::CONST` in a pattern (None: reported)."""
        from rustlet.typeck.astconv import lower_trait_ref, lower_ty
        env = self.lower_env()
        self_ty = lower_ty(self.tcx, qself.ty, env)
        if qself.trait_path is None or len(path.segments) != 1:
            self.emit(unsupported("this qualified path in a pattern", span))
            return None
        tr = lower_trait_ref(self.tcx, qself.trait_path, self_ty, env, [])
        if tr is None:
            return None  # reported
        item = self.tcx.res.defs[tr.def_id].children.get(path.segments[0].name)
        if item is None or item not in self.tcx.consts:
            self.emit(unsupported("this qualified path in a pattern", span))
            return None
        self.register(tr, span)
        return self.pattern_const(item, tr.args, span)

    def const_pat(self, pat: ast.Pat, const: int, ty: Ty) -> thir.Pat:
        value = eval_const_item(self.tcx, const)  # type: ignore[arg-type]
        const_ty = self.tcx.consts[const].ty  # type: ignore[index]
        if not self.infcx.unify(ty, const_ty):
            self.mismatch(pat.span, ty, const_ty)
        if value is None or not isinstance(value.value, (int, float, bool, str)):
            self.emit(unsupported("constants of this type in patterns", pat.span))
            return thir.WildPat(ty=ty, span=pat.span)
        return thir.ConstantPat(thir.ConstValue(ty, value.value), ty=ty, span=pat.span)

    def check_path_pat_def(self, pat: ast.Pat, def_id: int, path: ast.Path | None, expected: Ty,
                           mode: thir.BindingMode) -> thir.Pat:
        ty, mode, peeled = self.peel_refs(pat, expected, mode)
        kind = self.tcx.kind(def_id)  # type: ignore[arg-type]
        if kind in (DefKind.CONST, DefKind.ASSOC_CONST):
            return self.wrap_derefs(self.const_pat(pat, def_id, ty), peeled)
        if kind is DefKind.STRUCT:
            adt_ty = self.tcx.adt_ty(def_id, tuple(self.new_var(pat.span) for _ in self.tcx.generics[def_id].params))  # type: ignore[arg-type]
            return self.wrap_derefs(self.unit_pat(pat, adt_ty, 0, ty), peeled)
        if kind is DefKind.VARIANT:
            enum = self.tcx.parent(def_id)  # type: ignore[arg-type]
            args = self.variant_path_args(enum, path) if path is not None else \
                tuple(self.new_var(pat.span) for _ in self.tcx.generics[enum].params)  # type: ignore[index]
            index = self.variant_index(enum, def_id)  # type: ignore[arg-type]
            return self.wrap_derefs(self.unit_pat(pat, self.tcx.adt_ty(enum, args), index, ty), peeled)  # type: ignore[arg-type]
        self.emit(error(f"expected unit struct, unit variant or constant, found {kind.value}", pat.span, "", "E0532"))
        return thir.WildPat(ty=expected, span=pat.span)


__all__ = ["PatChecker", "BOOL", "CHAR", "U8", "FloatTy", "ConstEvaluator", "NotConst"]
