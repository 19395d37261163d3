"""Collecting item signatures into the `Tcx` (see context.py for the order of steps).

Items are visited in DefId order, which puts every parent (impl, trait, enum) before
its children, so a child's generics can start from its parent's.  Inherent impls on
primitive types are allowed only in the std crate (E0390 elsewhere), as in rustc.
"""
from __future__ import annotations

from rustlet import ast, thir
from rustlet.diagnostics import error, unsupported
from rustlet.resolve import DefInfo, DefKind
from rustlet.typeck.elision import check_field_elision, check_fn_elision
from rustlet.typeck.astconv import ERROR, LowerEnv, lower_trait_ref, lower_ty, self_ty_of
from rustlet.typeck.context import ProjectionPred, Tcx, simplify_type
from rustlet.types import (
    ISIZE, UNIT, AdtTy, DefId, INT_KINDS_BY_NAME, IntTy, ParamTy, ProjectionTy, RefTy, Ty,
)


def collect_items(tcx: Tcx, defs: dict[DefId, DefInfo] | None = None) -> None:
    """Signatures of `defs` (default: every definition), whose dependencies are collected
    already or among `defs` (the driver collects std's, then the user crate's)."""
    defs = tcx.res.defs if defs is None else defs
    for def_id, info in defs.items():
        if info.kind is not DefKind.MOD:
            collect_generics(tcx, def_id)
    for def_id, info in defs.items():
        if info.kind is DefKind.TRAIT:
            collect_trait(tcx, def_id)
    # An ADT's bounds come before its field types: `peeked: Option<I::Item>` needs `I: Iterator`.
    for def_id, info in defs.items():
        if info.kind in (DefKind.STRUCT, DefKind.ENUM):
            collect_predicates(tcx, def_id)
    for def_id, info in defs.items():
        if info.kind in (DefKind.STRUCT, DefKind.ENUM):
            collect_adt(tcx, def_id)
    for def_id, info in defs.items():
        if info.kind is DefKind.IMPL:
            collect_impl(tcx, def_id)
    for def_id, info in defs.items():
        if info.kind not in (DefKind.MOD, DefKind.VARIANT, DefKind.STRUCT, DefKind.ENUM):
            collect_predicates(tcx, def_id)
    for def_id, info in defs.items():
        if info.kind is DefKind.IMPL:
            collect_impl_assoc_types(tcx, def_id)
    for def_id, info in defs.items():
        if info.kind in (DefKind.FN, DefKind.ASSOC_FN):
            collect_fn(tcx, def_id)
        elif info.kind in (DefKind.CONST, DefKind.ASSOC_CONST):
            collect_const(tcx, def_id)
        elif info.kind is DefKind.STATIC:
            collect_static(tcx, def_id)


def _ast_generics(node: ast.Node | None) -> ast.Generics | None:
    return getattr(node, "generics", None)


def collect_generics(tcx: Tcx, def_id: DefId) -> None:
    info = tcx.res.defs[def_id]
    params: list[thir.GenericParamDef] = []
    lifetimes: list[str] = []
    region_bounds: list[tuple[str, str]] = []
    if info.kind in (DefKind.ASSOC_FN, DefKind.ASSOC_CONST, DefKind.ASSOC_TY, DefKind.VARIANT, DefKind.CLOSURE):
        parent = tcx.generics.get(info.parent)  # type: ignore[arg-type]
        if parent is not None:
            params = list(parent.params)
            lifetimes = list(parent.lifetimes)
            region_bounds = list(parent.region_bounds)
    if info.kind is DefKind.TRAIT:
        params.append(thir.GenericParamDef("Self", 0))
    own_start = len(params)
    generics = _ast_generics(info.node)
    if generics is not None and info.kind is not DefKind.VARIANT:
        for p in generics.params:
            if isinstance(p, ast.TypeParam):
                param = ParamTy(len(params), p.name)
                tcx.param_of_node[p.id] = param
                params.append(thir.GenericParamDef(p.name, param.index))
            elif isinstance(p, ast.LifetimeParam):
                lifetimes.append(p.name)
                region_bounds.extend((p.name, b.name) for b in p.bounds)
        region_bounds.extend((wp.lifetime.name, b.name) for wp in generics.where_clause
                             if wp.lifetime is not None for b in wp.lifetime_bounds)
    if isinstance(info.node, ast.FnDecl):
        for node in _impl_trait_params(info.node):
            param = ParamTy(len(params), "impl " + " + ".join(_bound_text(b) for b in node.bounds))
            tcx.param_of_node[node.id] = param
            params.append(thir.GenericParamDef(param.name, param.index))
    tcx.generics[def_id] = thir.Generics(params, own_start, [], lifetimes=lifetimes, region_bounds=region_bounds)


