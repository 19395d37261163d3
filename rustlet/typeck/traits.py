"""Trait selection and projection normalization.

Selection answers "does `Ty: Trait<Args>` hold, and by what?" for a goal whose types
may contain inference variables.  Candidates, as rustc assembles them:
1. where-clauses of the item being checked (its elaborated param env: bounds plus
   supertraits), preferred over impls when they match;
2. built-in impls: `Sized` (all but `str`/`[T]`), `Copy`/`Clone` for references,
   tuples, arrays, `!` and fn items (structurally), `Debug` for tuples, arrays and
   slices, comparisons and `Hash` for arrays (mono calls std::array's functions), the
   operators of primitives with the same primitive on the right (derives are ordinary
   impls, expanded by the parser);
3. the trait's impls: each impl's generics become fresh variables, its trait ref is
   unified with the goal inside a snapshot, and its own where-clauses are evaluated
   recursively (depth-bounded); the snapshot is rolled back.
One candidate: it is confirmed (unified for real) and its nested obligations are
returned.  None: the goal fails.  Several (or a goal whose self type is still an
unresolved type variable, or `{integer}` matching impls for many integer types): the
goal is ambiguous and stays pending until inference knows more; `FnCtxt` retries
pending obligations after each statement-level step and at the end of the body,
after numeric defaults.

Normalization replaces `<T as Trait>::Name` by the impl's definition once the impl is
known, by the where-clause's `Name = X` for a type parameter, and otherwise (self type
unknown) by a fresh variable tied to the projection in a pending obligation.
Cost: selection is linear in the number of impls of the trait times the size of the
types; nesting is bounded by MAX_DEPTH.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum

from rustlet import thir
from rustlet.resolve import DefKind
from rustlet.typeck.context import ProjectionPred, Tcx
from rustlet.typeck.infer import InferCtxt
from rustlet.types import (
    AdtTy, ArrayTy, BoolTy, ClosureTy, DefId, DynTy, ErrorTy, FloatTy, FnDefTy, IntTy, FnPtrTy, InferTy, NeverTy, ParamTy, ProjectionTy, RawPtrTy, RefTy,
    SliceTy, StrTy, TraitRef, TupleTy, Ty, subst, subst_trait_ref,
)

MAX_DEPTH = 8


class SelectionKind(Enum):
    IMPL = "impl"
    PARAM = "param"
    BUILTIN = "builtin"
    AMBIGUOUS = "ambiguous"
    NONE = "none"


@dataclass(slots=True)
class Selection:
    kind: SelectionKind
    impl_id: DefId | None = None
    impl_args: tuple[Ty, ...] = ()
    nested: list[TraitRef] = field(default_factory=list)


def elaborate(tcx: Tcx, preds: list[TraitRef]) -> list[TraitRef]:
    """The predicates plus, transitively, their supertraits."""
    out: list[TraitRef] = []
    seen: set[TraitRef] = set()
    stack = list(preds)
    while stack:
        p = stack.pop(0)
        if p in seen:
            continue
        seen.add(p)
        out.append(p)
        trait = tcx.traits.get(p.def_id)
        if trait is not None:
            stack.extend(subst_trait_ref(s, p.args) for s in trait.supertraits)
    return out


def param_env(tcx: Tcx, item: DefId | None) -> list[TraitRef]:
    if item is None or item not in tcx.generics:
        return []
    return elaborate(tcx, tcx.generics[item].predicates)


def projection_env(tcx: Tcx, item: DefId | None) -> list[ProjectionPred]:
    if item is None:
        return []
    return tcx.projection_preds.get(item, [])


def trait_declaring_assoc_type(tcx: Tcx, tr: TraitRef, name: str) -> TraitRef | None:
    """`tr` or the supertrait of `tr` that declares associated type `name`."""
    for candidate in elaborate(tcx, [tr]):
        trait = tcx.traits.get(candidate.def_id)
        if trait is not None and any(i.name == name and i.kind == "type" for i in trait.items):
            return candidate
    return None


def traits_with_assoc_type(tcx: Tcx, item: DefId | None, param: ParamTy, name: str) -> list[TraitRef]:
    out = []
    for p in param_env(tcx, item):
        if p.args[0] == param:
            found = trait_declaring_assoc_type(tcx, p, name)
            if found is not None and found not in out:
                out.append(found)
    return out


def normalize_projection_in_env(tcx: Tcx, item: DefId | None, proj: ProjectionTy) -> Ty:
    """Normalize a projection written in a signature (no inference context of its own)."""
    selcx = SelectionContext(tcx, InferCtxt(), param_env(tcx, item), projection_env(tcx, item))
    return selcx.normalize(proj, pending=None)


class SelectionContext:
    def __init__(self, tcx: Tcx, infcx: InferCtxt, env: list[TraitRef], projections: list[ProjectionPred]) -> None:
        self.tcx = tcx
        self.infcx = infcx
        self.env = env
        self.projections = projections

    # ── selection ──

    def evaluate(self, tr: TraitRef, depth: int = 0) -> SelectionKind:
        snap = self.infcx.snapshot()
        result = self.select(tr, depth)
        kind = result.kind
        if kind is SelectionKind.IMPL:
            for nested in result.nested:
                sub = self.evaluate(nested, depth + 1)
                if sub is SelectionKind.NONE:
                    kind = SelectionKind.NONE
                    break
        self.infcx.rollback_to(snap)
        return kind

    def select(self, tr: TraitRef, depth: int = 0) -> Selection:
        tr = self.infcx.zonk_trait_ref(tr)
        if any(_has_projection(a) for a in tr.args):
            # A nested goal of an impl (`P: FnMut(&I::Item)`) names the projection; match its value.
            tr = TraitRef(tr.def_id, tuple(self.normalize(a, None) for a in tr.args), tr.name)
        self_ty = self.infcx.shallow(tr.args[0])
        if any(isinstance(a, ErrorTy) for a in tr.args):
            return Selection(SelectionKind.BUILTIN)
        if isinstance(self_ty, InferTy) and self_ty.kind == "ty":
            return Selection(SelectionKind.AMBIGUOUS)
        if depth > MAX_DEPTH:
            return Selection(SelectionKind.AMBIGUOUS)
        # 1. where-clauses (and the declared bounds of a rigid associated type)
        env = self.env + self.assoc_type_bounds(self_ty) if isinstance(self_ty, ProjectionTy) else self.env
        matching = [p for p in env if p.def_id == tr.def_id and self._probe_unify(p.args, tr.args)]
        if len(matching) == 1 or (matching and not self.infcx.has_infer(TupleTy(tr.args))):
            self._unify_all(matching[0].args, tr.args)
            return Selection(SelectionKind.PARAM)
        if matching:
            return Selection(SelectionKind.AMBIGUOUS)
        # 2. built-in
        builtin = self.builtin(tr, self_ty)
        if builtin is not None:
            return builtin
        # 3. impls
        candidates: list[DefId] = []
        for impl_id in self.tcx.trait_impls.get(tr.def_id, []):
            snap = self.infcx.snapshot()
            ok, nested = self._match_impl(impl_id, tr)
            if ok:
                for n in nested:
                    if self.evaluate(n, depth + 1) is SelectionKind.NONE:
                        ok = False
                        break
            self.infcx.rollback_to(snap)
            if ok:
                candidates.append(impl_id)
        if not candidates:
            return Selection(SelectionKind.NONE)
        if len(candidates) > 1:
            return Selection(SelectionKind.AMBIGUOUS)
        impl_id = candidates[0]
        args = self._fresh_impl_args(impl_id)
        impl = self.tcx.impls[impl_id]
        assert impl.trait_ref is not None
        self._unify_all(subst_trait_ref(impl.trait_ref, args).args, tr.args)
        self._impl_projections_hold(impl_id, args)
        nested = [subst_trait_ref(p, args) for p in impl.generics.predicates]
        return Selection(SelectionKind.IMPL, impl_id, args, nested)

    def failed_impl_bounds(self, tr: TraitRef) -> list[TraitRef]:
        """For a goal that does not hold: the where-clauses that fail in the first impl
        whose header matches it (zonked), or [] when no impl header matches."""
        for impl_id in self.tcx.trait_impls.get(tr.def_id, []):
            snap = self.infcx.snapshot()
            ok, nested = self._match_impl(impl_id, tr)
            failed = [self.infcx.zonk_trait_ref(n) for n in nested if self.evaluate(n) is SelectionKind.NONE] \
                if ok else []
            self.infcx.rollback_to(snap)
            if failed:
                return failed
        return []

    def _impl_projections_hold(self, impl_id: DefId, args: tuple[Ty, ...]) -> bool:
        """The impl's `I: Iterator<Item = &'a T>` bounds: unify each projection with its
        bound type (this is what determines `T` from `I`)."""
        for pred in self.tcx.projection_preds.get(impl_id, []):
            tr = subst_trait_ref(pred.trait_ref, args)
            actual = self.normalize_projection(tr, pred.name, None)
            if isinstance(self.infcx.shallow(actual), ProjectionTy) and not _is_rigid(actual):  # type: ignore[arg-type]
                continue  # not known yet
            if not self.infcx.unify(actual, self.normalize(subst(pred.ty, args), None)):
                return False
        return True

    def assoc_type_bounds(self, proj: ProjectionTy) -> list[TraitRef]:
        """`<U as IntoIterator>::IntoIter: Iterator` from the trait's `type IntoIter: Iterator`,
        and the bounds' supertraits."""
        bounds = self.tcx.assoc_type_bounds.get((proj.trait_ref.def_id, proj.name), [])
        return elaborate(self.tcx, [subst_trait_ref(b, proj.trait_ref.args) for b in bounds])

    def _fresh_impl_args(self, impl_id: DefId) -> tuple[Ty, ...]:
        return tuple(self.infcx.new_var() for _ in self.tcx.impls[impl_id].generics.params)

    def _match_impl(self, impl_id: DefId, tr: TraitRef) -> tuple[bool, list[TraitRef]]:
        impl = self.tcx.impls[impl_id]
        if impl.trait_ref is None:
            return False, []
        args = self._fresh_impl_args(impl_id)
        impl_tr = subst_trait_ref(impl.trait_ref, args)
        if not self._unify_all(impl_tr.args, tr.args) or not self._impl_projections_hold(impl_id, args):
            return False, []
        return True, [subst_trait_ref(p, args) for p in impl.generics.predicates]

    def _probe_unify(self, a: tuple[Ty, ...], b: tuple[Ty, ...]) -> bool:
        snap = self.infcx.snapshot()
        ok = self._unify_all(a, b)
        self.infcx.rollback_to(snap)
        return ok

    def _unify_all(self, a: tuple[Ty, ...], b: tuple[Ty, ...]) -> bool:
        return len(a) == len(b) and self.infcx.unify(TupleTy(a), TupleTy(b))

    def builtin(self, tr: TraitRef, self_ty: Ty) -> Selection | None:
        tcx = self.tcx
        lang = tcx.res.lang_items
        trait = tr.def_id
        if trait == lang.get("Sized"):
            ok = not isinstance(self_ty, (StrTy, SliceTy, DynTy))
            return Selection(SelectionKind.BUILTIN if ok else SelectionKind.NONE)
        if trait in (lang.get("Copy"), lang.get("Clone")):
            match self_ty:
                case RefTy(mutable=False) | RawPtrTy() | NeverTy() | FnDefTy() | FnPtrTy():
                    return Selection(SelectionKind.BUILTIN)
                case RefTy(mutable=True):
                    return Selection(SelectionKind.NONE)
                case TupleTy(elems=elems):
                    return Selection(SelectionKind.BUILTIN, nested=[TraitRef(trait, (e,), tr.name) for e in elems])
                case ArrayTy(elem=elem):
                    return Selection(SelectionKind.BUILTIN, nested=[TraitRef(trait, (elem,), tr.name)])
        if trait in (lang.get("PartialEq"), lang.get("PartialOrd"), lang.get("Eq"), lang.get("Ord")) and \
                isinstance(self_ty, (ArrayTy, SliceTy)):  # tuples: the library's impls (tuple.rl)
            return self.builtin_comparison(tr, self_ty)
        operator = self.builtin_operator(tr, self_ty)
        if operator is not None:
            return operator
        fn_kind = fn_trait_kind(tcx, trait)
        if fn_kind is not None and isinstance(self_ty, RefTy):
            # `&F: Fn` when `F: Fn`; `&mut F: FnMut` when `F: FnMut` (the library's forwarding impls).
            needed = "Fn" if fn_kind == "Fn" or not self_ty.mutable else "FnMut"
            return Selection(SelectionKind.BUILTIN,
                             nested=[TraitRef(lang[needed], (self_ty.inner,) + tr.args[1:], needed)])
        if fn_kind is not None:
            callable_sig = self.callable_sig(self_ty)
            if callable_sig is not None:
                return self.builtin_fn_trait(tr, self_ty, fn_kind, callable_sig)
        if isinstance(self_ty, ClosureTy) and trait in (lang.get("Copy"), lang.get("Clone")):
            info = tcx.closures.get(self_ty.def_id)
            if info is not None and info.kind is None:
                return Selection(SelectionKind.AMBIGUOUS)  # the upvars are known after capture analysis
            return Selection(SelectionKind.BUILTIN, nested=[TraitRef(trait, (u,), tr.name) for u in self_ty.upvars])
        if isinstance(self_ty, DynTy):
            for candidate in elaborate(tcx, [self_ty.principal]):
                if candidate.def_id == trait and self._probe_unify(candidate.args[1:], tr.args[1:]):
                    self._unify_all(candidate.args[1:], tr.args[1:])
                    return Selection(SelectionKind.BUILTIN)
        if trait == lang.get("Hash") and isinstance(self_ty, ArrayTy):
            # `[T; N]: Hash` needs const generics: built in (mono calls std::array::hash)
            return Selection(SelectionKind.BUILTIN, nested=[TraitRef(trait, (self_ty.elem,), tr.name)])
        if trait == lang.get("Debug") and isinstance(self_ty, (TupleTy, ArrayTy, SliceTy)):
            # the library's impls need variadic / const generics: built in (mono calls
            # std::fmt::builtin_debug); `()` has a library impl
            elems = self_ty.elems if isinstance(self_ty, TupleTy) else (self_ty.elem,)
            if elems:
                return Selection(SelectionKind.BUILTIN, nested=[TraitRef(trait, (e,), tr.name) for e in elems])
        return None

    def operator_category(self, trait: DefId, self_ty: Ty) -> str | None:
        """Which built-in operator impl `self_ty: trait` is, if any: the primitive
        arithmetic, bit, shift and unary operators (rustc's library impls for scalars)."""
        name = next((n for n, cats in OPERATOR_TRAITS.items() if self.tcx.lang(n) == trait), None)
        if name is None:
            return None
        int_like = isinstance(self_ty, IntTy) or (isinstance(self_ty, InferTy) and self_ty.kind == "int")
        float_like = isinstance(self_ty, FloatTy) or (isinstance(self_ty, InferTy) and self_ty.kind == "float")
        kind = "int" if int_like else "float" if float_like else "bool" if isinstance(self_ty, BoolTy) else None
        if kind is None or kind not in OPERATOR_TRAITS[name]:
            return None
        if name == "Neg" and isinstance(self_ty, IntTy) and not self_ty.kind.signed:
            return None
        return name

    def builtin_operator(self, tr: TraitRef, self_ty: Ty) -> Selection | None:
        name = self.operator_category(tr.def_id, self_ty)
        if name is None:
            return None
        if len(tr.args) > 1:
            rhs = self.infcx.shallow(tr.args[1])
            if isinstance(rhs, RefTy):
                rhs = self.infcx.shallow(rhs.inner)  # `i32 + &i32`
            # another right side (`f64 * Vec2`) may have an impl in the program
            if name in ("Shl", "Shr"):
                if not (isinstance(rhs, IntTy) or (isinstance(rhs, InferTy) and rhs.kind in ("int", "ty"))):
                    return None
            elif not self.infcx.unify(rhs, self_ty):
                return None
        return Selection(SelectionKind.BUILTIN)

    def callable_sig(self, ty: Ty) -> thir.FnSig | None:
        """The signature of a closure, fn item or fn pointer (what implements the Fn traits)."""
        match ty:
            case ClosureTy(def_id=d, args=args):
                info = self.tcx.closures.get(d)
                if info is None:
                    fn = self.tcx.fns.get(d)
                    return thir.FnSig(tuple(subst(t, args) for t in fn.sig.inputs), subst(fn.sig.output, args)) \
                        if fn is not None else None
                return thir.FnSig(tuple(subst(t, args) for t in info.sig.inputs), subst(info.sig.output, args))
            case FnDefTy(def_id=d, args=args):
                fn = self.tcx.fns.get(d)
                if fn is None:
                    return None
                return thir.FnSig(tuple(self.normalize(subst(t, args), None) for t in fn.sig.inputs),
                                  self.normalize(subst(fn.sig.output, args), None))
            case FnPtrTy(params=params, ret=ret):
                return thir.FnSig(params, ret)
            case RefTy(inner=inner):
                return self.callable_sig(self.infcx.shallow(inner))
            case DynTy(principal=p, projections=projections) if fn_trait_kind(self.tcx, p.def_id) is not None:
                inputs = self.infcx.shallow(p.args[1]) if len(p.args) > 1 else TupleTy(())
                output = dict(projections).get("Output", TupleTy(()))
                return thir.FnSig(inputs.elems if isinstance(inputs, TupleTy) else (), output)
        return None

    def builtin_fn_trait(self, tr: TraitRef, self_ty: Ty, kind: str, sig: thir.FnSig) -> Selection:
        """`closure: FnMut<(A,)>`: the argument tuple must be the signature's inputs and the
        closure's kind must allow the call (Fn ⊂ FnMut ⊂ FnOnce).  A closure whose kind
        capture analysis has not decided yet is ambiguous for Fn/FnMut."""
        if len(tr.args) > 1 and not self.infcx.unify(tr.args[1], TupleTy(sig.inputs)):
            return Selection(SelectionKind.NONE)
        actual: str | None = "Fn"  # fn items and pointers implement all three
        if isinstance(self_ty, ClosureTy):
            info = self.tcx.closures.get(self_ty.def_id)
            actual = info.kind if info is not None else self.tcx.fns[self_ty.def_id].closure_kind
            if actual is None:
                return Selection(SelectionKind.BUILTIN if kind == "FnOnce" else SelectionKind.AMBIGUOUS)
        elif isinstance(self_ty, DynTy):
            actual = fn_trait_kind(self.tcx, self_ty.principal.def_id)
        if actual is not None and FN_KIND_ORDER.index(actual) > FN_KIND_ORDER.index(kind):
            return Selection(SelectionKind.NONE)
        return Selection(SelectionKind.BUILTIN)

    def builtin_comparison(self, tr: TraitRef, self_ty: Ty) -> Selection:
        """Arrays and slices compare element-wise (the library's impls need const generics;
        mono calls std::array's functions)."""
        rhs = self.infcx.shallow(tr.args[1]) if len(tr.args) > 1 else self_ty
        if len(tr.args) > 1 and isinstance(rhs, InferTy):
            self.infcx.unify(rhs, self_ty)
            rhs = self_ty
        if isinstance(self_ty, TupleTy):
            if not isinstance(rhs, TupleTy) or len(rhs.elems) != len(self_ty.elems):
                return Selection(SelectionKind.NONE)
            pairs = list(zip(self_ty.elems, rhs.elems))
        else:
            if type(rhs) is not type(self_ty) or (isinstance(self_ty, ArrayTy) and self_ty.length != rhs.length):  # type: ignore[union-attr]
                return Selection(SelectionKind.NONE)
            pairs = [(self_ty.elem, rhs.elem)]  # type: ignore[union-attr]
        nested = [TraitRef(tr.def_id, (a, b) if len(tr.args) > 1 else (a,), tr.name) for a, b in pairs]
        return Selection(SelectionKind.BUILTIN, nested=nested)

    # ── normalization ──

    def normalize(self, ty: Ty, pending: list | None) -> Ty:
        """Replace the projections in `ty` that can be resolved now."""
        ty = self.infcx.shallow(ty)
        match ty:
            case ProjectionTy(trait_ref=tr, name=name):
                tr = TraitRef(tr.def_id, tuple(self.normalize(a, pending) for a in tr.args), tr.name)
                return self.normalize_projection(tr, name, pending)
            case TupleTy(elems=elems):
                return TupleTy(tuple(self.normalize(e, pending) for e in elems))
            case ArrayTy(elem=elem, length=n):
                return ArrayTy(self.normalize(elem, pending), n)
            case SliceTy(elem=elem):
                return SliceTy(self.normalize(elem, pending))
            case RefTy(inner=inner, mutable=m, region=r):
                return RefTy(self.normalize(inner, pending), m, r)
            case RawPtrTy(inner=inner, mutable=m):
                return RawPtrTy(self.normalize(inner, pending), m)
            case AdtTy(def_id=d, args=a, name=n):
                return AdtTy(d, tuple(self.normalize(x, pending) for x in a), n) if a else ty
            case FnDefTy(def_id=d, args=a):
                return FnDefTy(d, tuple(self.normalize(x, pending) for x in a))
            case FnPtrTy(params=ps, ret=ret):
                return FnPtrTy(tuple(self.normalize(p, pending) for p in ps), self.normalize(ret, pending))
        return ty

    def normalize_projection(self, tr: TraitRef, name: str, pending: list | None) -> Ty:
        declaring = trait_declaring_assoc_type(self.tcx, tr, name)
        if declaring is not None:
            tr = declaring
        self_ty = self.infcx.shallow(tr.args[0])
        unknown_self = isinstance(self_ty, InferTy) and self_ty.kind == "ty"
        for p in self.projections if not unknown_self else ():
            if p.name == name and p.trait_ref.def_id == tr.def_id and self._probe_unify(p.trait_ref.args, tr.args):
                self._unify_all(p.trait_ref.args, tr.args)
                return p.ty
        if isinstance(self_ty, ProjectionTy):
            key = (self_ty.trait_ref.def_id, self_ty.name)
            for p in self.tcx.assoc_type_projections.get(key, []):
                bound = subst_trait_ref(p.trait_ref, self_ty.trait_ref.args)
                if p.name == name and bound.def_id == tr.def_id and self._probe_unify(bound.args, tr.args):
                    self._unify_all(bound.args, tr.args)
                    return self.normalize(subst(p.ty, self_ty.trait_ref.args), pending)
            if _is_rigid(self_ty):
                return ProjectionTy(tr, name)
        if isinstance(self_ty, ParamTy):
            return ProjectionTy(tr, name)
        if name == "Output" and self.operator_category(tr.def_id, self_ty) is not None:
            snap = self.infcx.snapshot()
            builtin = self.builtin_operator(tr, self_ty)
            self.infcx.rollback_to(snap)
            if builtin is not None:
                return self_ty  # else an impl with another right side: `<f64 as Mul<Vec2>>::Output`
        if name == "Output" and fn_trait_kind(self.tcx, tr.def_id) is not None:
            sig = self.callable_sig(self_ty)
            if sig is not None:
                if len(tr.args) > 1:
                    self.infcx.unify(tr.args[1], TupleTy(sig.inputs))
                return sig.output
        if isinstance(self_ty, DynTy):
            found = dict(self_ty.projections).get(name)
            if found is not None:
                return found
        snap = self.infcx.snapshot()
        sel = self.select(tr)
        if sel.kind is SelectionKind.IMPL:
            assert sel.impl_id is not None
            impl = self.tcx.impls[sel.impl_id]
            found = impl.assoc_types.get(name)
            if found is not None:
                return self.normalize(subst(found, sel.impl_args), pending)
        self.infcx.rollback_to(snap)
        if sel.kind is SelectionKind.AMBIGUOUS and pending is not None:
            var = self.infcx.new_var()
            pending.append((tr, name, var))
            return var
        return ProjectionTy(tr, name)


FN_KIND_ORDER = ("Fn", "FnMut", "FnOnce")
# The operator traits primitives implement built-in, and for which kinds of scalars.
OPERATOR_TRAITS = {
    "Add": ("int", "float"), "Sub": ("int", "float"), "Mul": ("int", "float"), "Div": ("int", "float"),
    "Rem": ("int", "float"), "BitAnd": ("int", "bool"), "BitOr": ("int", "bool"), "BitXor": ("int", "bool"),
    "Shl": ("int",), "Shr": ("int",), "Neg": ("int", "float"), "Not": ("int", "bool"),
    "AddAssign": ("int", "float"), "SubAssign": ("int", "float"), "MulAssign": ("int", "float"),
    "DivAssign": ("int", "float"), "RemAssign": ("int", "float"),
}


def fn_trait_kind(tcx: Tcx, trait: DefId) -> str | None:
    """"Fn" / "FnMut" / "FnOnce" when `trait` is one of the closure traits."""
    for name in FN_KIND_ORDER:
        if tcx.lang(name) == trait:
            return name
    return None


def is_trait_item_of(tcx: Tcx, def_id: DefId) -> DefId | None:
    parent = tcx.parent(def_id)
    if parent is not None and tcx.kind(parent) is DefKind.TRAIT:
        return parent
    return None


def _has_projection(ty: Ty) -> bool:
    match ty:
        case ProjectionTy():
            return True
        case RefTy(inner=inner) | RawPtrTy(inner=inner) | SliceTy(elem=inner) | ArrayTy(elem=inner):
            return _has_projection(inner)
        case TupleTy(elems=elems):
            return any(_has_projection(e) for e in elems)
        case AdtTy(args=args):
            return any(_has_projection(a) for a in args)
    return False


def _is_rigid(proj: ProjectionTy) -> bool:
    """A projection on a type parameter (`<T as Trait>::Name`, nested or not): it stays as it is."""
    base: Ty = proj
    while isinstance(base, ProjectionTy):
        base = base.trait_ref.args[0]
    return isinstance(base, ParamTy)
