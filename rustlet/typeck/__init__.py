"""Type checking: `check_program(crates, resolutions, sink) -> thir.Program`.

1. `collect` builds the type context (generics, ADTs, traits, impls, signatures);
2. consts and statics are evaluated (`consteval`), enum discriminants assigned;
3. every body — functions, methods, default trait methods, consts, statics — is
   checked once by a fresh `FnCtxt` (generic bodies against their declared bounds,
   with their parameters as rigid `ParamTy`s) and written back to THIR
   (`check_program_deferred`: some crates' function bodies only on demand);
4. `main` is located (E0601 if missing), trait impls are checked for missing items
   (E0046), and the pattern stage (exhaustiveness) runs if present.
The modules: context/collect (items), astconv (types), infer (unification), traits
(selection), fnctxt (per-body state, coercion, writeback), expr / ops / pat / method
(one construct family each), consteval.
"""
from __future__ import annotations

from dataclasses import dataclass

from rustlet import ast, thir
from rustlet.diagnostics import DiagnosticSink, error
from rustlet.resolve import DefInfo, DefKind, Resolutions
from rustlet.typeck.closure import ClosureChecker
from rustlet.typeck.coherence import check_coherence, check_copy_impls
from rustlet.typeck.collect import collect_items
from rustlet.typeck.compare_impl import compare_impl_method
from rustlet.typeck.consteval import ConstEvaluator, NotConst, eval_const_item
from rustlet.typeck.context import Tcx
from rustlet.typeck.expr import ExprChecker
from rustlet.typeck.fnctxt import FnCtxtBase
from rustlet.typeck.method import MethodChecker
from rustlet.typeck.ops import OpsChecker
from rustlet.typeck.pat import PatChecker
from rustlet.types import UNIT, DefId, NeverTy, IntTy, Ty, subst


class FnCtxt(ExprChecker, OpsChecker, PatChecker, MethodChecker, ClosureChecker, FnCtxtBase):
    def __init__(self, tcx: Tcx, item: DefId | None, module: DefId) -> None:
        FnCtxtBase.__init__(self, tcx, item, module)
        self.format_checks: list = []
        self.neg_literals: list = []
        self.deferred_ops: list = []  # operators on operands of then-unknown type (ops.py)

    def finish(self) -> None:
        self.finish_body()
        self.check_formattable()
        for expr, span in self.neg_literals:
            ty = self.infcx.zonk(expr.ty)
            if isinstance(ty, IntTy) and not ty.kind.signed:
                self.emit(error(f"cannot apply unary operator `-` to type `{ty.kind.name_}`", span,
                                "cannot apply unary operator `-`", "E0600"))


def check_program(crates: list[ast.Crate], resolutions: Resolutions, sink: DiagnosticSink) -> thir.Program:
    """Every body checked (`check_program_deferred` checks some only on demand)."""
    return check_program_deferred(crates, resolutions, sink, frozenset())[0]


@dataclass(slots=True)
class DeferredBodies:
    """Function bodies `check_program_deferred` left unchecked (their `FnDef.body` is
    None), in definition order; each is checked the first time it is asked for."""

    tcx: Tcx
    pending: dict[DefId, None]

    def ensure(self, def_id: DefId) -> None:
        if def_id in self.pending:
            del self.pending[def_id]
            check_fn_body(self.tcx, def_id)

    def ensure_all(self) -> None:
        for def_id in list(self.pending):
            self.ensure(def_id)


def check_program_deferred(crates: list[ast.Crate], resolutions: Resolutions, sink: DiagnosticSink,
                           deferred_crates: frozenset[str]) -> tuple[thir.Program, DeferredBodies]:
    """As `check_program`, but the function bodies of `deferred_crates` wait for
    `DeferredBodies.ensure`: the driver defers std's, most of which a program never
    uses (rustlet/stdcache.py).  Deferred bodies skip the pattern stage (std is trusted)."""
    deferred = start_program(resolutions, sink)
    for index, crate in enumerate(crates):
        check_crate(deferred, crate, deferred_crates, completes_program=index == len(crates) - 1)
    return finish_program(deferred), deferred


def start_program(resolutions: Resolutions, sink: DiagnosticSink) -> DeferredBodies:
    """A program without crates yet; `check_crate` adds them (each after those it uses),
    `finish_program` completes it.  The driver checks std once and forks per compile."""
    return DeferredBodies(Tcx(resolutions, sink, []), {})


