"""The per-body checking context: inference state, obligations, coercions, writeback.

`FnCtxt` is assembled from one mixin per construct (expr.py, pat.py, method.py,
stmt-level code lives in expr.py); this module holds what they share:
- the inference table and the selection context over the item's param env;
- pending obligations (trait goals and projections that were ambiguous when met),
  retried by `select_where_possible` and finally by `select_all_or_error`;
- coercions at coercion sites (`coerce`): never-to-any, `&mut T` → `&T` (reborrow),
  unsizing `&[T; N]` → `&[T]`, deref coercion of `&&T` → `&T`, fn item → fn pointer;
  anything else must unify, or it is E0308;
- writeback: at the end of the body numeric variables default (i32 / f64),
  remaining obligations are checked, and every type in the built THIR is zonked
  (an unresolved variable is E0282 at the expression that introduced it).
"""
from __future__ import annotations

import dataclasses

from rustlet import ast, thir
from rustlet.diagnostics import Diagnostic, error
from rustlet.source import Span
from rustlet.typeck.context import Tcx
from rustlet.typeck.infer import InferCtxt, infer_vars
from rustlet.typeck.traits import SelectionContext, SelectionKind, param_env, projection_env
from rustlet.types import (
    NEVER, UNIT, AdtTy, ArrayTy, ClosureTy, DefId, DynTy, ErrorTy, FnDefTy, FnPtrTy, InferTy, IntTy, NeverTy, ParamTy,
    ProjectionTy, RefTy,
    SliceTy, TraitRef, TupleTy, Ty, display_ty, subst, subst_trait_ref,
)

ERROR = ErrorTy()


@dataclasses.dataclass(slots=True)
class LoopCtx:
    kind: str  # "loop", "while", "for", "block"
    break_ty: Ty | None  # the type break values coerce to (loop / labeled block)
    has_break: bool = False


