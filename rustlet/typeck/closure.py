"""Closure expressions: signature deduction, the body, and the callee side of calls.

`check_closure` types `|a, b| body` as rustc's `check_expr_closure` does:
1. the expected signature is deduced from the expectation (rustc's
   `deduce_closure_signature`): an inference variable that is the self type of a
   pending `?F: Fn*<(A, B)>` obligation (with `<?F as FnOnce<..>>::Output` pending as a
   projection), a `dyn Fn*(A, B) -> R`, or a fn pointer type;
2. each parameter's type is its annotation, else the expected input, else a fresh
   variable (still unresolved at the end of the body: E0282); the return type likewise;
3. the body is checked with the closure's return type as the target of `return`;
4. the closure gets the type `ClosureTy(def_id, <enclosing generics>, ())` and a
   `thir.FnDef` (its body) in the program.  Its upvars and kind are not known until the
   whole enclosing body is inferred: capture analysis (upvar.py) runs at the end of the
   enclosing body and fills them in; until then selection treats `closure: Fn` and
   `closure: FnMut` as ambiguous (FnOnce always holds).

Calls (`callee_signature`): a callee of closure type, a type parameter bounded by a
`Fn*` trait, `dyn Fn*` (behind `&`, `&mut` or `Box`), a fn item or a fn pointer.  The
callee is auto-dereferenced through `&` and `Box` as rustc's `try_overloaded_call_step`
does; the THIR call's `func` is the callee place itself (MIR building borrows it the way
its kind takes `self`), a `&dyn Fn*` for trait objects, a reborrow for `&mut F`.
"""
from __future__ import annotations

from dataclasses import dataclass

from rustlet import ast, thir
from rustlet.source import Span
from rustlet.typeck.astconv import LowerEnv, lower_trait_ref, lower_ty, self_ty_of
from rustlet.typeck.context import ClosureInfo, ProjectionPred
from rustlet.typeck.traits import fn_trait_kind
from rustlet.types import (
    AdtTy, ClosureTy, DynTy, ErrorTy, FnDefTy, FnPtrTy, InferTy, ParamTy, ProjectionTy, RefTy, TupleTy, Ty,
)


@dataclass(slots=True)
class PendingClosure:
    """A closure whose captures are decided at the end of the enclosing body."""

    node: thir.Closure
    fn: thir.FnDef
    own_locals: set[int]  # locals declared inside the closure (parameters, lets, nested closures')
    is_move: bool
    expected_kind: str | None  # the kind the expectation fixed (None: inferred from the body)


@dataclass(slots=True)
class Callee:
    """A callable value resolved for a call: the expression to call and its signature."""

    func: thir.Expr
    sig: thir.FnSig


