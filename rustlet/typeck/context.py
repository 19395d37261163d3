"""The type context: item signatures, generics, ADT / trait / impl definitions.

`Tcx` is built once per program by `collect_items` before any body is checked:
1. generics of every item (parent's parameters first; `Self` is parameter 0 of a
   trait), mapping each `TypeParam` node to its `ParamTy`;
2. ADT definitions (their bounds, then the field types, which may use them:
   `Option<I::Item>`; discriminants are evaluated later by consteval);
3. trait definitions, impl headers (self type, trait ref, associated types) and the
   impl indexes used by method probing (inherent impls by simplified self type) and
   trait selection (impls by trait);
4. function signatures and predicates (`T: Trait` bounds, where clauses, projection
   bounds `Item = X` kept aside in `projection_preds`).
Each step is linear in the number of items; type lowering (`astconv`) is memoized
per item where it matters (type aliases, ADT field types).
"""
from __future__ import annotations

from dataclasses import dataclass, field

from rustlet import ast, thir
from rustlet.diagnostics import DiagnosticSink
from rustlet.resolve import DefKind, Resolutions
from rustlet.types import (
    AdtTy, ArrayTy, BoolTy, CharTy, DefId, FloatTy, IntTy, ParamTy, RawPtrTy, RefTy, SliceTy, StrTy, TraitRef,
    TupleTy, Ty,
)


@dataclass(slots=True)
class ProjectionPred:
    trait_ref: TraitRef
    name: str
    ty: Ty


@dataclass(slots=True)
class ClosureInfo:
    """What selection needs about a closure while its enclosing body is inferred:
    its signature (may hold inference variables until writeback) and its kind (None
    until capture analysis at the end of the enclosing body decides it)."""

    sig: thir.FnSig
    kind: str | None = None  # "Fn" / "FnMut" / "FnOnce"


@dataclass(slots=True)
class Tcx:
    res: Resolutions
    sink: DiagnosticSink
    crates: list[ast.Crate]
    generics: dict[DefId, thir.Generics] = field(default_factory=dict)
    param_of_node: dict[int, ParamTy] = field(default_factory=dict)
    projection_preds: dict[DefId, list[ProjectionPred]] = field(default_factory=dict)
    adts: dict[DefId, thir.AdtDef] = field(default_factory=dict)
    fns: dict[DefId, thir.FnDef] = field(default_factory=dict)
    consts: dict[DefId, thir.ConstDef] = field(default_factory=dict)
    statics: dict[DefId, thir.StaticDef] = field(default_factory=dict)
    traits: dict[DefId, thir.TraitDef] = field(default_factory=dict)
    impls: dict[DefId, thir.ImplDef] = field(default_factory=dict)
    type_aliases: dict[DefId, Ty] = field(default_factory=dict)
    inherent_impls: dict[object, list[DefId]] = field(default_factory=dict)  # simplified self type → impls
    trait_impls: dict[DefId, list[DefId]] = field(default_factory=dict)  # trait → impls
    locals: dict[int, thir.LocalInfo] = field(default_factory=dict)
    # Functions returning `impl Trait`: "pending" until their body has been checked (on
    # first use of their signature), "checking" meanwhile (a cycle is E0720), then "done".
    opaque_fns: dict[DefId, str] = field(default_factory=dict)
    # `type IntoIter: Iterator<Item = Self::Item>` in a trait: (trait, name) → the bounds on
    # `<Self as Trait>::Name`, in terms of the trait's parameters.
    assoc_type_bounds: dict[tuple[DefId, str], list[TraitRef]] = field(default_factory=dict)
    assoc_type_projections: dict[tuple[DefId, str], list[ProjectionPred]] = field(default_factory=dict)
    # Closures: the signature and kind inferred while checking the enclosing body.
    closures: dict[DefId, ClosureInfo] = field(default_factory=dict)

    def lang(self, name: str) -> DefId | None:
        return self.res.lang_items.get(name)

    def kind(self, def_id: DefId) -> DefKind:
        return self.res.defs[def_id].kind

    def parent(self, def_id: DefId) -> DefId | None:
        return self.res.defs[def_id].parent

    def node(self, def_id: DefId) -> ast.Node | None:
        return self.res.defs[def_id].node

    def identity_args(self, def_id: DefId) -> tuple[Ty, ...]:
        g = self.generics[def_id]
        return tuple(ParamTy(p.index, p.name) for p in g.params)

    def adt_ty(self, def_id: DefId, args: tuple[Ty, ...]) -> AdtTy:
        return AdtTy(def_id, args, self.res.defs[def_id].name)

    def trait_ref(self, trait: DefId, args: tuple[Ty, ...]) -> TraitRef:
        return TraitRef(trait, args, self.res.defs[trait].name)

    def is_std(self, def_id: DefId) -> bool:
        return self.res.defs[def_id].crate == "std"


def simplify_type(ty: Ty) -> object | None:
    """The key under which inherent impls of `ty` are indexed (rustc's SimplifiedType)."""
    match ty:
        case AdtTy(def_id=d):
            return ("adt", d)
        case IntTy(kind=k):
            return ("int", k)
        case FloatTy(kind=k):
            return ("float", k)
        case BoolTy():
            return "bool"
        case CharTy():
            return "char"
        case StrTy():
            return "str"
        case SliceTy():
            return "slice"
        case ArrayTy():
            return "array"
        case RefTy():
            return "ref"
        case RawPtrTy():
            return "ptr"
        case TupleTy():
            return "tuple"
    return None
