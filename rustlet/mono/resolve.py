"""Trait selection for monomorphic types: which impl implements a trait item.

Typeck checked every generic body against its bounds, so by the time mono asks
"which `fn` is `<Vec<i32> as Iterator>::next`?" an impl is known to exist; mono only
has to find it.  Method:

1. `select_impl(trait_ref)`: for each impl of the trait, *match* its trait-ref
   arguments (which may mention the impl's own ParamTys) against the concrete
   arguments with a one-sided unifier (`match_ty`: a ParamTy in the pattern binds to
   the concrete type it meets; everything else must be equal structurally).  The
   bindings are the impl's generic arguments.  Coherence (checked by typeck) makes
   the first match the only one.
2. `resolve_fn(def_id, args)`: a trait method (`trait_of` set, `impl_of` None) is
   looked up by name in the selected impl; the instance's args are the impl's args
   followed by the method's own args (`args[len(trait generics):]`).  A method the
   impl does not define uses the trait's default body with the args unchanged.
3. `normalize(ty)`: replaces each `ProjectionTy` `<T as Trait>::Name` by the impl's
   `type Name = …` (substituted); closures and fn items answer
   `FnOnce::Output` from their signature.
4. `const_value(def_id, args)`: a constant used with generic arguments (MIR's
   `UnevaluatedConst`: `T::KIND`, `Self::SIDES`) is resolved like a trait method (the
   selected impl's `const`, else the trait's default) and valued: typeck's value when
   it had one, else its typed body evaluated with the instance's arguments
   (rustlet.typeck.consteval.TypedConstEvaluator), memoized per (constant, args).
   Codegen asks when it lowers the operand.

Worked example: `impl<T: Display> Show for Wrapper<T> { fn show(&self) }` and the
call `<Wrapper<i32> as Show>::show` → trait args `(Wrapper<i32>,)` match the impl's
`(Wrapper<ParamTy 0>,)` binding `T = i32` → instance `Show::show for Wrapper<T>` with
args `(i32,)`.

Formatting traits on tuples, arrays and slices have no impl in the library (they
would need variadic or const generics): `<(A, B) as Debug>::fmt` resolves to
`std::fmt::builtin_debug::<(A, B)>`, which runs the compiler's formatting glue.
Likewise the comparison traits, `Clone` and `Hash` of arrays: `<[T; N] as Ord>::cmp`
resolves to `std::array::cmp::<T, [T; N]>` (ARRAY_SHIMS; stdlib/array.rl).

Deliberate imprecision: impl where-clauses are not re-checked (coherence rules out
overlap, so there is never a second candidate to reject).  Cost: linear in the
number of impls of the trait per query; results are memoized.
"""
from __future__ import annotations

from rustlet import thir
from rustlet.diagnostics import CompileError, error, unsupported
from rustlet.ast import FormatTrait
from rustlet.mono.items import FmtGlue, FnInstance
from rustlet.source import Span
from rustlet.typeck.consteval import ConstEvalError, TypedConstEvaluator
from rustlet.types import (
    AdtTy, ArrayTy, ClosureTy, DefId, DynTy, FnDefTy, FnPtrTy, ParamTy, ProjectionTy, RawPtrTy, RefTy, SliceTy,
    StrTy, TraitRef, TupleTy, Ty, erase_regions, subst,
)

FN_TRAITS = ("Fn", "FnMut", "FnOnce")
_EVALUATING = object()  # a constant whose evaluation is under way (a cycle if met again)