class ClosureChecker:
    # ── closure expressions ──

    def check_closure(self, e: ast.Closure, expected: Ty | None) -> thir.Expr:
        tcx = self.tcx
        def_id = tcx.res.item_defs[e.id]
        expected_sig, expected_kind = self.deduce_closure_signature(expected, len(e.params))
        env = self.lower_env()
        inputs: list[Ty] = []
        for i, p in enumerate(e.params):
            exp_input = expected_sig.inputs[i] if expected_sig is not None else None
            if p.ty is not None:
                ty = self.normalize(lower_ty(tcx, p.ty, env))
                if exp_input is not None:
                    self.unify_or_report(p.span, exp_input, ty)
            else:
                ty = exp_input if exp_input is not None else self.new_var(p.pat.span)
            inputs.append(ty)
        if e.ret is not None:
            ret = self.normalize(lower_ty(tcx, e.ret, env))
            if expected_sig is not None:
                self.infcx.unify(expected_sig.output, ret)
        else:
            ret = expected_sig.output if expected_sig is not None else self.new_var(e.body.span)
        sig = thir.FnSig(tuple(inputs), ret)
        tcx.closures[def_id] = ClosureInfo(sig)
        first_local = len(self.local_ids)
        params = [thir.Param(self.check_pat_top(p.pat, ty), ty) for p, ty in zip(e.params, inputs)]
        saved_ret = self.ret_ty
        self.ret_ty = ret
        body = self.check_expr_coerce(e.body, ret)
        self.ret_ty = saved_ret
        info = tcx.res.defs[def_id]
        # no `inline` of its own: as in rustc, the enclosing fn's `#[inline]` is not inherited
        fn = thir.FnDef(def_id, info.name, info.path, tcx.generics[def_id], sig, params, body, e.span,
                        closure_kind=None, crate=info.crate)
        tcx.fns[def_id] = fn
        closure_ty = ClosureTy(def_id, tcx.identity_args(def_id), ())
        node = thir.Closure(def_id, [], ty=closure_ty, span=e.span)
        self.pending_closures.append(PendingClosure(node, fn, set(self.local_ids[first_local:]), e.is_move,
                                                    expected_kind))
        return node

    def deduce_closure_signature(self, expected: Ty | None, arity: int) -> tuple[thir.FnSig | None, str | None]:
        """The signature, and the kind, the expectation gives the closure (rustc: a closure
        checked against an `Fn*` bound *is* of that kind; the body's needs are then
        checked by the borrow checker, E0594 / E0507)."""
        if expected is None:
            return None, None
        exp = self.resolved(expected)
        sig: thir.FnSig | None = None
        kind: str | None = None
        match exp:
            case InferTy(kind="ty"):
                sig, kind = self.signature_from_obligations(exp)
            case DynTy(principal=principal) if fn_trait_kind(self.tcx, principal.def_id) is not None:
                sig, kind = self.selcx.callable_sig(exp), fn_trait_kind(self.tcx, principal.def_id)
            case FnPtrTy(params=params, ret=ret):
                sig = thir.FnSig(params, ret)
        if sig is not None and len(sig.inputs) != arity:
            return None, None  # E0593 is reported when the obligation fails; infer from the body meanwhile
        return sig, kind

    def signature_from_obligations(self, var: InferTy) -> tuple[thir.FnSig | None, str | None]:
        """`?F: Fn*<(A, B)>` pending, plus `<?F as FnOnce<(A, B)>>::Output` pending as a projection."""
        for tr, _ in self.obligations:
            self_ty = self.shallow(tr.args[0])
            if not (isinstance(self_ty, InferTy) and self_ty.var == var.var):
                continue
            if fn_trait_kind(self.tcx, tr.def_id) is None or len(tr.args) < 2:
                continue
            args = self.resolved(self.normalize(tr.args[1]))
            if not isinstance(args, TupleTy):
                continue
            output: Ty | None = None
            for ptr, name, proj_var in self.pending_projections:
                proj_self = self.shallow(ptr.args[0])
                if name == "Output" and isinstance(proj_self, InferTy) and proj_self.var == var.var and \
                        fn_trait_kind(self.tcx, ptr.def_id) is not None:
                    output = proj_var
                    break
            if output is None:
                fn_once = self.tcx.lang("FnOnce")
                output = self.normalize(ProjectionTy(self.tcx.trait_ref(fn_once, (var, args)), "Output"))  # type: ignore[arg-type]
            return thir.FnSig(args.elems, output), fn_trait_kind(self.tcx, tr.def_id)
        return None, None

    # ── `impl Trait` in return position ──

    def lower_opaque_return(self, node: ast.FnDecl) -> Ty:
        """The declared output with each `impl Trait` replaced by a fresh variable bounded
        by its traits: the body's checking infers the hidden type (rustc's opaque type
        inference, with the hidden type then written into the signature so that callers
        and mono see the concrete type)."""
        assert node.ret is not None
        env = self.lower_env()
        env.self_ty = self_ty_of(self.tcx, self.tcx.parent(self.item)) if self.item is not None else None
        env.opaque = lambda opaque: self.new_opaque_var(opaque, env)
        return self.normalize(lower_ty(self.tcx, node.ret, env))

    def new_opaque_var(self, opaque: ast.ImplTraitType, env: LowerEnv) -> Ty:
        var = self.new_var(opaque.span)
        projections: list[ProjectionPred] = []
        for bound in opaque.bounds:
            if isinstance(bound, ast.TraitBound) and not bound.maybe:
                tr = lower_trait_ref(self.tcx, bound.path, var, env, projections)
                if tr is not None:
                    self.register(tr, opaque.span)
        for pred in projections:
            actual = self.normalize(ProjectionTy(pred.trait_ref, pred.name))
            self.infcx.unify(actual, self.normalize(pred.ty))
        return var

    # ── calls of callable values ──

    def callee_signature(self, func: thir.Expr, span: Span) -> Callee | None:
        """Auto-deref the callee until something callable: fn item, fn pointer, closure,
        `F: Fn*` parameter or `dyn Fn*`.  None when nothing is (the caller reports E0618)."""
        expr = func
        for _ in range(8):
            ty = self.resolved(expr.ty)
            match ty:
                case FnDefTy(def_id=d, args=args):
                    return Callee(expr, self.fn_sig_of(d, args))
                case FnPtrTy(params=params, ret=ret):
                    return Callee(expr, thir.FnSig(params, ret))
                case ClosureTy() | ParamTy():
                    sig = self.selcx.callable_sig(ty) if isinstance(ty, ClosureTy) else self.param_fn_sig(ty)
                    if sig is None:
                        return None
                    return Callee(self.callee_place(expr, func), sig)
                case DynTy(principal=principal) if fn_trait_kind(self.tcx, principal.def_id) is not None:
                    sig = self.selcx.callable_sig(ty)
                    if sig is None or expr is func:
                        return None  # an unsized `dyn Fn` value cannot be called by value
                    mutable = fn_trait_kind(self.tcx, principal.def_id) != "Fn"
                    return Callee(self.callee_dyn_ref(expr, mutable), sig)
                case ErrorTy():
                    return None
            inner = self.builtin_deref_target(ty)
            if inner is None:
                return None
            expr = thir.Deref(expr, ty=inner, span=expr.span)
        return None

    def callee_place(self, place: thir.Expr, original: thir.Expr) -> thir.Expr:
        """The closure value to call.  A `&F` callee is passed as is (MIR calls through the
        reference); `&mut F` is reborrowed so that the variable stays usable."""
        if place is original:
            return place
        if isinstance(place, thir.Deref) and place.operand is original:
            ref = self.shallow(original.ty)
            if isinstance(ref, RefTy):
                return self.reborrow(original, True) if ref.mutable else original
        return place  # through a Box (or several references): the place itself

    def callee_dyn_ref(self, place: thir.Deref, mutable: bool) -> thir.Expr:
        """`&dyn Fn*` from the place `*p` of a `&dyn`, `&mut dyn` or `Box<dyn>` callee."""
        pointer = self.shallow(place.operand.ty)
        if isinstance(pointer, RefTy) and not (mutable and pointer.mutable):
            return place.operand
        if mutable:
            self.make_place_mutable(place)
        return thir.Borrow(place, mutable, ty=RefTy(place.ty, mutable), span=place.span)

    def param_fn_sig(self, param: ParamTy) -> thir.FnSig | None:
        """The signature a `F: Fn*(A) -> R` bound (a where-clause of the body) gives `F`."""
        fn_once = self.tcx.lang("FnOnce")
        for pred in self.selcx.env:
            if pred.args[0] != param or fn_trait_kind(self.tcx, pred.def_id) is None or len(pred.args) < 2:
                continue
            args = self.normalize(pred.args[1])
            if not isinstance(args, TupleTy) or fn_once is None:
                continue
            output = self.normalize(ProjectionTy(self.tcx.trait_ref(fn_once, (param, args)), "Output"))
            return thir.FnSig(args.elems, output)
        return None

    def closure_kind_of_callee(self, ty: Ty) -> str | None:
        """The kind of a callee type as capture analysis needs it (how the call uses the value)."""
        match ty:
            case ClosureTy(def_id=d):
                info = self.tcx.closures.get(d)
                return (info.kind if info is not None else self.tcx.fns[d].closure_kind) or "Fn"
            case ParamTy():
                for pred in self.selcx.env:
                    if pred.args[0] == ty:
                        kind = fn_trait_kind(self.tcx, pred.def_id)
                        if kind is not None:
                            return kind
            case DynTy(principal=principal):
                return fn_trait_kind(self.tcx, principal.def_id)
            case AdtTy():
                return None
        return None