class FnCtxtBase:
    def __init__(self, tcx: Tcx, item: DefId | None, module: DefId) -> None:
        self.tcx = tcx
        self.item = item
        self.module = module
        self.infcx = InferCtxt()
        self.selcx = SelectionContext(tcx, self.infcx, param_env(tcx, item), projection_env(tcx, item))
        self.ret_ty: Ty = UNIT
        self.ret_span: Span | None = None
        self.obligations: list[tuple[TraitRef, Span]] = []
        self.ambiguous: list[tuple[TraitRef, Span]] = []  # goals left undecided at the end (for E0283)
        self.pending_projections: list[tuple[TraitRef, str, Ty]] = []
        self.loops: dict[int, LoopCtx] = {}
        self.local_ids: list[int] = []  # locals declared in this body (for writeback)
        self.var_spans: dict[int, Span] = {}
        self.reported_unresolved = False
        self.pending_closures: list = []  # closure.PendingClosure, innermost first
        self.closure_types: dict[DefId, ClosureTy] = {}  # final closure types (upvars filled in)

    # ── helpers ──

    def new_var(self, span: Span | None = None, kind: str = "ty") -> InferTy:
        return self.infcx.new_var(span, kind)

    def shallow(self, ty: Ty) -> Ty:
        return self.infcx.shallow(ty)

    def resolved(self, ty: Ty) -> Ty:
        """The type as known now, with pending obligations given a chance first."""
        ty = self.infcx.shallow(ty)
        if isinstance(ty, InferTy):
            self.select_where_possible()
            ty = self.infcx.shallow(ty)
        return ty

    def show(self, ty: Ty) -> str:
        return display_ty(self.infcx.zonk(ty))

    def normalize(self, ty: Ty) -> Ty:
        return self.selcx.normalize(ty, self.pending_projections)

    def is_error(self, ty: Ty) -> bool:
        return isinstance(self.infcx.shallow(ty), ErrorTy)

    def emit(self, diag) -> None:  # noqa: ANN001
        self.tcx.sink.emit(diag)

    def mismatch(self, span: Span, expected: Ty, found: Ty, message: str = "mismatched types") -> None:
        exp, fnd = self.infcx.zonk(expected), self.infcx.zonk(found)
        if references_error(exp) or references_error(fnd):
            return  # the error was reported where the error type came from
        self.emit(error(message, span, f"expected {_describe(exp)}, found {_describe(fnd)}", "E0308"))

    def unify_or_report(self, span: Span, expected: Ty, found: Ty) -> bool:
        if self.infcx.unify(expected, found):
            return True
        self.mismatch(span, expected, found)
        return False

    # ── obligations ──

    def register(self, tr: TraitRef, span: Span) -> None:
        self.obligations.append((tr, span))

    def register_predicates(self, preds: list[TraitRef], args: tuple[Ty, ...], span: Span) -> None:
        for p in preds:
            self.register(subst_trait_ref(p, args), span)

    def select_where_possible(self, report_ambiguity: bool = False) -> None:
        progress = True
        while progress:
            progress = False
            pending = self.obligations
            self.obligations = []
            for tr, span in pending:
                # a bound on a projection (`<I as Iterator>::Item: Debug`) is selected on
                # its normalized form once the impl is known
                tr = TraitRef(tr.def_id, tuple(self.selcx.normalize(a, self.pending_projections) for a in tr.args),
                              tr.name)
                sel = self.selcx.select(tr)
                if sel.kind is SelectionKind.AMBIGUOUS:
                    self.obligations.append((tr, span))
                elif sel.kind is SelectionKind.NONE and self._has_unresolved_numeric(tr):
                    self.obligations.append((tr, span))  # `{integer}: Trait` may hold once defaulted
                elif sel.kind is SelectionKind.NONE:
                    self.report_unsatisfied(tr, span)
                else:
                    progress = True
                    for nested in sel.nested:
                        self.obligations.append((nested, span))
            projections = self.pending_projections
            self.pending_projections = []
            for tr, name, var in projections:
                before = len(self.pending_projections)
                ty = self.selcx.normalize_projection(tr, name, None)
                if len(self.pending_projections) == before and not isinstance(self.infcx.shallow(ty), InferTy) and \
                        not _is_projection(ty):
                    self.infcx.unify(var, ty)
                    progress = True
                else:
                    self.pending_projections.append((tr, name, var))

    def _has_unresolved_numeric(self, tr: TraitRef) -> bool:
        return any(isinstance(self.infcx.shallow(a), InferTy) for a in self.infcx.zonk_trait_ref(tr).args)

    def report_unsatisfied(self, tr: TraitRef, span: Span) -> None:
        tr = self.infcx.zonk_trait_ref(tr)
        closure = self.tcx.fns.get(tr.args[0].def_id) if isinstance(tr.args[0], ClosureTy) else None
        if closure is not None and closure.closure_kind is not None and tr.name in ("Fn", "FnMut", "FnOnce"):
            actual = closure.closure_kind
            self.emit(error(f"expected a closure that implements the `{tr.name}` trait, but this closure only "
                            f"implements `{actual}`", closure.span, f"this closure implements `{actual}`, not "
                            f"`{tr.name}`", "E0525").with_label(span, "the requirement to implement "
                                                                      f"`{tr.name}` derives from here"))
            return
        self_ty = display_ty(tr.args[0])
        trait = tr.name + (f"<{', '.join(display_ty(a) for a in tr.args[1:])}>" if len(tr.args) > 1 else "")
        self.emit(error(f"the trait bound `{self_ty}: {trait}` is not satisfied", span,
                        f"the trait `{trait}` is not implemented for `{self_ty}`", "E0277"))

    def implements(self, ty: Ty, trait_name: str) -> SelectionKind:
        trait = self.tcx.lang(trait_name)
        if trait is None:
            return SelectionKind.NONE
        return self.selcx.evaluate(self.tcx.trait_ref(trait, (ty,)))

    def is_copy(self, ty: Ty) -> bool:
        return self.implements(ty, "Copy") is not SelectionKind.NONE

    # ── coercion ──

    def coerce(self, expr: thir.Expr, target: Ty) -> thir.Expr:
        """Coerce `expr` to `target` (a coercion site), or report E0308."""
        result = self.try_coerce(expr, target)
        if result is None:
            self.mismatch(expr.span, target, expr.ty)
            return expr
        return result

    def try_coerce(self, expr: thir.Expr, target: Ty) -> thir.Expr | None:  # noqa: C901 — one case per coercion
        source = self.shallow(expr.ty)
        target_r = self.shallow(target)
        if isinstance(source, ErrorTy) or isinstance(target_r, ErrorTy):
            return expr
        if isinstance(source, NeverTy):
            if isinstance(target_r, NeverTy):
                return expr
            return thir.Cast(thir.CastKind.NEVER_TO_ANY, expr, ty=target, span=expr.span)
        unsized = self.try_unsize_to_dyn(expr, source, target_r)
        if unsized is not None:
            return unsized
        box = self.tcx.lang("Box")
        if isinstance(source, AdtTy) and isinstance(target_r, AdtTy) and source.def_id == box == target_r.def_id \
                and source.args and target_r.args:  # `Box<[T; N]>` → `Box<[T]>`
            src_inner, tgt_inner = self.shallow(source.args[0]), self.shallow(target_r.args[0])
            if isinstance(src_inner, ArrayTy) and isinstance(tgt_inner, SliceTy):
                if not self.infcx.unify(src_inner.elem, tgt_inner.elem):
                    return None
                return thir.Cast(thir.CastKind.UNSIZE, expr, ty=target_r, span=expr.span)
        if isinstance(source, RefTy) and isinstance(target_r, RefTy) and (source.mutable or not target_r.mutable):
            src_inner = self.shallow(source.inner)
            tgt_inner = self.shallow(target_r.inner)
            if isinstance(src_inner, ArrayTy) and isinstance(tgt_inner, SliceTy):
                if not self.infcx.unify(src_inner.elem, tgt_inner.elem):
                    return None
                if source.mutable and not target_r.mutable:
                    expr = self.reborrow(expr, False)
                return thir.Cast(thir.CastKind.UNSIZE, expr, ty=target_r, span=expr.span)
            snap = self.infcx.snapshot()
            if self.infcx.unify(src_inner, tgt_inner):
                if source.mutable and not target_r.mutable:
                    return self.reborrow(expr, False)
                return expr
            self.infcx.rollback_to(snap)
            # Deref coercion: `&&T` → `&T` and `&Box<T>` → `&T` (built-in derefs, repeated),
            # `&String` → `&str` via the library's Deref.
            steps = 0
            inner = src_inner
            current = expr
            while steps < 8:
                if isinstance(inner, RefTy):
                    pointee = inner.inner
                elif isinstance(inner, AdtTy) and inner.def_id == box and inner.args:
                    pointee = inner.args[0]
                else:
                    break
                current = thir.Deref(current, ty=inner, span=expr.span)
                steps += 1
                inner_inner = self.shallow(pointee)
                snap = self.infcx.snapshot()
                if self.infcx.unify(inner_inner, tgt_inner):
                    return thir.Borrow(thir.Deref(current, ty=inner_inner, span=expr.span), target_r.mutable,
                                       ty=target_r, span=expr.span)
                self.infcx.rollback_to(snap)
                inner = inner_inner
            deref = self.overloaded_deref_coercion(expr, src_inner, tgt_inner, target_r)
            if deref is not None:
                return deref
            return None
        if isinstance(source, ClosureTy) and isinstance(target_r, FnPtrTy):
            sig = self.selcx.callable_sig(source)
            if sig is None or self.closure_mentions_outer_locals(source.def_id):
                return None  # only a non-capturing closure coerces to a fn pointer
            if self.infcx.unify(FnPtrTy(sig.inputs, sig.output), target_r):
                return thir.Cast(thir.CastKind.CLOSURE_TO_FN_PTR, expr, ty=target_r, span=expr.span)
            return None
        if isinstance(source, FnDefTy) and isinstance(target_r, FnPtrTy):
            sig = self.fn_sig_of(source.def_id, source.args)
            if self.infcx.unify(FnPtrTy(sig.inputs, sig.output), target_r):
                return thir.Cast(thir.CastKind.FN_TO_PTR, expr, ty=target_r, span=expr.span)
            return None
        if self.infcx.unify(source, target):
            return expr
        return None

    def try_unsize_to_dyn(self, expr: thir.Expr, source: Ty, target: Ty) -> thir.Expr | None:
        """`&T` → `&dyn Trait` (also `&mut`, and `Box<T>` → `Box<dyn Trait>`) when `T: Trait`:
        the obligation (and the object's associated-type bindings) are registered, so an
        unsatisfied one is E0277 at the coerced expression."""
        box = self.tcx.lang("Box")
        if isinstance(source, RefTy) and isinstance(target, RefTy) and (source.mutable or not target.mutable):
            src_inner, tgt_inner = self.shallow(source.inner), self.shallow(target.inner)
        elif isinstance(source, AdtTy) and isinstance(target, AdtTy) and source.def_id == box == target.def_id \
                and source.args and target.args:
            src_inner, tgt_inner = self.shallow(source.args[0]), self.shallow(target.args[0])
        else:
            return None
        if not isinstance(tgt_inner, DynTy) or isinstance(src_inner, (DynTy, InferTy)):
            return None
        principal = tgt_inner.principal
        tr = TraitRef(principal.def_id, (src_inner,) + principal.args[1:], principal.name)
        self.register(tr, expr.span)
        for name, ty in tgt_inner.projections:
            self.infcx.unify(self.normalize(ProjectionTy(tr, name)), ty)
        if isinstance(source, RefTy) and source.mutable and not target.mutable:
            expr = self.reborrow(expr, False)
        return thir.Cast(thir.CastKind.UNSIZE, expr, ty=target, span=expr.span)

    def closure_mentions_outer_locals(self, closure: DefId) -> bool:
        pending = next((p for p in self.pending_closures if p.node.def_id == closure), None)
        if pending is None:
            return bool(self.tcx.fns[closure].upvars)
        stack: list[object] = [pending.fn.body]
        while stack:
            node = stack.pop()
            if isinstance(node, thir.LocalVar) and node.local not in pending.own_locals:
                return True
            if isinstance(node, list):
                stack.extend(node)
            elif isinstance(node, tuple):
                stack.extend(x for x in node if not isinstance(x, Ty))
            elif dataclasses.is_dataclass(node) and not isinstance(node, (Ty, thir.ConstValue, thir.Pat)):
                stack.extend(getattr(node, f.name) for f in dataclasses.fields(node))
        return False

    def overloaded_deref_coercion(self, expr: thir.Expr, src_inner: Ty, tgt_inner: Ty, target: RefTy) -> thir.Expr | None:
        """`&String` → `&str` and `&Vec<T>` → `&[T]`: one step through the library's `Deref`."""
        deref_trait = self.tcx.lang("Deref")
        if deref_trait is None or not isinstance(src_inner, AdtTy):
            return None
        tr = self.tcx.trait_ref(deref_trait, (src_inner,))
        snap = self.infcx.snapshot()
        sel = self.selcx.select(tr)
        if sel.kind is not SelectionKind.IMPL:
            self.infcx.rollback_to(snap)
            return None
        impl = self.tcx.impls[sel.impl_id]  # type: ignore[index]
        target_ty = impl.assoc_types.get("Target")
        if target_ty is None:
            self.infcx.rollback_to(snap)
            return None
        target_ty = subst(target_ty, sel.impl_args)
        if not self.infcx.unify(target_ty, tgt_inner):
            self.infcx.rollback_to(snap)
            return None
        method = self.trait_item(deref_trait, "deref")
        if method is None:
            return None
        call = self.call_trait_method(method, (src_inner,), [self.reborrow(expr, False)] if target.mutable is False else [expr],
                                      RefTy(target_ty, False), expr.span, from_method=True)
        return call

    def reborrow(self, expr: thir.Expr, mutable: bool) -> thir.Expr:
        ref = self.shallow(expr.ty)
        assert isinstance(ref, RefTy)
        return thir.Borrow(thir.Deref(expr, ty=ref.inner, span=expr.span), mutable,
                           ty=RefTy(ref.inner, mutable), span=expr.span)

    # ── items ──

    def trait_item(self, trait: DefId, name: str) -> DefId | None:
        return self.tcx.res.defs[trait].children.get(name)

    def fn_sig_of(self, def_id: DefId, args: tuple[Ty, ...]) -> thir.FnSig:
        if self.tcx.opaque_fns.get(def_id, "done") != "done":
            from rustlet.typeck import resolve_opaque_return
            resolve_opaque_return(self.tcx, def_id)
        fn = self.tcx.fns[def_id]
        inputs = tuple(self.normalize(subst(t, args)) for t in fn.sig.inputs)
        return thir.FnSig(inputs, self.normalize(subst(fn.sig.output, args)))

    def instantiate_fn(self, def_id: DefId, args: tuple[Ty, ...], span: Span) -> thir.FnItem:
        """A function item with its arguments; registers the function's where-clauses."""
        fn = self.tcx.fns[def_id]
        if fn.name == "drop" and fn.trait_of is not None and fn.trait_of == self.tcx.lang("Drop"):
            self.emit(error("explicit use of destructor method", span, "explicit destructor calls not allowed",
                            "E0040").with_help("consider using `drop` function: `drop(value)`"))
        self.register_predicates(self.tcx.fns[def_id].generics.predicates, args, span)
        self.register_projection_predicates(def_id, args, span)
        return thir.FnItem(def_id, args, ty=FnDefTy(def_id, args), span=span)

    def register_projection_predicates(self, def_id: DefId, args: tuple[Ty, ...], span: Span) -> None:
        """`I: Iterator<Item = T>` and `F: Fn(A) -> R` bounds at a use of the item: the
        projection, normalized (or pending), must equal the bound's type (E0271)."""
        for pred in self.tcx.projection_preds.get(def_id, []):
            tr = subst_trait_ref(pred.trait_ref, args)
            actual = self.normalize(ProjectionTy(tr, pred.name))
            expected = self.normalize(subst(pred.ty, args))
            if not self.infcx.unify(actual, expected):
                self.emit(error(f"type mismatch resolving `<{self.show(tr.args[0])} as {tr.name}>::{pred.name} == "
                                f"{self.show(expected)}`", span, f"expected `{self.show(expected)}`, found "
                                f"`{self.show(actual)}`", "E0271"))

    def call_trait_method(self, method: DefId, self_and_trait_args: tuple[Ty, ...], args: list[thir.Expr],
                          ret: Ty | None, span: Span, from_method: bool = False,
                          from_op: bool = False) -> thir.Expr:
        fn = self.tcx.fns[method]
        own = tuple(self.new_var(span) for _ in fn.generics.params[fn.generics.own_start:])
        all_args = self_and_trait_args + own
        item = self.instantiate_fn(method, all_args, span)
        sig = self.fn_sig_of(method, all_args)
        out = sig.output if ret is None else ret
        if ret is not None:
            self.infcx.unify(sig.output, ret)
        return thir.Call(item, args, from_method=from_method, from_overloaded_op=from_op, ty=out, span=span)

    # ── writeback ──

    def finish_body(self) -> None:
        from rustlet.typeck.upvar import analyze_closure
        self.select_where_possible()
        self.infcx.apply_numeric_defaults()
        self.select_where_possible()
        self.resolve_deferred_ops()
        for pending in self.pending_closures:
            analyze_closure(self, pending)
            self.select_where_possible()  # `closure: Fn` goals waited for the kind
        for pending in self.pending_closures:
            fn = pending.fn
            for param in fn.params:  # an unannotated parameter nothing inferred: E0282 at it
                param.ty = self.zonk_final(param.ty, param.pat.span)
            self.writeback(fn.params)
            self.writeback(fn.body)
            fn.sig = thir.FnSig(tuple(self.zonk_final(t, fn.span) for t in fn.sig.inputs),
                                self.zonk_final(fn.sig.output, fn.span))
            self.tcx.closures[fn.def_id].sig = fn.sig
        for tr, span in self.obligations:
            tr = self.infcx.zonk_trait_ref(tr)
            if not self.infcx.has_infer(tr.args[0]):
                sel = self.selcx.select(tr)
                if sel.kind is SelectionKind.NONE:
                    self.report_unsatisfied(tr, span)
        self.ambiguous = [(tr, span) for tr, span in self.obligations if self.infcx.has_infer(tr.args[0])]
        self.obligations = []

    def zonk_final(self, ty: Ty, span: Span) -> Ty:
        ty = self.infcx.zonk(ty)
        if self.closure_types:
            from rustlet.typeck.upvar import replace_closure_types
            ty = replace_closure_types(ty, self.closure_types)
        if self.infcx.has_infer(ty):
            if not self.reported_unresolved and self.tcx.sink.error_count == 0:
                self.reported_unresolved = True
                self.emit(self.annotations_needed(ty, span))
            ty = _replace_infer(ty)
        return ty

    def annotations_needed(self, ty: Ty, span: Span) -> Diagnostic:
        """E0282, or E0284 when a projection on the unknown type is pending, or E0283 when
        a trait goal on it is ambiguous (`collect()` into `_: FromIterator<i32>`), as rustc
        distinguishes them."""
        unknown = infer_vars(ty)
        for tr, name, _ in self.pending_projections:  # `parse()`: `<_ as FromStr>::Err` (E0284)
            tr = self.infcx.zonk_trait_ref(tr)
            if isinstance(tr.args[0], InferTy) and tr.args[0].var in unknown:
                return error("type annotations needed", span, "cannot infer type", "E0284") \
                    .with_note(f"cannot satisfy `<_ as {tr.name}>::{name} == _`")
        for tr, goal_span in self.obligations + self.ambiguous:
            tr = self.infcx.zonk_trait_ref(tr)
            self_ty = tr.args[0]
            if isinstance(self_ty, InferTy) and self_ty.var in unknown:
                args = ", ".join(self.show(a) for a in tr.args[1:])
                shown = f"{tr.name}<{args}>" if args else tr.name
                return error("type annotations needed", span, "", "E0283") \
                    .with_label(goal_span, "type must be known at this point") \
                    .with_note(f"cannot satisfy `_: {shown}`")
        return error("type annotations needed", span, "cannot infer type", "E0282")

    def writeback(self, node: object) -> None:
        """Zonk every type in a THIR tree (expressions, patterns, FnItem/ADT arguments)."""
        stack = [node]
        while stack:
            n = stack.pop()
            if isinstance(n, list):
                stack.extend(n)
                continue
            if isinstance(n, tuple):
                stack.extend(x for x in n if not isinstance(x, Ty))
                continue
            if not dataclasses.is_dataclass(n) or isinstance(n, (Ty, thir.ConstValue)):
                continue
            span = getattr(n, "span", None)
            if isinstance(n, thir.Literal) and type(n.value) is int:
                self.check_literal_range(n)
            for f in dataclasses.fields(n):
                value = getattr(n, f.name)
                if isinstance(value, thir.ConstValue):
                    setattr(n, f.name, thir.ConstValue(self.zonk_final(value.ty, span), value.value))
                elif isinstance(value, Ty):
                    setattr(n, f.name, self.zonk_final(value, span))
                elif f.name == "args" and isinstance(value, tuple) and value and isinstance(value[0], Ty):
                    setattr(n, f.name, tuple(self.zonk_final(a, span) for a in value))
                elif isinstance(value, (list, tuple)) or dataclasses.is_dataclass(value):
                    stack.append(value)
        for local in self.local_ids:
            info = self.tcx.locals[local]
            info.ty = self.zonk_final(info.ty, info.span)


    def check_literal_range(self, lit: thir.Literal) -> None:
        """rustc's deny-by-default `overflowing_literals` lint, once the literal's type is
        known (a negated literal is one literal here, so `-128i8` fits)."""
        ty = self.infcx.zonk(lit.ty)
        if not isinstance(ty, IntTy) or (self.item is not None and self.tcx.is_std(self.item)):
            return  # lints are for the user's crate
        value = lit.value
        assert isinstance(value, int)
        kind = ty.kind
        if kind.min <= value <= kind.max or (value < 0 and not kind.signed):
            return  # a negated unsigned literal is E0600 already
        self.emit(error(f"literal out of range for `{kind.name_}`", lit.span)
                  .with_note(f"the literal `{value}` does not fit into the type `{kind.name_}` whose range is "
                             f"`{kind.min}..={kind.max}`")
                  .with_note("`#[deny(overflowing_literals)]` on by default"))