def match_ty(pattern: Ty, concrete: Ty, bindings: dict[int, Ty]) -> bool:
    """One-sided unification: bind the ParamTys of `pattern` so it equals `concrete`."""
    match pattern:
        case ParamTy(index=i):
            bound = bindings.get(i)
            if bound is None:
                bindings[i] = concrete
                return True
            return bound == concrete
        case TupleTy(elems=elems):
            return (isinstance(concrete, TupleTy) and len(elems) == len(concrete.elems)
                    and all(match_ty(p, c, bindings) for p, c in zip(elems, concrete.elems)))
        case ArrayTy(elem=elem, length=n):
            return isinstance(concrete, ArrayTy) and n == concrete.length and match_ty(elem, concrete.elem, bindings)
        case SliceTy(elem=elem):
            return isinstance(concrete, SliceTy) and match_ty(elem, concrete.elem, bindings)
        case RefTy(inner=inner, mutable=m):
            return isinstance(concrete, RefTy) and m == concrete.mutable and match_ty(inner, concrete.inner, bindings)
        case RawPtrTy(inner=inner, mutable=m):
            return isinstance(concrete, RawPtrTy) and m == concrete.mutable and match_ty(inner, concrete.inner, bindings)
        case AdtTy(def_id=d, args=a):
            return (isinstance(concrete, AdtTy) and d == concrete.def_id and len(a) == len(concrete.args)
                    and all(match_ty(p, c, bindings) for p, c in zip(a, concrete.args)))
        case FnPtrTy(params=ps, ret=ret):
            return (isinstance(concrete, FnPtrTy) and len(ps) == len(concrete.params)
                    and all(match_ty(p, c, bindings) for p, c in zip(ps, concrete.params))
                    and match_ty(ret, concrete.ret, bindings))
        case DynTy(principal=p):
            return (isinstance(concrete, DynTy) and p.def_id == concrete.principal.def_id
                    and all(match_ty(x, y, bindings) for x, y in zip(p.args[1:], concrete.principal.args[1:])))
    return erase_regions(pattern) == erase_regions(concrete)


