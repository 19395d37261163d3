"""Paths of functions as rustc prints them: mono item names and legacy-mangling paths.

Functions' `path` (from resolve) is `module::name` even for methods, so two impls'
`speak` would both print as `main::speak`.  rustc names an associated item through
its impl (`rustc_middle::ty::print`, `default_print_impl_path`):

    inherent impl, impl in the self type's module   main::geom::Point::norm
    trait impl, impl in the type's or trait's module <main::Dog as main::Speak>::speak
    impl elsewhere (or on a built-in type)           std::slice::<impl [T]>::len
                                                     main::m::<impl main::Speak for main::Dog>::speak
    a trait's default method                         main::Shape::double
    closure                                          <enclosing fn's path>::{closure#0}

Two forms are produced from that scheme:

* `instance_name(def_id, args)`: what `--emit=mono-items` prints (`-Z print-mono-items`):
  the instance's arguments substituted, an ADT self type of an inherent impl in value
  form with a turbofish (`main::Stack::<u8>::push`), the method's own arguments after
  its name (`<i8 as main::SomeTrait>::bar::<char>`), a default method under the type
  that uses it (`<main::Sq as main::Shape>::double`), a closure after its enclosing
  instance (`main::apply::<u8>::{closure#0}`).
* `symbol_path(def_id)`: the def path the legacy mangler prints: no instance
  arguments (the symbol hash covers them), impl self types with the impl's own
  parameters (`std::vec::Vec<T>::push`), a default method under its trait, closures
  as `{{closure}}`.

Types inside paths print with full paths (`main::geom::Point`, `std::vec::Vec<u8>`).
A closure's enclosing function is not recorded in its `FnDef`; the collector learns
it from the body that builds the closure (`closure_parents`).
"""
from __future__ import annotations

from rustlet import thir
from rustlet.types import (
    AdtTy, ArrayTy, ClosureTy, DefId, DynTy, FnDefTy, FnPtrTy, ParamTy, ProjectionTy, RawPtrTy, RefTy, SliceTy,
    TraitRef, TupleTy, Ty, UNIT, display_ty, subst,
)


