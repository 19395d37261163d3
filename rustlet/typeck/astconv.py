"""AST types → semantic types (rustc's "astconv"/HIR ty lowering).

`lower_ty` turns an `ast.Type` into a `Ty` using resolve's side table: primitives,
ADTs with their generic arguments (omitted arguments become inference variables in
bodies; a wrong count is E0107), type parameters, `Self`, type aliases (substituted),
references, tuples, arrays (the length is a constant expression: `consteval`), slices,
`!`, `fn` pointers, and associated types (`T::Item`, `Self::Item`,
`<T as Trait>::Item`) as projections, normalized when the self type is concrete.
`_` is an inference variable in bodies and E0121 in signatures.  `impl Trait` and
`dyn Trait` are not supported yet and say so.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from rustlet import ast
from rustlet.diagnostics import error, unsupported
from rustlet.resolve import DefKind, PathResolution, ResKind
from rustlet.typeck.context import ProjectionPred, Tcx
from rustlet.types import (
    FLOAT_KINDS_BY_NAME, INT_KINDS_BY_NAME, NEVER, STR, USIZE, AdtTy, ArrayTy, BoolTy, CharTy, DefId, ErrorTy,
    FloatTy, FnPtrTy, IntTy, ParamTy, ProjectionTy, RawPtrTy, RefTy, SliceTy, TraitRef, TupleTy, Ty, subst,
)

ERROR = ErrorTy()


@dataclass(slots=True)
class LowerEnv:
    """Where a type is written: the item whose generics and `Self` are in scope, and
    how to make inference variables (None in signatures)."""

    item: DefId | None
    new_var: Callable[[ast.Node], Ty] | None = None
    self_ty: Ty | None = None


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
            tcx.sink.emit(unsupported("`impl Trait` types", ty.span))
            return ERROR
        case ast.DynTraitType():
            tcx.sink.emit(unsupported("trait objects (`dyn Trait`)", ty.span))
            return ERROR
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
                return tcx.adt_ty(res.def_id, generic_args_for(tcx, res.def_id, seg, env, path))
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
                tcx.sink.emit(unsupported("trait objects (bare trait used as a type)", path.span))
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
        tcx.sink.emit(unsupported("closure traits (`Fn(…)` bounds)", path.span))
        return None
    args = generic_args_for(tcx, trait, seg, LowerEnv(env.item, None, env.self_ty), path, (self_ty,)) \
        if (ga is not None and [a for a in ga.args if not isinstance(a, ast.Lifetime)]) or \
        len(tcx.generics[trait].params) == 1 else _default_trait_args(tcx, trait, self_ty, env, seg)
    tr = tcx.trait_ref(trait, args)
    if ga is not None:
        for b in ga.bindings:
            projections.append(ProjectionPred(tr, b.name, lower_ty(tcx, b.ty, env)))
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