class Resolver:
    """Trait selection and type normalization over one typed program (memoized)."""

    def __init__(self, program: thir.Program) -> None:
        self.program = program
        self.impls_by_trait: dict[DefId, list[thir.ImplDef]] = {}
        for impl in program.impls.values():
            if impl.trait_ref is not None:
                self.impls_by_trait.setdefault(impl.trait_ref.def_id, []).append(impl)
        self._selected: dict[TraitRef, tuple[thir.ImplDef, tuple[Ty, ...]] | None] = {}
        self._resolved: dict[tuple[DefId, tuple[Ty, ...]], FnInstance] = {}
        self._needs_drop: dict[Ty, bool] = {}
        # `std::fmt::builtin_debug`: `Debug::fmt` of tuples, arrays and slices
        self.builtin_debug = next((fn.def_id for fn in program.fns.values()
                                   if fn.path == "std::fmt::builtin_debug"), None)
        self.copy_clone = next((fn.def_id for fn in program.fns.values() if fn.path == "std::clone::copy_clone"),
                               None)
        self.array_shims = {(trait, method): fn.def_id for fn in program.fns.values()
                             for trait, method in ARRAY_SHIMS.get(fn.path, ())}
        self.trait_of_const = {item.def_id: trait.def_id for trait in program.traits.values()
                               for item in trait.items if item.kind == "const"}
        self._const_values: dict[tuple[DefId, tuple[Ty, ...]], object] = {}

    # ── types ──

    def monomorphize(self, ty: Ty, args: tuple[Ty, ...]) -> Ty:
        return self.normalize(erase_regions(subst(ty, args)))

    def normalize(self, ty: Ty) -> Ty:
        match ty:
            case ProjectionTy(trait_ref=tr, name=name):
                return self.project(TraitRef(tr.def_id, tuple(self.normalize(a) for a in tr.args), tr.name), name)
            case TupleTy(elems=elems):
                return TupleTy(tuple(self.normalize(e) for e in elems))
            case ArrayTy(elem=elem, length=n):
                return ArrayTy(self.normalize(elem), n)
            case SliceTy(elem=elem):
                return SliceTy(self.normalize(elem))
            case RefTy(inner=inner, mutable=m):
                return RefTy(self.normalize(inner), m)
            case RawPtrTy(inner=inner, mutable=m):
                return RawPtrTy(self.normalize(inner), m)
            case AdtTy(def_id=d, args=a, name=n):
                return AdtTy(d, tuple(self.normalize(x) for x in a), n)
            case FnDefTy(def_id=d, args=a):
                return FnDefTy(d, tuple(self.normalize(x) for x in a))
            case FnPtrTy(params=ps, ret=ret):
                return FnPtrTy(tuple(self.normalize(p) for p in ps), self.normalize(ret))
            case ClosureTy(def_id=d, args=a, upvars=u):
                return ClosureTy(d, tuple(self.normalize(x) for x in a), tuple(self.normalize(x) for x in u))
            case DynTy(principal=p, projections=projs):
                return DynTy(TraitRef(p.def_id, tuple(self.normalize(a) for a in p.args), p.name),
                             tuple((n, self.normalize(t)) for n, t in projs))
        return ty

    def project(self, trait_ref: TraitRef, name: str) -> Ty:
        """`<Self as Trait>::name` for a monomorphic trait ref."""
        self_ty = trait_ref.args[0]
        if self.trait_name(trait_ref.def_id) in FN_TRAITS and name == "Output":
            match self_ty:
                case ClosureTy(def_id=d, args=a) | FnDefTy(def_id=d, args=a):
                    return self.monomorphize(self.program.fns[d].sig.output, a)
                case FnPtrTy(ret=ret):
                    return ret
        if isinstance(self_ty, DynTy):
            for proj_name, proj_ty in self_ty.projections:
                if proj_name == name:
                    return proj_ty
        selected = self.select_impl(trait_ref)
        if selected is None or name not in selected[0].assoc_types:
            raise CompileError(unsupported(
                f"associated type `{name}` of `{self_ty}` (no impl of `{trait_ref.name}` found)", None))
        impl, impl_args = selected
        return self.monomorphize(impl.assoc_types[name], impl_args)

    def trait_name(self, trait_id: DefId) -> str:
        trait = self.program.traits.get(trait_id)
        return trait.name if trait is not None else ""

    # ── impls ──

    def select_impl(self, trait_ref: TraitRef) -> tuple[thir.ImplDef, tuple[Ty, ...]] | None:
        """The impl of `trait_ref` (monomorphic) and the impl's generic arguments."""
        if trait_ref in self._selected:
            return self._selected[trait_ref]
        self._selected[trait_ref] = None  # provisional, for impls whose bounds recurse
        candidates = []
        for impl in self.impls_by_trait.get(trait_ref.def_id, ()):
            assert impl.trait_ref is not None
            bindings: dict[int, Ty] = {}
            pattern = impl.trait_ref.args
            if len(pattern) == len(trait_ref.args) and all(
                    match_ty(p, c, bindings) for p, c in zip(pattern, trait_ref.args)):
                self._solve_projection_bounds(impl, bindings)
                impl_args = tuple(bindings.get(i, ParamTy(i, p.name)) for i, p in enumerate(impl.generics.params))
                candidates.append((impl, impl_args))
        if len(candidates) > 1:
            # several impl headers match (a blanket `impl<I: Iterator> IntoIterator for I` and
            # `impl IntoIterator for &[T]`): keep those whose where-clauses hold
            candidates = [c for c in candidates if self._bounds_hold(*c)] or candidates
        found = candidates[0] if candidates else None
        self._selected[trait_ref] = found
        return found

    def _solve_projection_bounds(self, impl: thir.ImplDef, bindings: dict[int, Ty]) -> None:
        """Bind the impl parameters only a projection bound determines: `T` in
        `impl<'a, T: Clone, I: Iterator<Item = &'a T>> Iterator for Cloned<I>`."""
        params = impl.generics.params
        for trait_ref, name, bound_ty in impl.generics.projections:
            if all(i in bindings for i in range(len(params))):
                return
            args = tuple(bindings.get(i, ParamTy(i, p.name)) for i, p in enumerate(params))
            concrete = TraitRef(trait_ref.def_id, tuple(self.monomorphize(a, args) for a in trait_ref.args),
                                trait_ref.name)
            if any(_mentions_param(a) for a in concrete.args):
                continue
            match_ty(bound_ty, self.project(concrete, name), bindings)

    def _bounds_hold(self, impl: thir.ImplDef, impl_args: tuple[Ty, ...]) -> bool:
        """An impl's where-clauses on monomorphic types: a bound of a trait with impls must
        have one; traits without impls (Sized, Copy, the Fn traits) are built in: assumed."""
        for predicate in impl.generics.predicates:
            bound = TraitRef(predicate.def_id, tuple(self.monomorphize(a, impl_args) for a in predicate.args),
                             predicate.name)
            if self.impls_by_trait.get(bound.def_id) and self.select_impl(bound) is None:
                return False
        return True

    def impl_of_trait_for(self, trait_id: DefId, self_ty: Ty) -> tuple[thir.ImplDef, tuple[Ty, ...]] | None:
        """The impl of a trait without generic parameters (Drop, Display, Debug) for `self_ty`."""
        return self.select_impl(TraitRef(trait_id, (self_ty,), self.trait_name(trait_id)))

    def resolve_fn(self, def_id: DefId, args: tuple[Ty, ...], span: Span | None = None) -> FnInstance:
        """The instance implementing `def_id::<args>`; trait methods go to their impl."""
        key = (def_id, args)
        cached = self._resolved.get(key)
        if cached is not None:
            return cached
        fn = self.program.fns[def_id]
        instance = FnInstance(def_id, args)
        if fn.trait_of is not None and fn.impl_of is None:
            instance = self._resolve_trait_method(fn, args, span)
        self._resolved[key] = instance
        return instance

    def _resolve_trait_method(self, fn: thir.FnDef, args: tuple[Ty, ...], span: Span | None) -> FnInstance:
        assert fn.trait_of is not None
        trait = self.program.traits[fn.trait_of]
        trait_args = args[:trait.generics.count]
        own_args = args[trait.generics.count:]
        self_ty = trait_args[0]
        if trait.name in FN_TRAITS and isinstance(self_ty, ClosureTy):
            return FnInstance(self_ty.def_id, self_ty.args)
        selected = self.select_impl(TraitRef(trait.def_id, trait_args, trait.name))
        if selected is not None:
            impl, impl_args = selected
            method = impl.items.get(fn.name)
            if method is not None:
                return FnInstance(method, impl_args + own_args)
        shim = self.array_shims.get((trait.path, fn.name)) if isinstance(self_ty, ArrayTy) else None
        if shim is not None:
            return FnInstance(shim, (self_ty.elem, self_ty) + own_args)  # type: ignore[union-attr]
        if trait.path == "std::clone::Clone" and self.copy_clone is not None and _is_bitwise_copy(self_ty):
            return FnInstance(self.copy_clone, (self_ty,))
        has_default = fn.body is not None or any(item.name == fn.name and item.has_default for item in trait.items)
        if has_default:
            return FnInstance(fn.def_id, args)  # the trait's default body
        builtin = self.builtin_debug if trait.name == "Debug" and isinstance(self_ty, BUILTIN_DEBUG_TYPES) else None
        if builtin is not None:
            return FnInstance(builtin, (self_ty,))
        raise CompileError(unsupported(f"calling `{trait.name}::{fn.name}` on `{self_ty}` (no impl found)", span))

    # ── associated constants ──

    def resolve_const(self, def_id: DefId, args: tuple[Ty, ...], span: Span | None) -> tuple[DefId, tuple[Ty, ...]]:
        """The constant `def_id::<args>` names: a trait's constant is the selected impl's,
        or the trait's default when the impl does not define it (as for methods)."""
        trait_id = self.trait_of_const.get(def_id)
        if trait_id is None:
            return def_id, args
        trait = self.program.traits[trait_id]
        const = self.program.consts[def_id]
        selected = self.select_impl(TraitRef(trait_id, args[:trait.generics.count], trait.name))
        if selected is not None and const.name in selected[0].items:
            return selected[0].items[const.name], selected[1]
        if const.body is None:
            raise CompileError(unsupported(f"`{trait.name}::{const.name}` for `{args[0]}` (no impl found)", span))
        return def_id, args

    def const_value(self, def_id: DefId, args: tuple[Ty, ...], span: Span | None = None) -> object:
        """The value of constant `def_id::<args>` (args monomorphic): the one typeck
        computed when it depends on no instance, else its typed body evaluated with the
        instance's arguments (rustlet.typeck.consteval.TypedConstEvaluator), once."""
        key = self.resolve_const(def_id, args, span)
        const = self.program.consts[key[0]]
        if const.value is not None:
            return const.value.value
        if key in self._const_values:
            value = self._const_values[key]
            if value is _EVALUATING:
                raise CompileError(error(f"cycle detected when const-evaluating `{const.name}`", span or const.span,
                                         "", "E0391"))
            return value
        assert const.body is not None, "a trait's required constant resolves to an impl's"
        self._const_values[key] = _EVALUATING
        evaluator = TypedConstEvaluator(lambda ty: self.monomorphize(ty, key[1]), self.const_value,
                                        lambda adt: self.program.adts[adt].kind is thir.AdtKind.ENUM)
        try:
            value = evaluator.eval(const.body)
        except ConstEvalError as e:
            if e.code is None:
                raise CompileError(unsupported(e.message, e.span)) from None
            trait_id = self.trait_of_const.get(def_id)
            shown = f"<{args[0]} as {self.program.traits[trait_id].name}>::{const.name}" if trait_id is not None \
                else const.path
            raise CompileError(error(e.message, e.span, f"evaluation of `{shown}` failed here", e.code)) from None
        self._const_values[key] = value
        return value

    # ── drop and formatting ──

    def trait_by_name(self, name: str) -> DefId | None:
        """A trait of the standard library by its name (`Drop`, `Display`, `Debug`)."""
        lang = self.program.lang_items.get(name)
        if lang is not None and lang in self.program.traits:
            return lang
        for trait in self.program.traits.values():
            if trait.name == name and not trait.path.startswith("main"):
                return trait.def_id
        return None

    def drop_fn(self, ty: Ty) -> FnInstance | None:
        """`<ty as Drop>::drop`, when the type implements Drop."""
        drop_trait = self.trait_by_name("Drop")
        if drop_trait is None or not isinstance(ty, AdtTy):
            return None
        selected = self.impl_of_trait_for(drop_trait, ty)
        if selected is None or "drop" not in selected[0].items:
            return None
        return FnInstance(selected[0].items["drop"], selected[1])

    def fmt_fn(self, ty: Ty, trait_name: str) -> FnInstance | None:
        """The user's (or library's) `impl <trait_name> for ty`'s `fmt`, if any."""
        trait_id = self.trait_by_name(trait_name)
        if trait_id is None:
            return None
        selected = self.impl_of_trait_for(trait_id, ty)
        if selected is None or "fmt" not in selected[0].items:
            return None
        return FnInstance(selected[0].items["fmt"], selected[1])

    def field_types(self, ty: AdtTy) -> list[list[Ty]]:
        """Per variant, the monomorphic types of its fields."""
        adt = self.program.adts[ty.def_id]
        return [[self.monomorphize(f.ty, ty.args) for f in v.fields] for v in adt.variants]

    def needs_drop(self, ty: Ty) -> bool:
        """Whether dropping a `ty` runs any code (a Drop impl somewhere inside it)."""
        cached = self._needs_drop.get(ty)
        if cached is not None:
            return cached
        self._needs_drop[ty] = False  # a recursive type needs drop only through a Drop impl
        result = False
        match ty:
            case AdtTy():
                result = self.drop_fn(ty) is not None or any(
                    self.needs_drop(f) for variant in self.field_types(ty) for f in variant)
            case TupleTy(elems=elems):
                result = any(self.needs_drop(e) for e in elems)
            case ArrayTy(elem=elem, length=n):
                result = n > 0 and self.needs_drop(elem)
            case SliceTy(elem=elem):  # `[T]` behind a `Box<[T]>`: its glue drops each element
                result = self.needs_drop(elem)
            case ClosureTy(upvars=upvars):
                result = any(self.needs_drop(u) for u in upvars)
        self._needs_drop[ty] = result
        return result

    # ── trait objects ──

    def vtable_methods(self, dyn: DynTy) -> list[tuple[DefId, str]]:
        """The methods a `dyn Trait` vtable holds, in slot order: the principal trait's
        methods without type parameters of their own (the object-safe ones) in
        declaration order, then its supertraits' (depth first).  For `dyn Fn*` the
        one slot is the closure body."""
        slots: list[tuple[DefId, str]] = []
        seen: set[DefId] = set()

        def visit(trait_id: DefId) -> None:
            if trait_id in seen:
                return
            seen.add(trait_id)
            trait = self.program.traits[trait_id]
            for item in trait.items:
                if item.kind == "fn":
                    slots.append((trait_id, item.name))
            for supertrait in trait.supertraits:
                visit(supertrait.def_id)

        visit(dyn.principal.def_id)
        return slots

    def vtable_entries(self, concrete: Ty, dyn: DynTy) -> list[FnInstance | None]:
        """The instance in each slot of the vtable of `concrete as dyn`: what
        `<concrete as Trait>::method` resolves to (None for a method that has type
        parameters of its own, which cannot be called on a trait object)."""
        if self.trait_name(dyn.principal.def_id) in FN_TRAITS:
            if isinstance(concrete, ClosureTy):
                return [FnInstance(concrete.def_id, concrete.args)]
            raise CompileError(unsupported(f"`{concrete}` as `dyn {dyn.principal.name}`", None))
        entries: list[FnInstance | None] = []
        for trait_id, name in self.vtable_methods(dyn):
            trait = self.program.traits[trait_id]
            method = self._trait_method(trait, name)
            if method is None or method.generics.count > trait.generics.count:
                entries.append(None)
                continue
            trait_args = (concrete,) + tuple(dyn.principal.args[1:trait.generics.count]) \
                if trait_id == dyn.principal.def_id else (concrete,)
            entries.append(self.resolve_fn(method.def_id, trait_args))
        return entries

    def _trait_method(self, trait: thir.TraitDef, name: str) -> thir.FnDef | None:
        for item in trait.items:
            if item.kind == "fn" and item.name == name:
                return self.program.fns.get(item.def_id)
        return None

    def vtable_slot(self, dyn: DynTy, method: thir.FnDef) -> int:
        """Slot of `method` (a trait method, or a Fn* trait's call method) in dyn's vtable."""
        if self.trait_name(dyn.principal.def_id) in FN_TRAITS:
            return 0
        return self.vtable_methods(dyn).index((method.trait_of, method.name))  # type: ignore[arg-type]