def check_crate(deferred: DeferredBodies, crate: ast.Crate, deferred_crates: frozenset[str],
                completes_program: bool) -> None:
    """Collects `crate`'s items and checks its bodies (deferring them when the crate is in
    `deferred_crates`).  With `completes_program`, coherence is checked across every
    crate's impls first.  Diagnostics come in the order of checking all crates at once."""
    tcx = deferred.tcx
    tcx.crates.append(crate)
    defs = {def_id: info for def_id, info in tcx.res.defs.items() if info.crate == crate.name}
    collect_items(tcx, defs)
    assign_discriminants(tcx, defs)
    for def_id in [d for d in tcx.consts if d in defs] + [d for d in tcx.statics if d in defs]:
        try:
            eval_const_item(tcx, def_id)
        except NotConst:
            pass
    check_impl_items(tcx, defs)
    if completes_program:
        check_coherence(tcx)
        check_copy_impls(tcx)
    for def_id, info in defs.items():
        if info.kind in (DefKind.FN, DefKind.ASSOC_FN) and info.crate in deferred_crates:
            deferred.pending[def_id] = None
        elif info.kind in (DefKind.FN, DefKind.ASSOC_FN):
            check_fn_body(tcx, def_id)
        elif info.kind in (DefKind.CONST, DefKind.ASSOC_CONST, DefKind.STATIC):
            check_const_body(tcx, def_id)


def finish_program(deferred: DeferredBodies) -> thir.Program:
    """The typed program once every crate is checked: `main` located, patterns checked."""
    tcx = deferred.tcx
    resolutions, sink = tcx.res, tcx.sink
    main_fn = find_main(tcx, tcx.crates)
    lang = dict(resolutions.lang_items)
    program = thir.Program(tcx.adts, tcx.fns, tcx.consts, tcx.statics, tcx.traits, tcx.impls, main_fn, lang,
                           tcx.locals)  # type: ignore[arg-type]
    if sink.error_count == 0:
        try:
            from rustlet import pattern
        except ImportError:
            pattern = None  # type: ignore[assignment]
        if pattern is not None and hasattr(pattern, "check_program"):
            pattern.check_program(program, sink)
    return program


def module_of(tcx: Tcx, def_id: DefId) -> DefId:
    return tcx.res.defs[def_id].module


def check_fn_body(tcx: Tcx, def_id: DefId) -> None:
    fn = tcx.fns.get(def_id)
    node = tcx.node(def_id)
    if fn is None or not isinstance(node, ast.FnDecl) or node.body is None or fn.is_intrinsic:
        return  # an intrinsic's placeholder body is never checked nor kept
    opaque = tcx.opaque_fns.get(def_id)
    if opaque == "done" or opaque == "checking":
        return  # checked already, on the first use of its signature
    fcx = FnCtxt(tcx, def_id, _body_module(tcx, def_id))
    if opaque == "pending":
        tcx.opaque_fns[def_id] = "checking"
        fn.sig.output = fcx.lower_opaque_return(node)
    fcx.ret_ty = fn.sig.output
    params: list[thir.Param] = []
    inputs = list(fn.sig.inputs)
    if node.self_param is not None:
        sp = node.self_param
        self_ty = inputs.pop(0)
        tcx.locals[sp.id] = thir.LocalInfo("self", self_ty, sp.mutable, sp.span)
        fcx.local_ids.append(sp.id)
        params.append(thir.Param(thir.BindingPat(sp.id, "self", thir.BindingMode.BY_VALUE, sp.mutable,  # type: ignore[arg-type]
                                                 ty=self_ty, span=sp.span), self_ty))
    for p, ty in zip(node.params, inputs):
        params.append(thir.Param(fcx.check_pat_top(p.pat, ty), ty))
    body = fcx.check_block(node.body, fn.sig.output)
    ret = fn.sig.output
    if body.expr is not None:
        body.expr = fcx.coerce(body.expr, ret)
        body.ty = ret
    elif not isinstance(fcx.shallow(body.ty), NeverTy):
        if not fcx.infcx.unify(ret, UNIT):
            span = node.ret.span if node.ret is not None else node.name_span
            fcx.emit(error("mismatched types", span, f"expected `{fcx.show(ret)}`, found `()`", "E0308")
                     .with_label(node.name_span, "implicitly returns `()` as its body has no tail or `return` "
                                                 "expression"))
        body.ty = ret
    else:
        body.ty = ret
    fcx.finish()
    fcx.writeback(params)
    fcx.writeback(body)
    fn.params = params
    fn.body = body
    if opaque == "pending":
        fn.sig.output = fcx.zonk_final(fn.sig.output, node.ret.span if node.ret is not None else node.span)
        tcx.opaque_fns[def_id] = "done"


