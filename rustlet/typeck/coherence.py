"""Coherence (E0119, the orphan rules E0117/E0210) and `Copy` impls (E0204), checked
once all impls are collected.

Orphan rules, as RFC 2451 and rustc's `orphan_check_trait_ref`: an impl of a foreign
trait `impl<P..> Trait<T1..Tn> for T0` is allowed only if some Ti is a local type and
no type parameter appears uncovered (bare, or under a fundamental `&`/`&mut`/`Box`)
in T0..Ti-1.  A local type is an ADT of the impl's crate or a `dyn` of its trait,
seen through the fundamental types (`&Local`, `Box<Local>`).  An uncovered parameter
first is E0210 at the parameter; no local type at all is E0117 at the impl.

Overlap, as rustc's `coherence::overlap`: two impls of the same trait overlap when
their trait refs unify (each impl's parameters fresh inference variables) and no
where-clause of either is *known* to fail for the unified types; "might hold"
(ambiguous) counts as overlapping.  Only pairs with at least one impl outside the
standard library are compared (the library is coherent by construction), so the cost
is the number of user impls times the impls of their traits.  Worked example:
`impl<T: Display> Describe for T` and `impl Describe for i32` unify with `T = i32`,
and `i32: Display` holds: E0119 at the second impl ("conflicting implementations of
trait `Describe` for type `i32`").

`Copy`: every field of the type must be `Copy` (in the impl's where-clauses), else
E0204 at the type (for a derive, rustc points at the type's name).
"""
from __future__ import annotations

from rustlet import ast
from rustlet.diagnostics import error
from rustlet.source import Span
from rustlet.typeck.context import Tcx
from rustlet.typeck.infer import InferCtxt
from rustlet.typeck.traits import SelectionContext, SelectionKind, param_env, projection_env
from rustlet.types import (
    AdtTy, DefId, DynTy, ParamTy, RefTy, TupleTy, Ty, display_ty, subst, subst_trait_ref,
)


def check_coherence(tcx: Tcx) -> None:
    orphans = check_orphan_rules(tcx)
    for trait, impls in tcx.trait_impls.items():
        impls = [i for i in impls if i not in orphans]  # reported already, as rustc does
        for later_index, later in enumerate(impls):
            if tcx.is_std(later):
                continue
            for earlier in impls[:later_index] + [i for i in impls[later_index + 1:] if tcx.is_std(i)]:
                if impls_overlap(tcx, earlier, later):
                    report_overlap(tcx, trait, earlier, later)
                    break


def impls_overlap(tcx: Tcx, a: DefId, b: DefId) -> bool:
    infcx = InferCtxt()
    selcx = SelectionContext(tcx, infcx, [], [])
    impl_a, impl_b = tcx.impls[a], tcx.impls[b]
    assert impl_a.trait_ref is not None and impl_b.trait_ref is not None
    args_a = tuple(infcx.new_var() for _ in impl_a.generics.params)
    args_b = tuple(infcx.new_var() for _ in impl_b.generics.params)
    tr_a = subst_trait_ref(impl_a.trait_ref, args_a)
    tr_b = subst_trait_ref(impl_b.trait_ref, args_b)
    if len(tr_a.args) != len(tr_b.args) or not all(infcx.unify(x, y) for x, y in zip(tr_a.args, tr_b.args)):
        return False
    predicates = [subst_trait_ref(p, args_a) for p in impl_a.generics.predicates] + \
        [subst_trait_ref(p, args_b) for p in impl_b.generics.predicates]
    return all(selcx.evaluate(p) is not SelectionKind.NONE for p in predicates)


def report_overlap(tcx: Tcx, trait: DefId, earlier: DefId, later: DefId) -> None:
    impl = tcx.impls[later]
    assert impl.trait_ref is not None
    node = tcx.node(later)
    span = node.span if not isinstance(node, ast.ImplDecl) else node.span
    name = tcx.traits[trait].name if trait in tcx.traits else impl.trait_ref.name
    diag = error(f"conflicting implementations of trait `{name}` for type `{display_ty(impl.self_ty)}`", span,
                 f"conflicting implementation for `{display_ty(impl.self_ty)}`", "E0119")
    if not tcx.is_std(earlier):
        diag.with_label(tcx.impls[earlier].span, "first implementation here")
    tcx.sink.emit(diag)


def check_orphan_rules(tcx: Tcx) -> set[DefId]:
    """Reports the user impls that break the orphan rules, and returns them."""
    orphans: set[DefId] = set()
    for impl_id, impl in tcx.impls.items():
        if impl.trait_ref is None or tcx.is_std(impl_id):
            continue
        crate = tcx.res.defs[impl_id].crate
        if tcx.res.defs[impl.trait_ref.def_id].crate == crate:
            continue
        for ty in impl.trait_ref.args:
            if _is_local(tcx, ty, crate):
                break
            param = _uncovered_param(tcx, ty)
            if param is not None:
                report_uncovered_param(tcx, impl_id, param)
                orphans.add(impl_id)
                break
        else:
            report_orphan(tcx, impl_id, impl.trait_ref.args[0])
            orphans.add(impl_id)
    return orphans