BUILTIN_DEBUG_TYPES = (TupleTy, ArrayTy, SliceTy)

# The functions of std::array that implement the required methods of the comparison,
# `Clone` and `Hash` traits for `[T; N]` (no const generics): `<[T; N] as Trait>::method::<M>`
# is `std::array::method::<T, [T; N], M>`.
ARRAY_SHIMS = {
    "std::array::eq": (("std::cmp::PartialEq", "eq"),),
    "std::array::partial_cmp": (("std::cmp::PartialOrd", "partial_cmp"),),
    "std::array::cmp": (("std::cmp::Ord", "cmp"),),
    "std::array::clone": (("std::clone::Clone", "clone"),),
    "std::array::hash": (("std::hash::Hash", "hash"),),
}

# The formatting intrinsics of stdlib/intrinsics.rl (`fmt_display::<T>(value, buf, spec)`)
# and the trait whose glue each one runs.
FMT_INTRINSICS = {
    "fmt_display": FormatTrait.DISPLAY, "fmt_debug": FormatTrait.DEBUG, "fmt_lower_hex": FormatTrait.LOWER_HEX,
    "fmt_upper_hex": FormatTrait.UPPER_HEX, "fmt_octal": FormatTrait.OCTAL, "fmt_binary": FormatTrait.BINARY,
    "fmt_lower_exp": FormatTrait.LOWER_EXP, "fmt_upper_exp": FormatTrait.UPPER_EXP,
}


