"""AST types → semantic types (rustc's "astconv"/HIR ty lowering).

`lower_ty` turns an `ast.Type` into a `Ty` using resolve's side table: primitives,
ADTs with their generic arguments (omitted arguments become inference variables in
bodies; a wrong count is E0107), type parameters, `Self`, type aliases (substituted),
references, tuples, arrays (the length is a constant expression: `consteval`), slices,
`!`, `fn` pointers, and associated types (`T::Item`, `Self::Item`,
`<T as Trait>::Item`) as projections, normalized when the self type is concrete.
`_` is an inference variable in bodies and E0121 in signatures.  `dyn Trait` is a
`DynTy` (object safety checked: E0038); `impl Trait` in argument position is the
anonymous type parameter collect.py made for it, in return position the hidden type
being inferred (`LowerEnv.opaque`).  `Fn(A) -> R` sugar is `Fn<(A,)>` plus the
projection bound `<Self as FnOnce<(A,)>>::Output == R`.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from rustlet import ast, thir
from rustlet.diagnostics import error, unsupported
from rustlet.resolve import DefKind, PathResolution, ResKind
from rustlet.source import Span
from rustlet.typeck.context import ProjectionPred, Tcx
from rustlet.types import (
    FLOAT_KINDS_BY_NAME, INT_KINDS_BY_NAME, NEVER, STR, USIZE, AdtTy, ArrayTy, BoolTy, CharTy, DefId, ErrorTy,
    DynTy, FloatTy, FnPtrTy, IntTy, ParamTy, ProjectionTy, RawPtrTy, RefTy, SliceTy, TraitRef, TupleTy, Ty, subst,
)

ERROR = ErrorTy()


@dataclass(slots=True)
class LowerEnv:
    """Where a type is written: the item whose generics and `Self` are in scope, and
    how to make inference variables (None in signatures)."""

    item: DefId | None
    new_var: Callable[[ast.Node], Ty] | None = None
    self_ty: Ty | None = None
    # `impl Trait` in a return type, while the function's own body is checked: a fresh
    # inference variable bounded by the traits (the hidden type, see typeck/__init__.py).
    opaque: Callable[[ast.ImplTraitType], Ty] | None = None


def prim_ty(name: str) -> Ty:
    if name in INT_KINDS_BY_NAME:
        return IntTy(INT_KINDS_BY_NAME[name])
    if name in FLOAT_KINDS_BY_NAME:
        return FloatTy(FLOAT_KINDS_BY_NAME[name])
    return {"bool": BoolTy(), "char": CharTy(), "str": STR}[name]


def self_ty_of(tcx: Tcx, item: DefId | None) -> Ty | None:
    """The type `Self` stands for inside `item` (an impl, trait, ADT or something inside one)."""
    while item is not None:
        kind = tcx.kind(item)
        if kind is DefKind.IMPL:
            impl = tcx.impls.get(item)
            return impl.self_ty if impl is not None else None
        if kind is DefKind.TRAIT:
            return ParamTy(0, "Self")
        if kind in (DefKind.STRUCT, DefKind.ENUM):
            return tcx.adt_ty(item, tcx.identity_args(item))
        if kind is DefKind.MOD:
            return None
        item = tcx.parent(item)
    return None


def lower_ty(tcx: Tcx, ty: ast.Type, env: LowerEnv) -> Ty:  # noqa: C901 — one case per type form
    match ty:
        case ast.PathType():
            if ty.qself is not None:
                return lower_qpath(tcx, ty.qself, ty.path, env)
            return lower_path_ty(tcx, ty.path, env)
        case ast.RefType():
            region = ty.lifetime.name if ty.lifetime is not None and ty.lifetime.name != "'_" else None
            return RefTy(lower_ty(tcx, ty.inner, env), ty.mutable, region)
        case ast.RawPtrType():
            return RawPtrTy(lower_ty(tcx, ty.inner, env), ty.mutable)
        case ast.TupleType():
            return TupleTy(tuple(lower_ty(tcx, e, env) for e in ty.elems))
        case ast.ArrayType():
            from rustlet.typeck.consteval import eval_array_length
            elem = lower_ty(tcx, ty.elem, env)
            n = eval_array_length(tcx, ty.length, env.item)
            return ArrayTy(elem, n) if n is not None else ERROR
        case ast.SliceType():
            return SliceTy(lower_ty(tcx, ty.elem, env))
        case ast.NeverType():
            return NEVER
        case ast.InferType():
            if env.new_var is not None:
                return env.new_var(ty)
            tcx.sink.emit(error("the placeholder `_` is not allowed within types on item signatures", ty.span,
                                "not allowed in type signatures", "E0121"))
            return ERROR
        case ast.FnPtrType():
            params = tuple(lower_ty(tcx, p, env) for p in ty.params)
            ret = lower_ty(tcx, ty.ret, env) if ty.ret is not None else TupleTy(())
            return FnPtrTy(params, ret)
        case ast.ImplTraitType():
            param = tcx.param_of_node.get(ty.id)
            if param is not None:
                return param  # argument position: an anonymous type parameter (collect.py)
            if env.opaque is not None:
                return env.opaque(ty)  # return position, while checking the function's body
            tcx.sink.emit(error("`impl Trait` is not allowed in this position", ty.span,
                                "`impl Trait` is only allowed in function parameters and return types", "E0562"))
            return ERROR
        case ast.DynTraitType():
            return lower_dyn_ty(tcx, ty, env)
    tcx.sink.emit(unsupported(f"type form {type(ty).__name__}", ty.span))
    return ERROR


def generic_args_for(tcx: Tcx, def_id: DefId, seg: ast.PathSegment, env: LowerEnv, node: ast.Node,
                     parent_args: tuple[Ty, ...] = ()) -> tuple[Ty, ...]:
    """The generic arguments of `def_id` written on `seg` (or inferred / defaulted)."""
    generics = tcx.generics[def_id]
    own = generics.params[generics.own_start:]
    written = [a for a in (seg.generic_args.args if seg.generic_args is not None else [])
               if not isinstance(a, ast.Lifetime)]
    if written and len(written) != len(own):
        info = tcx.res.defs[def_id]
        kind = {DefKind.STRUCT: "struct", DefKind.ENUM: "enum", DefKind.TYPE_ALIAS: "type alias"}.get(
            info.kind, "function" if info.kind in (DefKind.FN, DefKind.ASSOC_FN) else info.kind.value)
        n = len(own)
        tcx.sink.emit(error(f"{kind} takes {n} generic argument{'s' if n != 1 else ''} but {len(written)} "
                            f"generic argument{'s were' if len(written) != 1 else ' was'} supplied",
                            seg.span, f"expected {n} generic argument{'s' if n != 1 else ''}", "E0107"))
        return parent_args + tuple(ERROR for _ in own)
    if written:
        return parent_args + tuple(lower_ty(tcx, a, env) for a in written)  # type: ignore[arg-type]
    if not own:
        return parent_args
    if env.new_var is not None:
        return parent_args + tuple(env.new_var(node) for _ in own)
    # In a signature: defaults, else E0107.
    defaults = []
    for p in own:
        node_p = _type_param_node(tcx, def_id, p.name)
        if node_p is not None and node_p.default is not None:
            defaults.append(lower_ty(tcx, node_p.default, env))
        else:
            n = len(own)
            tcx.sink.emit(error(f"missing generics for {tcx.kind(def_id).value} `{tcx.res.defs[def_id].name}`",
                                seg.span, f"expected {n} generic argument{'s' if n != 1 else ''}", "E0107"))
            return parent_args + tuple(ERROR for _ in own)
    return parent_args + tuple(defaults)


def _type_param_node(tcx: Tcx, def_id: DefId, name: str) -> ast.TypeParam | None:
    node = tcx.node(def_id)
    generics = getattr(node, "generics", None)
    if generics is None:
        return None
    for p in generics.params:
        if isinstance(p, ast.TypeParam) and p.name == name:
            return p
    return None


def lower_path_ty(tcx: Tcx, path: ast.Path, env: LowerEnv) -> Ty:
    pres = tcx.res.paths.get(path.id)
    if pres is None or pres.base.kind is ResKind.ERR:
        return ERROR
    base = base_ty(tcx, path, pres, env)
    if base is None:
        return ERROR
    if pres.unresolved == 0:
        return base
    if pres.unresolved == 1:
        return lower_assoc_type(tcx, base, path.segments[-1], env)
    tcx.sink.emit(unsupported("nested associated type paths", path.span))
    return ERROR


def base_ty(tcx: Tcx, path: ast.Path, pres: PathResolution, env: LowerEnv) -> Ty | None:
    """The type named by the resolved prefix of `path` (None after an error)."""
    res = pres.base
    seg_index = len(path.segments) - pres.unresolved - 1
    seg = path.segments[seg_index]
    match res.kind:
        case ResKind.PRIM:
            return prim_ty(res.name)
        case ResKind.TY_PARAM:
            return tcx.param_of_node.get(res.local, ERROR)  # type: ignore[arg-type]
        case ResKind.SELF_TY:
            if env.self_ty is not None:
                return env.self_ty
            found = self_ty_of(tcx, res.def_id)
            return found if found is not None else ERROR
        case ResKind.DEF:
            assert res.def_id is not None
            kind = tcx.kind(res.def_id)
            if kind in (DefKind.STRUCT, DefKind.ENUM):
                adt = tcx.adt_ty(res.def_id, generic_args_for(tcx, res.def_id, seg, env, path))
                written = [a.name for a in seg.generic_args.args if isinstance(a, ast.Lifetime)] \
                    if seg.generic_args is not None else []
                if written:  # kept for borrowck (lifetimes in signatures)
                    adt = AdtTy(adt.def_id, adt.args, adt.name, tuple(None if n == "'_" else n for n in written))
                return adt
            if kind is DefKind.TYPE_ALIAS:
                target = tcx.type_aliases.get(res.def_id)
                if target is None:
                    target = lower_type_alias(tcx, res.def_id)
                return subst(target, generic_args_for(tcx, res.def_id, seg, env, path))
            if kind is DefKind.VARIANT:
                tcx.sink.emit(error(f"expected type, found variant `{tcx.res.defs[res.def_id].name}`", seg.span,
                                    "not a type", "E0573"))
                return None
            if kind is DefKind.TRAIT:
                tcx.sink.emit(error("expected a type, found a trait", path.span, "",  "E0782")
                              .with_help(f"add `dyn` keyword before this trait: `dyn {seg.name}`"))
                return None
            if kind is DefKind.ASSOC_TY:
                return lower_assoc_type_def(tcx, res.def_id, env, seg)
            tcx.sink.emit(error(f"expected type, found {kind.value} `{tcx.res.defs[res.def_id].name}`", seg.span,
                                "not a type", "E0573"))
            return None
    return None


def lower_type_alias(tcx: Tcx, def_id: DefId) -> Ty:
    node = tcx.node(def_id)
    assert isinstance(node, ast.TypeAliasDecl)
    tcx.type_aliases[def_id] = ERROR  # cycle guard
    target = lower_ty(tcx, node.ty, LowerEnv(def_id)) if node.ty is not None else ERROR
    tcx.type_aliases[def_id] = target
    return target


def lower_assoc_type_def(tcx: Tcx, def_id: DefId, env: LowerEnv, seg: ast.PathSegment) -> Ty:
    """`Trait::Name` written directly (rare): needs a self type, so `Self::Name` in a trait."""
    parent = tcx.parent(def_id)
    if parent is not None and tcx.kind(parent) is DefKind.TRAIT:
        self_ty = env.self_ty or ParamTy(0, "Self")
        return ProjectionTy(tcx.trait_ref(parent, (self_ty,) + _trait_params(tcx, parent)), seg.name)
    return ERROR


def _trait_params(tcx: Tcx, trait: DefId) -> tuple[Ty, ...]:
    g = tcx.generics[trait]
    return tuple(ParamTy(p.index, p.name) for p in g.params[1:])


def lower_assoc_type(tcx: Tcx, base: Ty, seg: ast.PathSegment, env: LowerEnv) -> Ty:
    """`Base::Name`: an associated type of a bound of a type parameter (or of Self)."""
    from rustlet.typeck.traits import normalize_projection_in_env, traits_with_assoc_type
    if isinstance(base, ParamTy):
        for tr in traits_with_assoc_type(tcx, env.item, base, seg.name):
            return normalize_projection_in_env(tcx, env.item, ProjectionTy(tr, seg.name))
        tcx.sink.emit(error(f"associated type `{seg.name}` not found for `{base.name}`", seg.span,
                            f"associated type `{seg.name}` not found", "E0220"))
        return ERROR
    # `Self::Item` inside an impl: the impl's own definition.
    impl = _enclosing_impl(tcx, env.item)
    if impl is not None and tcx.impls.get(impl) is not None and tcx.impls[impl].self_ty == base:
        found = tcx.impls[impl].assoc_types.get(seg.name)
        if found is not None:
            return found
    tcx.sink.emit(error(f"ambiguous associated type", seg.span, f"help: use fully-qualified syntax", "E0223"))
    return ERROR


def _enclosing_impl(tcx: Tcx, item: DefId | None) -> DefId | None:
    while item is not None:
        if tcx.kind(item) is DefKind.IMPL:
            return item
        if tcx.kind(item) is DefKind.MOD:
            return None
        item = tcx.parent(item)
    return None


def lower_qpath(tcx: Tcx, qself: ast.QSelf, path: ast.Path, env: LowerEnv) -> Ty:
    from rustlet.typeck.traits import normalize_projection_in_env
    self_ty = lower_ty(tcx, qself.ty, env)
    if qself.trait_path is None:
        if len(path.segments) == 1:
            return lower_assoc_type(tcx, self_ty, path.segments[0], env)
        tcx.sink.emit(unsupported("this qualified path", path.span))
        return ERROR
    tr = lower_trait_ref(tcx, qself.trait_path, self_ty, env, [])
    if tr is None or len(path.segments) != 1:
        return ERROR
    return normalize_projection_in_env(tcx, env.item, ProjectionTy(tr, path.segments[0].name))


def lower_trait_ref(tcx: Tcx, path: ast.Path, self_ty: Ty, env: LowerEnv,
                    projections: list[ProjectionPred]) -> TraitRef | None:
    pres = tcx.res.paths.get(path.id)
    if pres is None or pres.base.kind is not ResKind.DEF or pres.unresolved:
        return None
    trait = pres.base.def_id
    assert trait is not None
    if tcx.kind(trait) is not DefKind.TRAIT:
        return None
    seg = path.segments[-1]
    ga = seg.generic_args
    if ga is not None and ga.parenthesized:
        return lower_fn_sugar(tcx, trait, ga, self_ty, env, projections, path)
    args = generic_args_for(tcx, trait, seg, LowerEnv(env.item, None, env.self_ty), path, (self_ty,)) \
        if (ga is not None and [a for a in ga.args if not isinstance(a, ast.Lifetime)]) or \
        len(tcx.generics[trait].params) == 1 else _default_trait_args(tcx, trait, self_ty, env, seg)
    tr = tcx.trait_ref(trait, args)
    if ga is not None:
        from rustlet.typeck.traits import trait_declaring_assoc_type
        for b in ga.bindings:
            # `DoubleEndedIterator<Item = T>` binds `Iterator::Item`: keyed by the declaring trait.
            declaring = trait_declaring_assoc_type(tcx, tr, b.name) or tr
            projections.append(ProjectionPred(declaring, b.name, lower_ty(tcx, b.ty, env)))
    return tr


def _default_trait_args(tcx: Tcx, trait: DefId, self_ty: Ty, env: LowerEnv, seg: ast.PathSegment) -> tuple[Ty, ...]:
    """`Add` without `<Rhs>`: the parameter defaults (`Rhs = Self`)."""
    args: list[Ty] = [self_ty]
    for p in tcx.generics[trait].params[1:]:
        node_p = _type_param_node(tcx, trait, p.name)
        if node_p is not None and node_p.default is not None:
            args.append(subst(lower_ty(tcx, node_p.default, LowerEnv(trait)), tuple(args)))
        elif env.new_var is not None:
            args.append(env.new_var(seg))
        else:
            tcx.sink.emit(error(f"missing generics for trait `{tcx.res.defs[trait].name}`", seg.span,
                                "missing generic argument", "E0107"))
            args.append(ERROR)
    return tuple(args)


FN_TRAITS = ("Fn", "FnMut", "FnOnce")


def lower_fn_sugar(tcx: Tcx, trait: DefId, ga: ast.GenericArgs, self_ty: Ty, env: LowerEnv,
                   projections: list[ProjectionPred], path: ast.Path) -> TraitRef | None:
    """`Fn(A, B) -> R` is `Fn<(A, B)>` with `<Self as FnOnce<(A, B)>>::Output == R`."""
    if not any(tcx.lang(name) == trait for name in FN_TRAITS):
        tcx.sink.emit(error("parenthesized type parameters may only be used with a `Fn` trait", path.span,
                            "only `Fn` traits may use parentheses", "E0214"))
        return None
    inputs = TupleTy(tuple(lower_ty(tcx, a, env) for a in ga.args if not isinstance(a, ast.Lifetime)))  # type: ignore[arg-type]
    output = lower_ty(tcx, ga.output, env) if ga.output is not None else TupleTy(())
    fn_once = tcx.lang("FnOnce")
    assert fn_once is not None
    projections.append(ProjectionPred(tcx.trait_ref(fn_once, (self_ty, inputs)), "Output", output))
    return tcx.trait_ref(trait, (self_ty, inputs))


def lower_dyn_ty(tcx: Tcx, ty: ast.DynTraitType, env: LowerEnv) -> Ty:
    """`dyn Trait<Args, Name = T> + 'a`: the principal trait with a placeholder `Self`
    (ParamTy 0) and its associated-type bindings; lifetime bounds are ignored."""
    principal: TraitRef | None = None
    projections: list[ProjectionPred] = []
    for bound in ty.bounds:
        if not isinstance(bound, ast.TraitBound):
            continue
        if principal is not None:
            tcx.sink.emit(error("only auto traits can be used as additional traits in a trait object", bound.span,
                                "additional non-auto trait", "E0225"))
            return ERROR
        principal = lower_trait_ref(tcx, bound.path, ParamTy(0, "Self"), env, projections)
        if principal is None:
            return ERROR
    if principal is None:
        tcx.sink.emit(error("at least one trait is required for an object type", ty.span, "", "E0224"))
        return ERROR
    check_object_safety(tcx, principal.def_id, ty.span)
    return DynTy(principal, tuple(sorted((p.name, p.ty) for p in projections)))


def check_object_safety(tcx: Tcx, trait_id: DefId, span: Span) -> bool:
    """E0038 when a trait cannot be made into an object (rustc's dyn-compatibility rules,
    as far as the subset reaches): a `Sized` supertrait, an associated const, or a method
    (without `where Self: Sized`) that has no receiver, has type parameters of its own,
    or mentions `Self` outside its receiver."""
    trait = tcx.traits.get(trait_id)
    if trait is None:
        return True
    reason = object_safety_violation(tcx, trait_id)
    if reason is None:
        return True
    trait.is_object_safe = False
    tcx.sink.emit(error(f"the trait `{trait.name}` is not dyn compatible", span,
                        f"`{trait.name}` is not dyn compatible", "E0038").with_note(reason))
    return False


def object_safety_violation(tcx: Tcx, trait_id: DefId) -> str | None:
    from rustlet.typeck.traits import elaborate
    sized = tcx.lang("Sized")
    for tr in elaborate(tcx, [tcx.trait_ref(trait_id, tcx.identity_args(trait_id))]):
        trait = tcx.traits.get(tr.def_id)
        if trait is None:
            continue
        if any(s.def_id == sized and s.args[0] == ParamTy(0, "Self") for s in trait.supertraits):
            return "the trait requires `Self: Sized`"
        for item in trait.items:
            if item.kind == "const":
                return f"it contains the associated `const` `{item.name}`"
            if item.kind != "fn":
                continue
            fn = tcx.fns.get(item.def_id)
            if fn is None or _requires_sized_self(tcx, fn.generics.predicates):
                continue
            if fn.self_kind is thir.SelfKind.NONE:
                return f"associated function `{item.name}` has no `self` parameter"
            if fn.generics.count > fn.generics.own_start:
                return f"method `{item.name}` has generic type parameters"
            if any(_mentions_self(t) for t in fn.sig.inputs[1:]) or _mentions_self(fn.sig.output):
                return f"method `{item.name}` references the `Self` type in its parameters or return type"
    return None


def _requires_sized_self(tcx: Tcx, preds: list[TraitRef]) -> bool:
    sized = tcx.lang("Sized")
    return any(p.def_id == sized and p.args[0] == ParamTy(0, "Self") for p in preds)


def _mentions_self(ty: Ty) -> bool:
    match ty:
        case ParamTy(index=0, name="Self"):
            return True
        case RefTy(inner=inner) | RawPtrTy(inner=inner) | SliceTy(elem=inner) | ArrayTy(elem=inner):
            return _mentions_self(inner)
        case TupleTy(elems=elems):
            return any(_mentions_self(e) for e in elems)
        case AdtTy(args=args):
            return any(_mentions_self(a) for a in args)
        case FnPtrTy(params=params, ret=ret):
            return any(_mentions_self(p) for p in params) or _mentions_self(ret)
    return False