def _fundamental_inner(tcx: Tcx, ty: Ty) -> Ty | None:
    """`T` for `&T`, `&mut T` and `Box<T>` (rustc's `#[fundamental]` types)."""
    if isinstance(ty, RefTy):
        return ty.inner
    if isinstance(ty, AdtTy) and ty.def_id == tcx.lang("Box") and ty.args:
        return ty.args[0]
    return None


def _is_local(tcx: Tcx, ty: Ty, crate: str) -> bool:
    inner = _fundamental_inner(tcx, ty)
    if inner is not None:
        return _is_local(tcx, inner, crate)
    if isinstance(ty, AdtTy):
        return tcx.res.defs[ty.def_id].crate == crate
    if isinstance(ty, DynTy):
        return tcx.res.defs[ty.principal.def_id].crate == crate
    return False


def _uncovered_param(tcx: Tcx, ty: Ty) -> ParamTy | None:
    inner = _fundamental_inner(tcx, ty)
    if inner is not None:
        return _uncovered_param(tcx, inner)
    return ty if isinstance(ty, ParamTy) else None


def report_uncovered_param(tcx: Tcx, impl_id: DefId, param: ParamTy) -> None:
    node = tcx.node(impl_id)
    span = tcx.impls[impl_id].span
    if isinstance(node, ast.ImplDecl):
        span = next((p.span for p in node.generics.params if isinstance(p, ast.TypeParam) and p.name == param.name),
                    span)
    label = f"type parameter `{param.name}` must be used as the type parameter for some local type"
    tcx.sink.emit(error(f"{label} (e.g., `MyStruct<{param.name}>`)", span, label, "E0210")
                  .with_note("implementing a foreign trait is only possible if at least one of the types for which "
                             "it is implemented is local")
                  .with_note("only traits defined in the current crate can be implemented for a type parameter"))


def report_orphan(tcx: Tcx, impl_id: DefId, self_ty: Ty) -> None:
    node = tcx.node(impl_id)
    impl = tcx.impls[impl_id]
    # rustc's primary span is the impl header, up to the self type's end.
    span = Span(node.span.file, node.span.lo, node.self_ty.span.hi) if isinstance(node, ast.ImplDecl) else impl.span
    if isinstance(self_ty, AdtTy):
        what, label = "types defined outside of the crate", f"`{self_ty.name}` is not defined in the current crate"
    elif isinstance(self_ty, TupleTy):
        what, label = "arbitrary types", "this is not defined in the current crate because tuples are always foreign"
    elif isinstance(self_ty, (ParamTy, DynTy)) or _fundamental_inner(tcx, self_ty) is not None:
        what, label = "arbitrary types", f"`{display_ty(self_ty)}` is not defined in the current crate"
    else:
        what, label = "primitive types", f"`{display_ty(self_ty)}` is not defined in the current crate"
    diag = error(f"only traits defined in the current crate can be implemented for {what}", span, "", "E0117")
    if isinstance(node, ast.ImplDecl):
        diag.with_label(node.self_ty.span, label)
    tcx.sink.emit(diag.with_note("impl doesn't have any local type before any uncovered type parameters")
                  .with_note("for more information see "
                             "https://doc.rust-lang.org/reference/items/implementations.html#orphan-rules")
                  .with_note("define and implement a trait or new type instead"))


def check_copy_impls(tcx: Tcx) -> None:
    copy = tcx.lang("Copy")
    if copy is None:
        return
    for impl_id in tcx.trait_impls.get(copy, []):
        if tcx.is_std(impl_id):
            continue
        impl = tcx.impls[impl_id]
        self_ty = impl.self_ty
        if not isinstance(self_ty, AdtTy) or self_ty.def_id not in tcx.adts:
            continue
        adt = tcx.adts[self_ty.def_id]
        selcx = SelectionContext(tcx, InferCtxt(), param_env(tcx, impl_id), projection_env(tcx, impl_id))
        for variant in adt.variants:
            for field in variant.fields:
                field_ty = subst(field.ty, self_ty.args)
                if selcx.evaluate(tcx.trait_ref(copy, (field_ty,))) is SelectionKind.NONE:
                    report_copy(tcx, impl_id, self_ty.def_id, field.span)
                    break
            else:
                continue
            break


def report_copy(tcx: Tcx, impl_id: DefId, adt: DefId, field_span) -> None:  # noqa: ANN001
    impl = tcx.impls[impl_id]
    adt_node = tcx.node(adt)
    derived = "Copy" in tcx.adts[adt].derives and adt_node is not None and \
        not (adt_node.span.lo <= impl.span.lo < adt_node.span.hi) and impl.span.hi <= adt_node.span.lo
    node = tcx.node(impl_id)
    if derived:
        span = getattr(adt_node, "name_span", adt_node.span)
    else:
        span = node.self_ty.span if isinstance(node, ast.ImplDecl) else impl.span
    tcx.sink.emit(error("the trait `Copy` cannot be implemented for this type", span, "", "E0204")
                  .with_label(field_span, "this field does not implement `Copy`"))
