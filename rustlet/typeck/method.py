"""Method calls: the probe (rustc's `method::probe`), then the call.

For a receiver of type R the probe walks the autoderef steps R, *R, **R … (built-in
derefs of references and `Box`), plus a final unsizing step `[T; N]` → `[T]`.  At each
step U it tries, in order, the receiver types U (by value), `&U`, `&mut U`; for each it
looks first at inherent candidates (methods of inherent impls of U's simplified type
whose impl self type unifies with U), then at extension candidates (methods of the
traits bounding a type parameter, then of the traits in scope, whose `Self: Trait`
holds or is still ambiguous).  A candidate matches when its declared `self` type,
instantiated, unifies with the adjusted receiver type.  The first match wins.

The call is built as `Call(FnItem(method, args), [adjusted receiver, args…])`: an
inherent method's `args` are the impl's parameters then the method's own; a trait
method's are `Self` and the trait's parameters then the method's own (mono selects
the impl).  A receiver of type `{integer}`/`{float}` finds only trait methods (E0689 when
there is none: inherent methods need the type); nothing found is E0599
(with a note when a trait that is not in scope has the method).

As in rustc, a candidate whose impl header matches but one of whose where-clauses
definitely fails (`HashMap<Cell, _>::insert` needs `Cell: Hash`; for a trait method,
a nested bound of the matching impl) is not picked: it is remembered, and when no
other candidate matches the error is E0599 "the method exists … but its trait bounds
were not satisfied", listing those bounds, instead of "no method named".  A bound
that is merely ambiguous (inference variables) keeps the candidate and is registered
as an obligation.
"""
from __future__ import annotations

from dataclasses import dataclass

from rustlet import ast, thir
from rustlet.diagnostics import error
from rustlet.typeck.context import simplify_type
from rustlet.typeck.traits import SelectionKind
from rustlet.types import (
    AdtTy, ArrayTy, DefId, ErrorTy, InferTy, ParamTy, RefTy, SliceTy, TraitRef, Ty, display_ty, subst,
    subst_trait_ref,
)

# traits rustc suggests deriving on a local type that fails the bound
DERIVABLE = ("Clone", "Copy", "Debug", "Default", "Eq", "Hash", "Ord", "PartialEq", "PartialOrd")


@dataclass(slots=True)
class Pick:
    method: DefId
    parent_args: tuple[Ty, ...]  # impl args (inherent) or Self + trait args (trait)
    steps: int  # autoderefs applied to the receiver
    unsize: bool  # array → slice after the derefs
    autoref: bool | None  # None: by value; False: `&`; True: `&mut`
    trait: DefId | None


@dataclass(slots=True)
class Unsatisfied:
    """The failed where-clauses of a candidate rejected only because of them."""
    bounds: list[TraitRef]  # zonked, failing
    required_by: TraitRef | None  # the trait goal they are nested in (trait methods)