def _impl_trait_params(fn: ast.FnDecl) -> list[ast.ImplTraitType]:
    """The `impl Trait` types in a function's parameter types: each is an anonymous
    type parameter of the function (rustc's "synthetic" generic parameters)."""
    return impl_trait_types([p.ty for p in fn.params])


def impl_trait_types(types: list[ast.Type]) -> list[ast.ImplTraitType]:
    """The `impl Trait` nodes inside `types`, in source order."""
    found: list[ast.ImplTraitType] = []
    stack: list[object] = list(types)
    while stack:
        node = stack.pop()
        if isinstance(node, ast.ImplTraitType):
            found.append(node)
            # `impl IntoIterator<Item = impl Display>`: the inner one is a parameter too
            stack.extend(seg.generic_args for b in node.bounds if isinstance(b, ast.TraitBound)
                         for seg in b.path.segments if seg.generic_args is not None)
        elif isinstance(node, (ast.RefType, ast.RawPtrType, ast.SliceType, ast.ArrayType)):
            stack.append(node.inner if isinstance(node, (ast.RefType, ast.RawPtrType)) else node.elem)
        elif isinstance(node, ast.TupleType):
            stack.extend(node.elems)
        elif isinstance(node, ast.PathType):
            stack.extend(seg.generic_args for seg in node.path.segments if seg.generic_args is not None)
        elif isinstance(node, ast.GenericArgs):
            stack.extend(a for a in node.args if isinstance(a, ast.Node))
            stack.extend(b.ty for b in node.bindings)
            if node.output is not None:
                stack.append(node.output)
    found.sort(key=lambda n: n.span.lo)
    return found


def _bound_text(bound: ast.GenericBound) -> str:
    return bound.path.segments[-1].name if isinstance(bound, ast.TraitBound) else bound.lifetime.name


def collect_predicates(tcx: Tcx, def_id: DefId) -> None:
    info = tcx.res.defs[def_id]
    g = tcx.generics[def_id]
    # Filled in place, so that a later bound can name an associated type of an earlier
    # one (`F: FnMut(Self::Item)` after the trait's `Self: Iterator`, `I::Item: Clone`).
    preds: list = []
    projections: list[ProjectionPred] = []
    g.predicates = preds
    tcx.projection_preds[def_id] = projections
    outlives: list[tuple[int, str]] = []  # `T: 'a`
    if info.kind in (DefKind.ASSOC_FN, DefKind.ASSOC_CONST, DefKind.ASSOC_TY, DefKind.CLOSURE) and \
            info.parent in tcx.generics:
        preds.extend(tcx.generics[info.parent].predicates)
        projections.extend(tcx.projection_preds.get(info.parent, []))
        outlives.extend(tcx.generics[info.parent].type_outlives)
    if info.kind is DefKind.TRAIT:
        preds.append(tcx.trait_ref(def_id, tcx.identity_args(def_id)))
    env = LowerEnv(def_id)
    generics = _ast_generics(info.node)
    if generics is not None:
        for p in generics.params:
            if isinstance(p, ast.TypeParam):
                param = tcx.param_of_node[p.id]
                for b in p.bounds:
                    if isinstance(b, ast.TraitBound) and not b.maybe:
                        tr = lower_trait_ref(tcx, b.path, param, env, projections)
                        if tr is not None:
                            preds.append(tr)
                    elif isinstance(b, ast.LifetimeBound):
                        outlives.append((param.index, b.lifetime.name))
        for wp in generics.where_clause:
            if wp.bounded_ty is None:
                continue
            bounded = lower_ty(tcx, wp.bounded_ty, env)
            for b in wp.bounds:
                if isinstance(b, ast.TraitBound) and not b.maybe:
                    tr = lower_trait_ref(tcx, b.path, bounded, env, projections)
                    if tr is not None:
                        preds.append(tr)
                elif isinstance(b, ast.LifetimeBound) and isinstance(bounded, ParamTy):
                    outlives.append((bounded.index, b.lifetime.name))
    if info.kind is DefKind.ASSOC_TY and isinstance(info.node, ast.TypeAliasDecl) and info.parent is not None \
            and tcx.kind(info.parent) is DefKind.TRAIT:
        collect_assoc_type_bounds(tcx, info.parent, info.node)
    if isinstance(info.node, ast.FnDecl):
        for node in _impl_trait_params(info.node):
            param = tcx.param_of_node[node.id]
            for b in node.bounds:
                if isinstance(b, ast.TraitBound) and not b.maybe:
                    tr = lower_trait_ref(tcx, b.path, param, env, projections)
                    if tr is not None:
                        preds.append(tr)
                elif isinstance(b, ast.LifetimeBound):
                    outlives.append((param.index, b.lifetime.name))
    if info.kind is DefKind.TRAIT:
        node = info.node
        assert isinstance(node, ast.TraitDecl)
        for b in node.supertraits:
            if isinstance(b, ast.TraitBound) and not b.maybe:
                tr = lower_trait_ref(tcx, b.path, ParamTy(0, "Self"), env, projections)
                if tr is not None:
                    preds.append(tr)
                    tcx.traits[def_id].supertraits.append(tr)
    g.predicates = preds
    g.type_outlives = outlives
    tcx.projection_preds[def_id] = projections
    g.projections = [(p.trait_ref, p.name, p.ty) for p in projections]


