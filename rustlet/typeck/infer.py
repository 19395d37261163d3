"""The unification table for one body's inference variables.

Three kinds of variables, as rustc: general type variables (`?T`), integer variables
(`{integer}`, from unsuffixed integer literals: they unify only with integer types) and
float variables (`{float}`).  A variable is bound to a type (possibly another
variable); `shallow` follows the chain, `zonk` rebuilds a type with every bound
variable replaced.  `unify` is structural; a failed unification is rolled back through
the undo log so it leaves no half-bound variables (`snapshot` / `rollback_to` give the
same to method probing and trait selection, which try candidates speculatively).

At the end of a body, unbound `{integer}` variables default to i32 and `{float}` to
f64 (`apply_numeric_defaults`).  Costs: `unify` is linear in the size of the types;
chains are short because binding always targets the representative.
"""
from __future__ import annotations

from rustlet.source import Span
from rustlet.types import (
    F64, I32, AdtTy, ArrayTy, DynTy, FloatTy, FnDefTy, FnPtrTy, InferTy, IntTy, ProjectionTy, RawPtrTy,
    RefTy, SliceTy, TraitRef, TupleTy, Ty, ClosureTy,
)


class InferCtxt:
    def __init__(self) -> None:
        self.values: list[Ty | None] = []
        self.kinds: list[str] = []
        self.origins: list[Span | None] = []
        self.undo_log: list[int] = []  # variables bound, in order

    # ── variables ──

    def new_var(self, span: Span | None = None, kind: str = "ty") -> InferTy:
        self.values.append(None)
        self.kinds.append(kind)
        self.origins.append(span)
        return InferTy(len(self.values) - 1, kind)

    def snapshot(self) -> int:
        return len(self.undo_log)

    def rollback_to(self, snapshot: int) -> None:
        while len(self.undo_log) > snapshot:
            self.values[self.undo_log.pop()] = None

    def bind(self, var: int, ty: Ty) -> None:
        self.values[var] = ty
        self.undo_log.append(var)

    def shallow(self, ty: Ty) -> Ty:
        while isinstance(ty, InferTy):
            value = self.values[ty.var]
            if value is None:
                return InferTy(ty.var, self.kinds[ty.var])
            ty = value
        return ty

    def zonk(self, ty: Ty) -> Ty:
        ty = self.shallow(ty)
        match ty:
            case InferTy():
                return ty
            case TupleTy(elems=elems):
                return TupleTy(tuple(self.zonk(e) for e in elems))
            case ArrayTy(elem=elem, length=n):
                return ArrayTy(self.zonk(elem), n)
            case SliceTy(elem=elem):
                return SliceTy(self.zonk(elem))
            case RefTy(inner=inner, mutable=m, region=r):
                return RefTy(self.zonk(inner), m, r)
            case RawPtrTy(inner=inner, mutable=m):
                return RawPtrTy(self.zonk(inner), m)
            case AdtTy(def_id=d, args=a, name=n):
                return AdtTy(d, tuple(self.zonk(x) for x in a), n) if a else ty
            case FnDefTy(def_id=d, args=a):
                return FnDefTy(d, tuple(self.zonk(x) for x in a))
            case FnPtrTy(params=ps, ret=ret):
                return FnPtrTy(tuple(self.zonk(p) for p in ps), self.zonk(ret))
            case ProjectionTy(trait_ref=tr, name=n):
                return ProjectionTy(self.zonk_trait_ref(tr), n)
            case ClosureTy(def_id=d, args=a, upvars=u):
                return ClosureTy(d, tuple(self.zonk(x) for x in a), tuple(self.zonk(x) for x in u))
            case DynTy(principal=p, projections=projs):
                return DynTy(self.zonk_trait_ref(p), tuple((n, self.zonk(t)) for n, t in projs))
        return ty

    def zonk_trait_ref(self, tr: TraitRef) -> TraitRef:
        return TraitRef(tr.def_id, tuple(self.zonk(a) for a in tr.args), tr.name)

    def has_infer(self, ty: Ty) -> bool:
        ty = self.zonk(ty)
        return _contains_infer(ty)

    # ── unification ──

    def unify(self, a: Ty, b: Ty) -> bool:
        start = self.snapshot()
        if self._unify(a, b):
            return True
        self.rollback_to(start)
        return False

    def _unify(self, a: Ty, b: Ty) -> bool:  # noqa: C901 — one case per type constructor
        a = self.shallow(a)
        b = self.shallow(b)
        if a == b and type(a) is type(b):
            return True
        if isinstance(a, InferTy) or isinstance(b, InferTy):
            return self._unify_var(a, b)
        match a:
            case TupleTy(elems=ea):
                return isinstance(b, TupleTy) and len(ea) == len(b.elems) and all(
                    self._unify(x, y) for x, y in zip(ea, b.elems))
            case ArrayTy(elem=ea, length=na):
                return isinstance(b, ArrayTy) and na == b.length and self._unify(ea, b.elem)
            case SliceTy(elem=ea):
                return isinstance(b, SliceTy) and self._unify(ea, b.elem)
            case RefTy(inner=ia, mutable=ma):
                return isinstance(b, RefTy) and ma == b.mutable and self._unify(ia, b.inner)
            case RawPtrTy(inner=ia, mutable=ma):
                return isinstance(b, RawPtrTy) and ma == b.mutable and self._unify(ia, b.inner)
            case AdtTy(def_id=da, args=aa):
                return isinstance(b, AdtTy) and da == b.def_id and len(aa) == len(b.args) and all(
                    self._unify(x, y) for x, y in zip(aa, b.args))
            case FnDefTy(def_id=da, args=aa):
                return isinstance(b, FnDefTy) and da == b.def_id and all(self._unify(x, y) for x, y in zip(aa, b.args))
            case FnPtrTy(params=pa, ret=ra):
                return isinstance(b, FnPtrTy) and len(pa) == len(b.params) and all(
                    self._unify(x, y) for x, y in zip(pa, b.params)) and self._unify(ra, b.ret)
            case ProjectionTy(trait_ref=ta, name=na):
                return isinstance(b, ProjectionTy) and na == b.name and ta.def_id == b.trait_ref.def_id and all(
                    self._unify(x, y) for x, y in zip(ta.args, b.trait_ref.args))
            case ClosureTy(def_id=da, args=aa):
                return isinstance(b, ClosureTy) and da == b.def_id and all(self._unify(x, y) for x, y in zip(aa, b.args))
            case DynTy(principal=pa, projections=qa):
                return isinstance(b, DynTy) and pa.def_id == b.principal.def_id and \
                    len(qa) == len(b.projections) and all(self._unify(x, y) for x, y in zip(pa.args, b.principal.args)) \
                    and all(na == nb and self._unify(x, y) for (na, x), (nb, y) in zip(qa, b.projections))
        return a == b

    def _unify_var(self, a: Ty, b: Ty) -> bool:
        if not isinstance(a, InferTy):
            a, b = b, a
        assert isinstance(a, InferTy)
        if isinstance(b, InferTy):
            if a.var == b.var:
                return True
            # Bind the more general variable to the more specific one.
            if a.kind == "ty":
                self.bind(a.var, b)
                return True
            if b.kind == "ty":
                self.bind(b.var, a)
                return True
            if a.kind == b.kind:
                self.bind(a.var, b)
                return True
            return False
        if a.kind == "int" and not isinstance(b, IntTy):
            return False
        if a.kind == "float" and not isinstance(b, FloatTy):
            return False
        if _occurs(a.var, b, self):
            return False
        self.bind(a.var, b)
        return True

    # ── defaults ──

    def apply_numeric_defaults(self) -> None:
        for var, value in enumerate(self.values):
            if value is None:
                if self.kinds[var] == "int":
                    self.bind(var, I32)
                elif self.kinds[var] == "float":
                    self.bind(var, F64)

    def unresolved_vars(self) -> list[int]:
        return [v for v, value in enumerate(self.values) if value is None]


def _occurs(var: int, ty: Ty, infcx: InferCtxt) -> bool:
    ty = infcx.zonk(ty)
    return var in infer_vars(ty)


def infer_vars(ty: Ty) -> set[int]:
    found: set[int] = set()
    stack = [ty]
    while stack:
        t = stack.pop()
        match t:
            case InferTy(var=v):
                found.add(v)
            case TupleTy(elems=e):
                stack.extend(e)
            case ArrayTy(elem=e) | SliceTy(elem=e):
                stack.append(e)
            case RefTy(inner=i) | RawPtrTy(inner=i):
                stack.append(i)
            case AdtTy(args=a) | FnDefTy(args=a):
                stack.extend(a)
            case ClosureTy(args=a, upvars=u):
                stack.extend(a)
                stack.extend(u)
            case DynTy(principal=p, projections=projs):
                stack.extend(p.args)
                stack.extend(t for _, t in projs)
            case FnPtrTy(params=p, ret=r):
                stack.extend(p)
                stack.append(r)
            case ProjectionTy(trait_ref=tr):
                stack.extend(tr.args)
    return found


def _contains_infer(ty: Ty) -> bool:
    return bool(infer_vars(ty))