def resolve_opaque_return(tcx: Tcx, def_id: DefId) -> None:
    """Make the hidden type of `fn f() -> impl Trait` known by checking f's body now
    (a caller needs it).  Inside its own body (recursion) the output stays the error type."""
    if tcx.opaque_fns.get(def_id) == "pending":
        check_fn_body(tcx, def_id)


def _body_module(tcx: Tcx, def_id: DefId) -> DefId:
    """The module whose traits are in scope in this body (the innermost block module
    containing the item, else its module)."""
    return tcx.res.defs[def_id].module


def check_const_body(tcx: Tcx, def_id: DefId) -> None:
    node = tcx.node(def_id)
    expr = getattr(node, "expr", None)
    target = tcx.consts.get(def_id) or tcx.statics.get(def_id)
    if expr is None or target is None:
        return
    fcx = FnCtxt(tcx, def_id, _body_module(tcx, def_id))
    body = fcx.check_expr_coerce(expr, target.ty)
    fcx.finish()
    fcx.writeback(body)
    target.body = body


def assign_discriminants(tcx: Tcx, defs: dict[DefId, DefInfo]) -> None:
    for adt in tcx.adts.values():
        if adt.kind is not thir.AdtKind.ENUM or adt.def_id not in defs:
            continue
        node = tcx.node(adt.def_id)
        assert isinstance(node, ast.EnumDecl)
        next_value = 0
        for variant, v_node in zip(adt.variants, node.variants):
            if v_node.discriminant is not None:
                try:
                    value = ConstEvaluator(tcx).eval(v_node.discriminant, adt.discr_ty)
                    if isinstance(value, int) and not isinstance(value, bool):
                        next_value = value
                except NotConst:
                    tcx.sink.emit(error("discriminant must be a constant integer expression",
                                        v_node.discriminant.span, "", "E0080"))
            variant.discriminant = next_value
            next_value += 1


def check_impl_items(tcx: Tcx, defs: dict[DefId, DefInfo]) -> None:
    """E0046 (missing trait items), E0407 (method not in trait), the methods' signatures
    against the trait's (compare_impl.py); E0390 is collect's."""
    for impl in tcx.impls.values():
        if impl.trait_ref is None or impl.def_id not in defs:
            continue
        trait = tcx.traits.get(impl.trait_ref.def_id)
        if trait is None:
            continue
        names = {i.name for i in trait.items}
        node = tcx.node(impl.def_id)
        assert isinstance(node, ast.ImplDecl)
        trait_items = {i.name: i.def_id for i in trait.items}
        for item in node.items:
            if isinstance(item, ast.FnDecl) and item.name in trait_items and not tcx.is_std(impl.def_id):
                compare_impl_method(tcx, tcx.res.item_defs[item.id], trait_items[item.name])
            if item.name not in names:
                kind = "method" if isinstance(item, ast.FnDecl) else "type" if isinstance(item, ast.TypeAliasDecl) \
                    else "const"
                code = {"method": "E0407", "type": "E0437", "const": "E0438"}[kind]
                tcx.sink.emit(error(f"{kind} `{item.name}` is not a member of trait `{trait.name}`", item.name_span,
                                    f"not a member of trait `{trait.name}`", code))
        missing = [i.name for i in trait.items if not i.has_default and i.name not in impl.items
                   and i.name not in impl.assoc_types]
        if missing:
            names_s = ", ".join(f"`{m}`" for m in missing)
            tcx.sink.emit(error(f"not all trait items implemented, missing: {names_s}", node.span,
                                f"missing {names_s} in implementation", "E0046"))


def find_main(tcx: Tcx, crates: list[ast.Crate]) -> DefId | None:
    user = crates[-1]
    root = tcx.res.crate_roots.get(user.name)
    if root is None:
        return None
    binding = tcx.res.modules[root].values.get("main")
    if binding is not None and binding.res.def_id is not None and tcx.kind(binding.res.def_id) is DefKind.FN:
        main = binding.res.def_id
        fn = tcx.fns[main]
        if fn.sig.inputs or fn.generics.count:
            tcx.sink.emit(error("`main` function has wrong type", fn.span, "incorrect number of function parameters",
                                "E0580"))
        return main
    tcx.sink.emit(error(f"`main` function not found in crate `{user.name}`", None if not user.items else
                        _end_span(user), "consider adding a `main` function to this file", "E0601"))
    return None


def _end_span(crate: ast.Crate):  # noqa: ANN202
    last = crate.items[-1].span
    return last.shrink_to_hi()


__all__ = ["check_program", "check_program_deferred", "start_program", "check_crate", "finish_program",
           "DeferredBodies", "FnCtxt", "subst"]