def collect_assoc_type_bounds(tcx: Tcx, trait: DefId, node: ast.TypeAliasDecl) -> None:
    """`type IntoIter: Iterator<Item = Self::Item>;`: bounds every `<T as Trait>::IntoIter`
    satisfies (selection and normalization use them for rigid projections)."""
    self_ty = ProjectionTy(tcx.trait_ref(trait, tcx.identity_args(trait)), node.name)
    bounds: list = []
    projections: list[ProjectionPred] = []
    for b in node.bounds:
        if isinstance(b, ast.TraitBound) and not b.maybe:
            tr = lower_trait_ref(tcx, b.path, self_ty, LowerEnv(trait), projections)
            if tr is not None:
                bounds.append(tr)
    tcx.assoc_type_bounds[(trait, node.name)] = bounds
    tcx.assoc_type_projections[(trait, node.name)] = projections


def collect_adt(tcx: Tcx, def_id: DefId) -> None:
    info = tcx.res.defs[def_id]
    node = info.node
    env = LowerEnv(def_id)
    derives = _derives(node.attrs)  # type: ignore[union-attr]
    repr_int = _repr_int(node.attrs)  # type: ignore[union-attr]
    if isinstance(node, ast.StructDecl):
        fields = [_field(tcx, f, i, env) for i, f in enumerate(node.fields)]
        variants = [thir.VariantDef(node.name, def_id, node.kind, fields, 0, node.name_span)]
        kind = thir.AdtKind.STRUCT
    else:
        assert isinstance(node, ast.EnumDecl)
        variants = []
        for v in node.variants:
            v_id = tcx.res.item_defs[v.id]
            fields = [_field(tcx, f, i, env, in_enum=True) for i, f in enumerate(v.fields)]
            variants.append(thir.VariantDef(v.name, v_id, v.kind, fields, 0, v.name_span))
        kind = thir.AdtKind.ENUM
    discr_ty = IntTy(INT_KINDS_BY_NAME[repr_int]) if repr_int else ISIZE
    tcx.adts[def_id] = thir.AdtDef(def_id, info.name, info.path, kind, tcx.generics[def_id], variants, derives,
                                   info.span, repr_int, discr_ty if kind is thir.AdtKind.ENUM else None)


def _field(tcx: Tcx, f: ast.FieldDef, index: int, env: LowerEnv, in_enum: bool = False) -> thir.FieldDef:
    check_field_elision(tcx, f.ty)
    return thir.FieldDef(f.name if f.name is not None else str(index), lower_ty(tcx, f.ty, env),
                         in_enum or f.vis is not ast.Visibility.PRIVATE, f.span)