def fmt_intrinsic_glue(name: str, ty: Ty) -> FmtGlue | None:
    """The glue a formatting intrinsic `name::<ty>` calls: for an unsized `ty` (`str`,
    `[T]`) that of the reference, as the glue takes a pointer to a sized value."""
    trait = FMT_INTRINSICS.get(name)
    if trait is None:
        return None
    return FmtGlue(RefTy(ty) if isinstance(ty, (StrTy, SliceTy, DynTy)) else ty, trait)


def is_scalar_leaf_type(ty: Ty) -> bool:
    """Tuples and arrays of integers, floats, bools and chars (nested): the types whose
    `==` codegen compares structurally (no impl exists for them in the library, as
    rustc's are generated by macros and const generics)."""
    from rustlet.types import BoolTy, CharTy, FloatTy, IntTy
    match ty:
        case IntTy() | FloatTy() | BoolTy() | CharTy():
            return True
        case TupleTy(elems=elems):
            return all(is_scalar_leaf_type(e) for e in elems)
        case ArrayTy(elem=elem):
            return is_scalar_leaf_type(elem)
    return False


def is_builtin_structural_eq(program: thir.Program, fn: thir.FnDef, args: tuple[Ty, ...]) -> bool:
    """`PartialEq::eq`/`ne` on a tuple or array of scalars (see is_scalar_leaf_type)."""
    if fn.trait_of is None or fn.impl_of is not None or fn.name not in ("eq", "ne") or not args:
        return False
    trait = program.traits.get(fn.trait_of)
    return (trait is not None and trait.name == "PartialEq" and isinstance(args[0], (TupleTy, ArrayTy))
            and is_scalar_leaf_type(args[0]) and all(a == args[0] for a in args[1:2]))


