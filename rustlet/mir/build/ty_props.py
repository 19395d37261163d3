"""Type properties MIR building needs: is a type `Copy`, does it need dropping.

`is_copy` decides between `Copy` and `Move` operands; `needs_drop` decides which
locals get a `Drop` terminator at scope exit.  Both follow rustc:

- Copy: integers, floats, bool, char, `!`, shared references, raw and fn pointers, fn
  items; tuples and arrays of Copy; ADTs with `#[derive(Copy)]` or an `impl Copy`;
  closures whose captures are all Copy; a type parameter with a `Copy` bound (directly
  or through a supertrait).
- needs_drop: the owning library types (`Box`, `Vec`, `String`), any ADT with an
  `impl Drop`, and any aggregate (tuple, array, ADT fields of any variant, closure
  captures) containing one.  Type parameters, projections and `dyn` types may need
  dropping: mono decides (a `Drop` of a type without drop glue does nothing).

Results are memoized per type; a recursive ADT is assumed not to need drop while its
own fields are being examined (a recursion through `Box` needs drop anyway).
"""
from __future__ import annotations

from rustlet import thir
from rustlet.types import (AdtTy, ArrayTy, BoolTy, CharTy, ClosureTy, DynTy, FloatTy, FnDefTy, FnPtrTy,
                           IntTy, NeverTy, ParamTy, ProjectionTy, RawPtrTy, RefTy, SliceTy, StrTy, TraitRef,
                           TupleTy, Ty, subst, subst_trait_ref)

OWNING_LANG_ITEMS = ("Box", "Vec", "String")


class TyProps:
    def __init__(self, program: thir.Program, predicates: list[TraitRef]) -> None:
        self.program = program
        self.predicates = elaborate(predicates, program)
        self.drop_impls = self.adts_implementing("Drop")
        self.copy_impls = self.adts_implementing("Copy")
        self.owning = {program.lang_items[n] for n in OWNING_LANG_ITEMS if n in program.lang_items}
        self.drop_memo: dict[Ty, bool] = {}
        self.copy_memo: dict[Ty, bool] = {}

    def adts_implementing(self, lang_item: str) -> set[thir.DefId]:
        trait = self.program.lang_items.get(lang_item)
        return {impl.self_ty.def_id for impl in self.program.impls.values()
                if impl.trait_ref is not None and impl.trait_ref.def_id == trait and isinstance(impl.self_ty, AdtTy)}

    def has_bound(self, ty: Ty, lang_item: str) -> bool:
        trait = self.program.lang_items.get(lang_item)
        return any(p.def_id == trait and p.args and p.args[0] == ty for p in self.predicates)

    def is_copy(self, ty: Ty) -> bool:
        if ty in self.copy_memo:
            return self.copy_memo[ty]
        self.copy_memo[ty] = False  # provisional, for recursive types
        result = self.compute_is_copy(ty)
        self.copy_memo[ty] = result
        return result

    def compute_is_copy(self, ty: Ty) -> bool:
        match ty:
            case IntTy() | FloatTy() | BoolTy() | CharTy() | NeverTy() | RawPtrTy() | FnDefTy() | FnPtrTy():
                return True
            case RefTy(mutable=mutable):
                return not mutable
            case TupleTy(elems=elems):
                return all(self.is_copy(e) for e in elems)
            case ArrayTy(elem=elem):
                return self.is_copy(elem)
            case AdtTy(def_id=def_id, args=args):
                adt = self.program.adts.get(def_id)
                if def_id not in self.copy_impls and (adt is None or "Copy" not in adt.derives):
                    return False
                # `#[derive(Copy)]` on `Option<T>` means `impl<T: Copy> Copy`: the fields decide
                return adt is None or all(self.is_copy(subst(f.ty, args)) for v in adt.variants for f in v.fields)
            case ClosureTy(upvars=upvars):
                return all(self.is_copy(u) for u in upvars)
            case ParamTy() | ProjectionTy():
                return self.has_bound(ty, "Copy")
        return False  # str, [T], dyn Trait: unsized, never moved by value

    def needs_drop(self, ty: Ty) -> bool:
        if ty in self.drop_memo:
            return self.drop_memo[ty]
        self.drop_memo[ty] = False  # provisional, for recursive types
        result = self.compute_needs_drop(ty)
        self.drop_memo[ty] = result
        return result

    def compute_needs_drop(self, ty: Ty) -> bool:
        match ty:
            case TupleTy(elems=elems):
                return any(self.needs_drop(e) for e in elems)
            case ArrayTy(elem=elem) | SliceTy(elem=elem):
                return self.needs_drop(elem)
            case AdtTy(def_id=def_id, args=args):
                if def_id in self.owning or def_id in self.drop_impls:
                    return True
                adt = self.program.adts.get(def_id)
                if adt is None:
                    return False
                return any(self.needs_drop(subst(f.ty, args)) for v in adt.variants for f in v.fields)
            case ClosureTy(upvars=upvars):
                return any(self.needs_drop(u) for u in upvars)
            case ParamTy() | ProjectionTy():
                return not self.has_bound(ty, "Copy")
            case DynTy():
                return True
        return False  # primitives, references, pointers, fn items, str

    def field_ty(self, adt_ty: AdtTy, variant: int, field: int) -> Ty:
        adt = self.program.adts[adt_ty.def_id]
        return subst(adt.variants[variant].fields[field].ty, adt_ty.args)

    def lang_item(self, name: str) -> thir.DefId | None:
        return self.program.lang_items.get(name)


def elaborate(predicates: list[TraitRef], program: thir.Program) -> list[TraitRef]:
    """The bounds and, transitively, their supertraits (`T: Sample` with
    `trait Sample: Copy` gives `T: Copy`), as rustc's param env."""
    result: list[TraitRef] = []
    stack = list(predicates)
    while stack:
        pred = stack.pop()
        if pred in result:
            continue
        result.append(pred)
        trait = program.traits.get(pred.def_id)
        if trait is not None:
            stack.extend(subst_trait_ref(sup, pred.args) for sup in trait.supertraits)
    return result


def is_copy(ty: Ty, program: thir.Program, predicates: list[TraitRef] | None = None) -> bool:
    return TyProps(program, predicates or []).is_copy(ty)


def needs_drop(ty: Ty, program: thir.Program, predicates: list[TraitRef] | None = None) -> bool:
    return TyProps(program, predicates or []).needs_drop(ty)