class MethodChecker:
    def check_method_call(self, e: ast.MethodCall, expected: Ty | None) -> thir.Expr:
        receiver = self.check_expr(e.receiver)
        recv_ty = self.resolved(receiver.ty)
        if isinstance(recv_ty, ErrorTy):
            for a in e.args:
                self.check_expr(a)
            return self.error_expr(e.span)
        pick = self.probe_numeric_var(recv_ty, e.method, e.span) if isinstance(recv_ty, InferTy) else None
        if isinstance(recv_ty, InferTy) and pick is None:
            for a in e.args:
                self.check_expr(a)
            if recv_ty.kind in ("int", "float"):
                kind = "{integer}" if recv_ty.kind == "int" else "{float}"
                self.emit(error(f"can't call method `{e.method}` on ambiguous numeric type `{kind}`", e.name_span,
                                "", "E0689"))
            else:
                self.emit(error("type annotations needed", e.receiver.span, "type must be known at this point",
                                "E0282"))
            return self.error_expr(e.span)
        unsatisfied: list[Unsatisfied] = []
        pick = pick or self.probe(recv_ty, e.method, e.span, unsatisfied)
        if pick is None:
            for a in e.args:
                self.check_expr(a)
            if unsatisfied:
                self.report_unsatisfied_bounds(e, recv_ty, unsatisfied)
            else:
                self.report_no_method(e, recv_ty)
            return self.error_expr(e.span)
        adjusted = self.adjust_receiver(receiver, pick)
        fn = self.tcx.fns[pick.method]
        own_count = fn.generics.count - fn.generics.own_start
        written = [a for a in (e.generic_args.args if e.generic_args is not None else [])
                   if not isinstance(a, ast.Lifetime)]
        if written and len(written) == own_count:
            from rustlet.typeck.astconv import lower_ty
            own = tuple(lower_ty(self.tcx, a, self.lower_env()) for a in written)  # type: ignore[arg-type]
        else:
            own = tuple(self.new_var(e.span) for _ in range(own_count))
        args = pick.parent_args + own
        item = self.instantiate_fn(pick.method, args, e.name_span)
        sig = self.fn_sig_of(pick.method, args)
        if not self.infcx.unify(sig.inputs[0], adjusted.ty):
            self.mismatch(e.receiver.span, sig.inputs[0], adjusted.ty)
        # rustc resolves pending where-clauses before coercing the arguments: `T: Borrow<?Q>`
        # fixes `?Q = T`, so an argument `&&T` can then coerce to `&T`
        self.select_where_possible()
        call_args = [adjusted] + self.check_args(e, sig, "method", skip=1, expected=expected)
        return thir.Call(item, call_args, from_method=True, ty=sig.output, span=e.span)

    def receiver_kind(self, recv_ty: Ty) -> str:
        return "struct" if isinstance(recv_ty, AdtTy) and self.tcx.adts[recv_ty.def_id].kind is thir.AdtKind.STRUCT \
            else "enum" if isinstance(recv_ty, AdtTy) else "type parameter" if isinstance(recv_ty, ParamTy) \
            else "reference" if isinstance(recv_ty, RefTy) else "type"

    def report_unsatisfied_bounds(self, e: ast.MethodCall, recv_ty: Ty, unsatisfied: list[Unsatisfied]) -> None:
        """rustc's E0599 for a method found only in impls whose bounds fail: a
        `doesn't satisfy` label on each local type that misses a bound, the list of
        bounds (with the goal that needs them, for a trait impl's bounds) and a derive
        suggestion for the derivable ones."""
        shown = self.show(recv_ty)
        kind = self.receiver_kind(recv_ty)
        local_receiver = isinstance(recv_ty, AdtTy) and self.is_local_adt(recv_ty)
        # rustc leaves the label out for a library type's inherent method (`HashMap::insert`)
        labelled = local_receiver or any(u.required_by is not None for u in unsatisfied)
        label = f"method cannot be called on `{shown}` due to unsatisfied trait bounds" if labelled else ""
        diag = error(f"the method `{e.method}` exists for {kind} `{shown}`, but its trait bounds were not satisfied",
                     e.name_span, label, "E0599")
        lines: list[str] = []
        missing: dict[DefId, list[str]] = {}  # local ADT → the bounds it misses
        for u in unsatisfied:
            for tr in u.bounds:
                text = f"`{self.show_trait_ref(tr)}`"
                if u.required_by is not None:
                    text += f"\nwhich is required by `{self.show_trait_ref(u.required_by)}`"
                if text not in lines:
                    lines.append(text)
                self_ty = tr.args[0]
                if isinstance(self_ty, AdtTy) and self.is_local_adt(self_ty):
                    bounds = missing.setdefault(self_ty.def_id, [])
                    if tr not in bounds:
                        bounds.append(tr)
        for adt_id, bounds in missing.items():
            texts = sorted(f"`{self.show_trait_ref(tr)}`" for tr in bounds)
            diag.with_label(self.tcx.adts[adt_id].span, f"doesn't satisfy {' or '.join(texts)}")
        if local_receiver:
            assert isinstance(recv_ty, AdtTy)
            because = next((f" because it doesn't satisfy `{self.show_trait_ref(u.required_by)}`" for u in unsatisfied
                            if u.required_by is not None and u.required_by.args[0] == self.infcx.zonk(recv_ty)), "")
            diag.with_label(self.tcx.adts[recv_ty.def_id].span, f"method `{e.method}` not found for this {kind}{because}")
        diag.with_note("the following trait bounds were not satisfied:\n" + "\n".join(sorted(lines)))
        for adt_id, bounds in missing.items():
            derivable = sorted({tr.name for tr in bounds if tr.name in DERIVABLE and len(tr.args) == 1})
            if derivable:
                diag.with_help(f"consider annotating `{self.tcx.adts[adt_id].name}` with "
                               f"`#[derive({', '.join(derivable)})]`")
        self.emit(diag)

    def show_trait_ref(self, tr: TraitRef) -> str:
        tr = self.infcx.zonk_trait_ref(tr)
        rest = f"<{', '.join(display_ty(a) for a in tr.args[1:])}>" if len(tr.args) > 1 else ""
        return f"{display_ty(tr.args[0])}: {tr.name}{rest}"

    def report_no_method(self, e: ast.MethodCall, recv_ty: Ty) -> None:
        shown = self.show(recv_ty)
        kind = self.receiver_kind(recv_ty)
        diag = error(f"no method named `{e.method}` found for {kind} `{shown}` in the current scope", e.name_span,
                     f"method not found in `{shown}`", "E0599")
        for trait_id, trait in self.tcx.traits.items():
            if any(i.name == e.method for i in trait.items) and trait_id not in \
                    self.tcx.res.traits_in_scope.get(self.module, []):
                diag.with_help(f"trait `{trait.name}` which provides `{e.method}` is implemented but not in scope; "
                               f"perhaps you want to import it")
                break
        self.emit(diag)

    def autoderef_steps(self, ty: Ty) -> list[tuple[Ty, bool]]:
        steps: list[tuple[Ty, bool]] = []
        current = ty
        for _ in range(16):
            current = self.resolved(current)
            steps.append((current, False))
            inner = self.builtin_deref_target(current)
            if inner is None:
                inner = self.overloaded_deref_target(current)
            if inner is None:
                break
            current = inner
        last = steps[-1][0]
        if isinstance(last, ArrayTy):
            steps.append((SliceTy(last.elem), True))
        return steps

    def probe(self, recv_ty: Ty, name: str, span, unsatisfied: list[Unsatisfied]) -> Pick | None:  # noqa: ANN001
        for steps, (step_ty, unsize) in enumerate(self.autoderef_steps(recv_ty)):
            if unsize:
                steps -= 1
            for autoref in (None, False, True):
                adjusted = step_ty if autoref is None else RefTy(step_ty, autoref)
                pick = self.probe_inherent(step_ty, adjusted, name, span, unsatisfied) or \
                    self.probe_traits(step_ty, adjusted, name, span, unsatisfied)
                if pick is not None:
                    method, parent_args, trait = pick
                    return Pick(method, parent_args, steps, unsize, autoref, trait)
        return None

    def probe_numeric_var(self, recv_ty: InferTy, name: str, span) -> Pick | None:  # noqa: ANN001
        """`1.cmp(&2)`: as rustc, a `{integer}`/`{float}` receiver finds trait methods (whose
        `Self: Trait` is ambiguous until the literal's type defaults), not inherent ones."""
        if recv_ty.kind not in ("int", "float"):
            return None
        for autoref in (None, False, True):
            adjusted = recv_ty if autoref is None else RefTy(recv_ty, autoref)
            found = self.probe_traits(recv_ty, adjusted, name, span, [])
            if found is not None:
                return Pick(found[0], found[1], 0, False, autoref, found[2])
        return None

    def self_ty_matches(self, method: DefId, args: tuple[Ty, ...], adjusted: Ty) -> bool:
        fn = self.tcx.fns[method]
        if fn.self_kind is thir.SelfKind.NONE or not fn.sig.inputs:
            return False
        own = tuple(self.new_var() for _ in fn.generics.params[fn.generics.own_start:])
        declared = self.normalize(subst(fn.sig.inputs[0], args + own))
        snap = self.infcx.snapshot()
        ok = self.infcx.unify(declared, adjusted)
        self.infcx.rollback_to(snap)
        return ok

    def failed_bounds(self, preds: list[TraitRef]) -> list[TraitRef]:
        """The predicates that definitely do not hold (an unresolved `{integer}` may still
        default to a type that satisfies them)."""
        failed = []
        for p in preds:
            if self.selcx.evaluate(p) is SelectionKind.NONE and not self._has_unresolved_numeric(p):
                failed.append(self.infcx.zonk_trait_ref(p))
        return failed

    def probe_inherent(self, step_ty: Ty, adjusted: Ty, name: str, span,  # noqa: ANN001
                       unsatisfied: list[Unsatisfied]) -> tuple[DefId, tuple[Ty, ...], None] | None:
        key = simplify_type(step_ty)
        if key is None:
            return None
        for impl_id in self.tcx.inherent_impls.get(key, []):
            impl = self.tcx.impls[impl_id]
            method = impl.items.get(name)
            if method is None or method not in self.tcx.fns:
                continue
            snap = self.infcx.snapshot()
            args = tuple(self.new_var(span) for _ in impl.generics.params)
            if self.infcx.unify(subst(impl.self_ty, args), step_ty) and self.self_ty_matches(method, args, adjusted):
                failed = self.failed_bounds([subst_trait_ref(p, args) for p in impl.generics.predicates])
                if not failed:
                    self.register_predicates(impl.generics.predicates, args, span)
                    return method, args, None
                unsatisfied.append(Unsatisfied(failed, None))
            self.infcx.rollback_to(snap)
        return None

    def probe_traits(self, step_ty: Ty, adjusted: Ty, name: str, span,  # noqa: ANN001
                     unsatisfied: list[Unsatisfied]) -> tuple[DefId, tuple[Ty, ...], DefId] | None:
        """As rustc: the trait's `Self` is a fresh variable fixed by unifying the method's
        declared `self` type with the adjusted receiver; then `Self: Trait` must hold."""
        for trait in self.candidate_traits(step_ty):
            method = self.tcx.res.defs[trait].children.get(name)
            if method is None or method not in self.tcx.fns:
                continue
            snap = self.infcx.snapshot()
            args = tuple(self.new_var(span) for _ in self.tcx.generics[trait].params)
            fn = self.tcx.fns[method]
            if fn.self_kind is not thir.SelfKind.NONE and fn.sig.inputs:
                own = tuple(self.new_var() for _ in fn.generics.params[fn.generics.own_start:])
                declared = subst(fn.sig.inputs[0], args + own)
                if self.infcx.unify(declared, adjusted):
                    tr = self.tcx.trait_ref(trait, args)
                    if self.selcx.evaluate(tr) is not SelectionKind.NONE:
                        return method, tuple(self.infcx.zonk(a) for a in args), trait
                    failed = self.selcx.failed_impl_bounds(tr)
                    if failed:
                        unsatisfied.append(Unsatisfied(failed, self.infcx.zonk_trait_ref(tr)))
            self.infcx.rollback_to(snap)
        return None

    def overloaded_deref_target(self, ty: Ty) -> Ty | None:
        """`Target` of the library's `impl Deref for ty` (`Vec<T>` → `[T]`, `String` → `str`)."""
        deref_trait = self.tcx.lang("Deref")
        if deref_trait is None or not isinstance(ty, AdtTy):
            return None
        snap = self.infcx.snapshot()
        sel = self.selcx.select(self.tcx.trait_ref(deref_trait, (ty,)))
        target = None
        if sel.kind is SelectionKind.IMPL:
            assoc = self.tcx.impls[sel.impl_id].assoc_types.get("Target")  # type: ignore[index]
            target = self.infcx.zonk(subst(assoc, sel.impl_args)) if assoc is not None else None
        self.infcx.rollback_to(snap)
        return target

    def adjust_receiver(self, receiver: thir.Expr, pick: Pick) -> thir.Expr:
        expr = receiver
        for _ in range(pick.steps):
            ty = self.resolved(expr.ty)
            inner = self.builtin_deref_target(ty)
            if inner is not None:
                expr = thir.Deref(expr, ty=inner, span=receiver.span)
                continue
            # `*Deref::deref(&expr)`; `make_place_mutable` turns it into `deref_mut` when needed
            inner = self.overloaded_deref_target(ty)
            deref_trait = self.tcx.lang("Deref")
            method = self.trait_item(deref_trait, "deref") if deref_trait is not None else None
            assert inner is not None and method is not None
            borrow = thir.Borrow(expr, False, ty=RefTy(ty, False), span=receiver.span)
            call = self.call_trait_method(method, (ty,), [borrow], RefTy(inner, False), receiver.span,
                                          from_op=True)
            expr = thir.Deref(call, ty=inner, span=receiver.span)
        if pick.unsize:
            ty = self.resolved(expr.ty)
            assert isinstance(ty, ArrayTy)
            borrow = thir.Borrow(expr, bool(pick.autoref), ty=RefTy(ty, bool(pick.autoref)), span=receiver.span)
            if pick.autoref:
                self.make_place_mutable(expr)
            return thir.Cast(thir.CastKind.UNSIZE, borrow, ty=RefTy(SliceTy(ty.elem), bool(pick.autoref)),
                             span=receiver.span)
        if pick.autoref is not None:
            if pick.autoref:
                self.make_place_mutable(expr)
            expr = thir.Borrow(expr, pick.autoref, ty=RefTy(expr.ty, pick.autoref), span=receiver.span)
        return expr
