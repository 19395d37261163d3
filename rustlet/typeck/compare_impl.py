"""An impl's methods against the trait's declarations (rustc's `compare_impl_item`).

For each method of a user trait impl that the trait declares, in rustc's order:
1. `self`-ness: a `self` parameter in the trait but not the impl is E0186, the reverse E0185;
2. the method's own type parameters: a different count is E0049;
3. the parameter count: E0050;
4. the types: the trait method's signature, instantiated with the impl's trait
   reference (`Self` and the trait's arguments) and the impl method's own parameters,
   must equal the impl method's, parameter by parameter and then the return type;
   the first difference is E0053 at the impl's type.
Types are compared after normalizing projections in the impl method's environment,
ignoring regions (the borrow checker's business).  A difference that involves a
projection still unnormalized is not reported: it may be equal in a way this check
cannot see, and a real mismatch surfaces in the body as E0308.
"""
from __future__ import annotations

from rustlet import ast
from rustlet.diagnostics import Diagnostic, error
from rustlet.source import Span
from rustlet.typeck.context import Tcx
from rustlet.typeck.infer import InferCtxt
from rustlet.typeck.traits import SelectionContext, param_env, projection_env
from rustlet.types import (
    AdtTy, ArrayTy, DefId, ErrorTy, FnPtrTy, ParamTy, ProjectionTy, RawPtrTy, RefTy, SliceTy, TupleTy, Ty,
    display_ty, subst,
)


def compare_impl_method(tcx: Tcx, impl_fn: DefId, trait_fn: DefId) -> None:
    impl_node, trait_node = tcx.node(impl_fn), tcx.node(trait_fn)
    if not isinstance(impl_node, ast.FnDecl) or not isinstance(trait_node, ast.FnDecl):
        return
    name = impl_node.name
    if (trait_node.self_param is None) != (impl_node.self_param is None):
        report_self_mismatch(tcx, impl_node, trait_node)
        return
    impl_def, trait_def = tcx.fns[impl_fn], tcx.fns[trait_fn]
    impl_own = impl_def.generics.params[impl_def.generics.own_start:]
    trait_own = trait_def.generics.params[trait_def.generics.own_start:]
    if len(impl_own) != len(trait_own):
        found_span = impl_node.generics.span if impl_node.generics.params else impl_node.name_span
        expected_span = trait_node.generics.span if trait_node.generics.params else trait_node.name_span
        tcx.sink.emit(error(f"method `{name}` has {_count(len(impl_own), 'type parameter')} but its trait "
                            f"declaration has {_count(len(trait_own), 'type parameter')}", found_span,
                            f"found {_count(len(impl_own), 'type parameter')}", "E0049")
                      .with_label(expected_span, f"expected {_count(len(trait_own), 'type parameter')}"))
        return
    impl_params, trait_params = _param_spans(impl_node), _param_spans(trait_node)
    if len(impl_params) != len(trait_params):
        trait_name = tcx.res.defs[trait_def.trait_of].name if trait_def.trait_of is not None else ""
        diag = error(f"method `{name}` has {_count(len(impl_params), 'parameter')} but the declaration in trait "
                     f"`{trait_name}::{name}` has {len(trait_params)}", _cover(impl_params, impl_node.name_span),
                     f"expected {_count(len(trait_params), 'parameter')}, found {len(impl_params)}", "E0050")
        tcx.sink.emit(diag.with_label(_cover(trait_params, trait_node.name_span),
                                      f"trait requires {_count(len(trait_params), 'parameter')}"))
        return
    impl = tcx.impls[impl_def.impl_of] if impl_def.impl_of is not None else None
    if impl is None or impl.trait_ref is None:
        return
    own_args = tuple(ParamTy(p.index, p.name) for p in impl_own)
    args = impl.trait_ref.args + own_args
    selcx = SelectionContext(tcx, InferCtxt(), param_env(tcx, impl_fn), projection_env(tcx, impl_fn))
    expected = [subst(t, args) for t in trait_def.sig.inputs] + [subst(trait_def.sig.output, args)]
    found = list(impl_def.sig.inputs) + [impl_def.sig.output]
    spans = impl_params + [impl_node.ret.span if impl_node.ret is not None else impl_node.name_span]
    trait_spans = trait_params + [trait_node.ret.span if trait_node.ret is not None else trait_node.name_span]
    for exp, fnd, span, trait_span in zip(expected, found, spans, trait_spans):
        exp, fnd = selcx.normalize(exp, None), selcx.normalize(fnd, None)
        if _unknowable(exp) or _unknowable(fnd) or InferCtxt().unify(exp, fnd):
            continue
        tcx.sink.emit(incompatible(name, exp, fnd, span, trait_span))
        return