def _derives(attrs: list[ast.Attribute]) -> list[str]:
    out: list[str] = []
    for a in attrs:
        if a.name == "derive" and a.args:
            out.extend(x.name.split("::")[-1] for x in a.args)
    return out


def _repr_int(attrs: list[ast.Attribute]) -> str | None:
    for a in attrs:
        if a.name == "repr" and a.args:
            for x in a.args:
                if x.name in INT_KINDS_BY_NAME:
                    return x.name
    return None


def collect_trait(tcx: Tcx, def_id: DefId) -> None:
    info = tcx.res.defs[def_id]
    node = info.node
    assert isinstance(node, ast.TraitDecl)
    items = []
    for item in node.items:
        item_id = tcx.res.item_defs[item.id]
        kind = {ast.FnDecl: "fn", ast.ConstDecl: "const", ast.TypeAliasDecl: "type"}[type(item)]
        has_default = (isinstance(item, ast.FnDecl) and item.body is not None) or (
            isinstance(item, ast.ConstDecl) and item.expr is not None) or (
            isinstance(item, ast.TypeAliasDecl) and item.ty is not None)
        items.append(thir.TraitItemDef(item.name, item_id, kind, has_default))
    tcx.traits[def_id] = thir.TraitDef(def_id, info.name, info.path, tcx.generics[def_id], [], items, info.span)
    tcx.trait_impls.setdefault(def_id, [])


def collect_impl(tcx: Tcx, def_id: DefId) -> None:
    info = tcx.res.defs[def_id]
    node = info.node
    assert isinstance(node, ast.ImplDecl)
    env = LowerEnv(def_id)
    self_ty = lower_ty(tcx, node.self_ty, env)
    env.self_ty = self_ty
    trait_ref = None
    if node.trait_path is not None:
        trait_ref = lower_trait_ref(tcx, node.trait_path, self_ty, env, [])
    items: dict[str, DefId] = {}
    assoc_types: dict[str, Ty] = {}
    impl = thir.ImplDef(def_id, tcx.generics[def_id], self_ty, trait_ref, items, assoc_types, info.span)
    tcx.impls[def_id] = impl
    for item in node.items:
        if not isinstance(item, ast.TypeAliasDecl):
            items[item.name] = tcx.res.item_defs[item.id]
    if node.negative:
        tcx.sink.emit(unsupported("negative impls", node.span))
        return
    if trait_ref is not None:
        tcx.trait_impls.setdefault(trait_ref.def_id, []).append(def_id)
        return
    if node.trait_path is not None:
        return  # the trait failed to resolve; already reported
    key = simplify_type(self_ty)
    if key is None:
        if self_ty != ERROR:
            tcx.sink.emit(error(f"cannot define inherent `impl` for a type outside of the crate where the type is "
                                "defined", node.self_ty.span, "impl for type defined outside of crate", "E0116"))
        return
    if not isinstance(self_ty, AdtTy) and not tcx.is_std(def_id):
        tcx.sink.emit(error(f"cannot define inherent `impl` for primitive types", node.self_ty.span, "",
                            "E0390").with_help("consider using an extension trait instead"))
        return
    if isinstance(self_ty, AdtTy) and tcx.res.defs[self_ty.def_id].crate != info.crate:
        tcx.sink.emit(error("cannot define inherent `impl` for a type outside of the crate where the type is "
                            "defined", node.self_ty.span, "impl for type defined outside of crate", "E0116"))
        return
    tcx.inherent_impls.setdefault(key, []).append(def_id)


def collect_impl_assoc_types(tcx: Tcx, def_id: DefId) -> None:
    """`type Item = T;` — after predicates, since `T` may be `I::Item` for a bound `I: Iterator`."""
    node = tcx.node(def_id)
    assert isinstance(node, ast.ImplDecl)
    impl = tcx.impls[def_id]
    env = LowerEnv(def_id, None, impl.self_ty)
    for item in node.items:
        if isinstance(item, ast.TypeAliasDecl):
            impl.assoc_types[item.name] = lower_ty(tcx, item.ty, env) if item.ty is not None else ERROR