class ItemPaths:
    def __init__(self, program: thir.Program, closure_parents: dict[DefId, DefId]) -> None:
        self.program = program
        self.closure_parents = closure_parents

    # ── functions ──

    def instance_name(self, def_id: DefId, args: tuple[Ty, ...]) -> str:
        return self._fn_path(def_id, args)

    def symbol_path(self, def_id: DefId) -> str:
        return self._fn_path(def_id, None)

    def _fn_path(self, def_id: DefId, args: tuple[Ty, ...] | None) -> str:
        """`args` None: the generic def path (symbols); otherwise the instance's path."""
        fn = self.program.fns[def_id]
        parent = self.closure_parents.get(def_id)
        if parent is not None and parent in self.program.fns:
            count = self.program.fns[parent].generics.count
            prefix = self._fn_path(parent, None if args is None else args[:count])
            return prefix + ("::{{closure}}" if args is None else "::" + fn.path.rsplit("::", 1)[-1])
        own_start = fn.generics.own_start
        own = "" if args is None or len(args) <= own_start else self._turbofish(args[own_start:])
        impl = self.program.impls.get(fn.impl_of) if fn.impl_of is not None else None
        if impl is not None:
            return f"{self._impl_path(impl, fn, None if args is None else args[:len(impl.generics.params)])}" \
                   f"::{fn.name}{own}"
        trait = self.program.traits.get(fn.trait_of) if fn.trait_of is not None else None
        if trait is not None and args is not None and args:
            # a default method, instantiated for a type
            trait_ref = TraitRef(trait.def_id, args[:trait.generics.count], trait.name)
            return f"<{self.ty(args[0])} as {self.trait_path(trait_ref)}>::{fn.name}{own}"
        if trait is not None:
            return f"{trait.path}::{fn.name}"
        return fn.path + own if args is not None else fn.path

    def _impl_path(self, impl: thir.ImplDef, fn: thir.FnDef, impl_args: tuple[Ty, ...] | None) -> str:
        self_ty = impl.self_ty if impl_args is None else subst(impl.self_ty, impl_args)
        trait_ref = impl.trait_ref
        if trait_ref is not None and impl_args is not None:
            trait_ref = TraitRef(trait_ref.def_id, tuple(subst(a, impl_args) for a in trait_ref.args), trait_ref.name)
        module = fn.path.rsplit("::", 1)[0]  # an impl item's path is its impl's module + its name
        trait_module = self._module(self.program.traits[trait_ref.def_id].path) \
            if trait_ref is not None and trait_ref.def_id in self.program.traits else None
        if module != self._characteristic_module(impl.self_ty) and module != trait_module:
            what = self.ty(self_ty) if trait_ref is None else f"{self.trait_path(trait_ref)} for {self.ty(self_ty)}"
            return f"{module}::<impl {what}>"
        if trait_ref is not None:
            return f"<{self.ty(self_ty)} as {self.trait_path(trait_ref)}>"
        # an inherent impl of an ADT in its module: `Point::norm`, `Stack::<u8>::push`
        return self.ty(self_ty, value=impl_args is not None)

    def _characteristic_module(self, ty: Ty) -> str | None:
        """The module of the item that characterizes a type (rustc's
        `characteristic_def_id_of_type`): an ADT's, a trait object's trait's, through
        references, arrays and slices; None for the other built-in types."""
        match ty:
            case AdtTy(def_id=d) if d in self.program.adts:
                return self._module(self.program.adts[d].path)
            case DynTy(principal=p) if p.def_id in self.program.traits:
                return self._module(self.program.traits[p.def_id].path)
            case RefTy(inner=inner) | ArrayTy(elem=inner) | SliceTy(elem=inner) | RawPtrTy(inner=inner):
                return self._characteristic_module(inner)
        return None

    @staticmethod
    def _module(path: str) -> str:
        return path.rsplit("::", 1)[0]

    # ── types ──

    def _turbofish(self, args: tuple[Ty, ...]) -> str:
        return f"::<{', '.join(self.ty(a) for a in args)}>" if args else ""

    def trait_path(self, trait_ref: TraitRef) -> str:
        trait = self.program.traits.get(trait_ref.def_id)
        path = trait.path if trait is not None else trait_ref.name
        rest = trait_ref.args[1:]
        return path + (f"<{', '.join(self.ty(a) for a in rest)}>" if rest else "")

    def ty(self, ty: Ty, value: bool = False) -> str:
        """`ty` with full item paths; `value`: an ADT in expression position
        (`main::Stack::<u8>`)."""
        match ty:
            case AdtTy(def_id=d, args=args):
                path = self.program.adts[d].path if d in self.program.adts else ty.name
                if not args:
                    return path
                return path + ("::" if value else "") + f"<{', '.join(self.ty(a) for a in args)}>"
            case TupleTy(elems=elems):
                if len(elems) == 1:
                    return f"({self.ty(elems[0])},)"
                return "(" + ", ".join(self.ty(e) for e in elems) + ")"
            case ArrayTy(elem=elem, length=n):
                return f"[{self.ty(elem)}; {n}]"
            case SliceTy(elem=elem):
                return f"[{self.ty(elem)}]"
            case RefTy(inner=inner, mutable=m):
                return f"&{'mut ' if m else ''}{self.ty(inner)}"
            case RawPtrTy(inner=inner, mutable=m):
                return f"*{'mut' if m else 'const'} {self.ty(inner)}"
            case FnPtrTy(params=params, ret=ret):
                tail = "" if ret == UNIT else f" -> {self.ty(ret)}"
                return f"fn({', '.join(self.ty(p) for p in params)}){tail}"
            case FnDefTy(def_id=d, args=args) if d in self.program.fns:
                return f"{{fn item {self._fn_path(d, args)}}}"
            case ClosureTy(def_id=d, args=args) if d in self.program.fns:
                return f"{{closure {self._fn_path(d, args)}}}"
            case DynTy(principal=p, projections=projections):
                parts = [self.ty(a) for a in p.args[1:]] + [f"{n} = {self.ty(t)}" for n, t in projections]
                trait = self.program.traits[p.def_id].path if p.def_id in self.program.traits else p.name
                return f"dyn {trait}" + (f"<{', '.join(parts)}>" if parts else "")
            case ProjectionTy(trait_ref=tr, name=name):
                return f"<{self.ty(tr.args[0])} as {self.trait_path(tr)}>::{name}"
            case ParamTy(name=name):
                return name
        return display_ty(ty)