def incompatible(name: str, expected: Ty, found: Ty, span: Span, trait_span: Span) -> Diagnostic:
    if isinstance(expected, RefTy) and isinstance(found, RefTy) and expected.mutable != found.mutable \
            and InferCtxt().unify(expected.inner, found.inner):
        label = "types differ in mutability"
    else:
        label = f"expected `{display_ty(expected)}`, found `{display_ty(found)}`"
    return error(f"method `{name}` has an incompatible type for trait", span, label, "E0053") \
        .with_label(trait_span, "type in trait")


def report_self_mismatch(tcx: Tcx, impl_node: ast.FnDecl, trait_node: ast.FnDecl) -> None:
    name = impl_node.name
    impl_sig = _signature_span(impl_node)
    trait_sig = _signature_span(trait_node)
    if trait_node.self_param is not None:
        self_text = _self_text(trait_node.self_param)
        tcx.sink.emit(error(f"method `{name}` has a `{self_text}` declaration in the trait, but not in the impl",
                            impl_sig, f"expected `{self_text}` in impl", "E0186")
                      .with_label(trait_sig, f"`{self_text}` used in trait"))
    else:
        assert impl_node.self_param is not None
        self_text = _self_text(impl_node.self_param)
        tcx.sink.emit(error(f"method `{name}` has a `{self_text}` declaration in the impl, but not in the trait",
                            impl_sig, f"`{self_text}` used in impl", "E0185")
                      .with_label(trait_sig, f"trait method declared without `{self_text}`"))


def _self_text(sp: ast.SelfParam) -> str:
    return {ast.SelfKind.VALUE: "self", ast.SelfKind.REF: "&self", ast.SelfKind.REF_MUT: "&mut self"}.get(
        sp.kind, "self")


def _param_spans(fn: ast.FnDecl) -> list[Span]:
    """The span of each parameter, `self` first (for a parameter, its type's)."""
    spans = [fn.self_param.span] if fn.self_param is not None else []
    return spans + [p.ty.span for p in fn.params]


def _cover(spans: list[Span], fallback: Span) -> Span:
    if not spans:
        return fallback
    return Span(spans[0].file, spans[0].lo, spans[-1].hi)


def _signature_span(fn: ast.FnDecl) -> Span:
    """`fn name(params)`: from the declaration's start to its last parameter."""
    end = _cover(_param_spans(fn), fn.name_span).hi
    return Span(fn.span.file, fn.span.lo, max(end, fn.name_span.hi))


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}" + ("" if n == 1 else "s")


def _unknowable(ty: Ty) -> bool:
    """Whether `ty` contains an unnormalized projection or an error (already reported)."""
    match ty:
        case ProjectionTy() | ErrorTy():
            return True
        case RefTy(inner=inner) | RawPtrTy(inner=inner) | SliceTy(elem=inner) | ArrayTy(elem=inner):
            return _unknowable(inner)
        case TupleTy(elems=elems):
            return any(_unknowable(e) for e in elems)
        case AdtTy(args=args):
            return any(_unknowable(a) for a in args)
        case FnPtrTy(params=params, ret=ret):
            return any(_unknowable(p) for p in params) or _unknowable(ret)
    return False