def _is_projection(ty: Ty) -> bool:
    from rustlet.types import ProjectionTy
    return isinstance(ty, ProjectionTy)


def _replace_infer(ty: Ty) -> Ty:
    """Replace leftover inference variables by the error type (after E0282)."""
    match ty:
        case InferTy():
            return ERROR
        case RefTy(inner=i, mutable=m, region=r):
            return RefTy(_replace_infer(i), m, r)
        case AdtTy(def_id=d, args=a, name=n):
            return AdtTy(d, tuple(_replace_infer(x) for x in a), n)
        case TupleTy(elems=e):
            return TupleTy(tuple(_replace_infer(x) for x in e))
        case ArrayTy(elem=e, length=n):
            return ArrayTy(_replace_infer(e), n)
        case SliceTy(elem=e):
            return SliceTy(_replace_infer(e))
        case FnDefTy(def_id=d, args=a):
            return FnDefTy(d, tuple(_replace_infer(x) for x in a))
    return ty


def references_error(ty: Ty) -> bool:
    match ty:
        case ErrorTy():
            return True
        case RefTy(inner=inner) | SliceTy(elem=inner) | ArrayTy(elem=inner):
            return references_error(inner)
        case AdtTy(args=args) | FnDefTy(args=args):
            return any(references_error(a) for a in args)
        case FnPtrTy(params=params, ret=ret):
            return any(references_error(a) for a in params) or references_error(ret)
    return isinstance(ty, TupleTy) and any(references_error(e) for e in ty.elems)


def _describe(ty: Ty) -> str:
    """rustc's wording in `expected X, found Y` labels."""
    if isinstance(ty, InferTy):
        return {"int": "integer", "float": "floating-point number"}.get(ty.kind, "type parameter")
    if isinstance(ty, ParamTy):
        return f"type parameter `{ty.name}`"
    if isinstance(ty, NeverTy):
        return "`!`"
    if isinstance(ty, AdtTy):
        return f"`{display_ty(ty)}`"
    return f"`{display_ty(ty)}`"


__all__ = ["FnCtxtBase", "LoopCtx", "ERROR", "NEVER", "ast"]