def collect_fn(tcx: Tcx, def_id: DefId) -> None:
    info = tcx.res.defs[def_id]
    node = info.node
    assert isinstance(node, ast.FnDecl)
    self_ty = self_ty_of(tcx, info.parent) if info.kind is DefKind.ASSOC_FN else None
    env = LowerEnv(def_id, None, self_ty)
    inputs: list[Ty] = []
    self_kind = thir.SelfKind.NONE
    if node.self_param is not None:
        sp = node.self_param
        assert self_ty is not None
        match sp.kind:
            case ast.SelfKind.VALUE:
                inputs.append(self_ty)
                self_kind = thir.SelfKind.VALUE
            case ast.SelfKind.REF:
                inputs.append(RefTy(self_ty, False, sp.lifetime.name if sp.lifetime else None))
                self_kind = thir.SelfKind.REF
            case ast.SelfKind.REF_MUT:
                inputs.append(RefTy(self_ty, True, sp.lifetime.name if sp.lifetime else None))
                self_kind = thir.SelfKind.REF_MUT
            case ast.SelfKind.EXPLICIT:
                assert sp.explicit_ty is not None
                inputs.append(lower_ty(tcx, sp.explicit_ty, env))
                self_kind = thir.SelfKind.OTHER
    for p in node.params:
        inputs.append(lower_ty(tcx, p.ty, env))
    if node.ret is not None and impl_trait_types([node.ret]):
        # Return-position `impl Trait`: the hidden type is known once the body is checked
        # (typeck/__init__.py, `resolve_opaque_return`); until then the output is an error type.
        output: Ty = ERROR
        tcx.opaque_fns[def_id] = "pending"
    else:
        output = lower_ty(tcx, node.ret, env) if node.ret is not None else UNIT
    check_fn_elision(tcx, node)
    is_intrinsic = any(a.name == "intrinsic" for a in node.attrs)
    if is_intrinsic and not tcx.is_std(def_id):
        tcx.sink.emit(unsupported("`#[intrinsic]` outside the standard library", node.span))
    if node.body is None and not is_intrinsic and not (info.parent is not None and tcx.kind(info.parent) is DefKind.TRAIT):
        tcx.sink.emit(error("free function without a body", node.span, "", None))
    if node.is_unsafe or node.is_async or node.abi is not None:
        what = "unsafe functions" if node.is_unsafe else ("async functions" if node.is_async else "extern functions")
        tcx.sink.emit(unsupported(f"{what} are outside the Rustlet subset", node.span))
    impl_of = info.parent if info.parent is not None and tcx.kind(info.parent) is DefKind.IMPL else None
    trait_of = None
    if info.parent is not None and tcx.kind(info.parent) is DefKind.TRAIT:
        trait_of = info.parent
    elif impl_of is not None and tcx.impls[impl_of].trait_ref is not None:
        trait_of = tcx.impls[impl_of].trait_ref.def_id  # type: ignore[union-attr]
    inline = None
    cold = False
    for a in node.attrs:
        if a.name == "inline":
            inline = a.args[0].name if a.args else "hint"
        elif a.name == "cold":
            cold = True
    tcx.fns[def_id] = thir.FnDef(def_id, info.name, info.path, tcx.generics[def_id], thir.FnSig(tuple(inputs), output),
                                 [], None, info.span, self_kind, impl_of, trait_of, is_intrinsic, inline, cold,
                                 crate=info.crate)


def collect_const(tcx: Tcx, def_id: DefId) -> None:
    info = tcx.res.defs[def_id]
    node = info.node
    assert isinstance(node, ast.ConstDecl)
    self_ty = self_ty_of(tcx, info.parent) if info.kind is DefKind.ASSOC_CONST else None
    ty = lower_ty(tcx, node.ty, LowerEnv(def_id, None, self_ty))
    tcx.consts[def_id] = thir.ConstDef(def_id, info.name, info.path, ty, None, None, info.span)


def collect_static(tcx: Tcx, def_id: DefId) -> None:
    info = tcx.res.defs[def_id]
    node = info.node
    assert isinstance(node, ast.StaticDecl)
    if node.mutable:
        tcx.sink.emit(unsupported("`static mut` is outside the Rustlet subset (it needs `unsafe`)", node.span))
    ty = lower_ty(tcx, node.ty, LowerEnv(def_id))
    tcx.statics[def_id] = thir.StaticDef(def_id, info.name, info.path, ty, None, None, node.mutable,  # type: ignore[arg-type]
                                         info.span)