def _is_bitwise_copy(ty: Ty) -> bool:
    """`Clone` of `ty` is a bitwise copy and no library impl exists: fn items and pointers,
    raw pointers, `!`, and closures capturing only such values, shared references or
    primitives (a closure capturing a `String` by value is not `Copy` and may not be
    cloned bitwise; its clone stays unsupported)."""
    from rustlet.types import BoolTy, CharTy, FloatTy, IntTy, NeverTy
    match ty:
        case FnDefTy() | FnPtrTy() | RawPtrTy() | NeverTy() | IntTy() | FloatTy() | BoolTy() | CharTy():
            return True
        case RefTy(mutable=False):
            return True
        case TupleTy(elems=elems):
            return all(_is_bitwise_copy(e) for e in elems)
        case ClosureTy(upvars=upvars):
            return all(_is_bitwise_copy(u) for u in upvars)
    return False


def _mentions_param(ty: Ty) -> bool:
    match ty:
        case ParamTy():
            return True
        case RefTy(inner=inner) | RawPtrTy(inner=inner) | SliceTy(elem=inner) | ArrayTy(elem=inner):
            return _mentions_param(inner)
        case TupleTy(elems=elems):
            return any(_mentions_param(e) for e in elems)
        case AdtTy(args=args) | FnDefTy(args=args):
            return any(_mentions_param(a) for a in args)
        case ClosureTy(args=args, upvars=upvars):
            return any(_mentions_param(a) for a in args + upvars)
    return False
