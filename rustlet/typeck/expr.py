"""Checking expressions and blocks, building their THIR.

Bidirectional: `check_expr(e, expected)` takes an optional expectation (a hint that
flows down, as rustc's `Expectation`), returns the typed THIR node, whose type may
still hold inference variables until writeback.  Coercion sites (`let` with a type,
arguments, returns, struct fields, array elements, `if`/`match` branches, break
values) call `coerce`.  Operators on primitives are typed by rustc's built-in rules
(`ops.py`); calls, paths and struct literals here; methods in method.py; patterns in
pat.py.  Desugarings (rustc's): `while c { b }` → `loop { if c { b } else { break } }`;
`for p in e { b }` → `match IntoIterator::into_iter(e) { mut it => loop { match
Iterator::next(&mut it) { None => break, Some(p) => b } } }`.

A block diverges (type `!`) when it has no tail expression and one of its statements
has type `!` (`return`, `break`, `panic!`, a `loop` without `break`).
"""
from __future__ import annotations

from rustlet import ast, thir
from rustlet.diagnostics import error, unsupported
from rustlet.resolve import DefKind, PathResolution, ResKind
from rustlet.source import Span
from rustlet.typeck.astconv import LowerEnv, base_ty, generic_args_for, lower_ty
from rustlet.typeck.consteval import eval_array_length, round_f32
from rustlet.typeck.fnctxt import ERROR, LoopCtx
from rustlet.types import (
    BOOL, CHAR, FLOAT_KINDS_BY_NAME, INT_KINDS_BY_NAME, NEVER, STR, U8, UNIT, USIZE, AdtTy, ArrayTy, DefId,
    ErrorTy, FloatTy, FnDefTy, FnPtrTy, InferTy, IntTy, NeverTy, ParamTy, RefTy, SliceTy, TupleTy, Ty, subst,
)

PLACE_NODES = (thir.LocalVar, thir.UpvarRef, thir.StaticRef, thir.Deref, thir.FieldAccess, thir.IndexExpr)


class ExprChecker:
    # ── entry points ──

    def lower_env(self) -> LowerEnv:
        return LowerEnv(self.item, lambda node: self.new_var(node.span))

    def check_expr_coerce(self, e: ast.Expr, target: Ty) -> thir.Expr:
        return self.coerce(self.check_expr(e, target), target)

    def check_expr(self, e: ast.Expr, expected: Ty | None = None) -> thir.Expr:  # noqa: C901 — dispatch
        match e:
            case ast.Lit():
                return self.check_lit(e, expected)
            case ast.PathExpr():
                return self.check_path_expr(e, expected)
            case ast.Unary():
                return self.check_unary(e, expected)
            case ast.Binary():
                return self.check_binary(e, expected)
            case ast.Assign():
                return self.check_assign(e)
            case ast.AssignOp():
                return self.check_assign_op(e)
            case ast.AddrOf():
                return self.check_addr_of(e, expected)
            case ast.Cast():
                return self.check_cast(e)
            case ast.Call():
                return self.check_call(e, expected)
            case ast.MethodCall():
                return self.check_method_call(e, expected)
            case ast.Field():
                return self.check_field(e)
            case ast.Index():
                return self.check_index(e)
            case ast.Range():
                return self.check_range(e, expected)
            case ast.Tuple():
                return self.check_tuple(e, expected)
            case ast.Array():
                return self.check_array(e, expected)
            case ast.Repeat():
                return self.check_repeat(e, expected)
            case ast.StructLit():
                return self.check_struct_lit(e, expected)
            case ast.BlockExpr():
                return self.check_block_expr(e, expected)
            case ast.If():
                return self.check_if(e, expected)
            case ast.While():
                return self.check_while(e)
            case ast.Loop():
                return self.check_loop(e, expected)
            case ast.ForLoop():
                return self.check_for(e)
            case ast.Match():
                return self.check_match(e, expected)
            case ast.Break():
                return self.check_break(e)
            case ast.Continue():
                target = self.tcx.res.jump_targets.get(e.id)
                if target is None:
                    return self.error_expr(e.span)
                return thir.Continue(target, ty=NEVER, span=e.span)
            case ast.Return():
                return self.check_return(e)
            case ast.FormatArgs():
                arguments = self.tcx.lang("Arguments")
                if arguments is None:
                    return self.unsupported("`format_args!` (the library has no `fmt::Arguments`)", e.span)
                format_args = self.check_format_args(e)
                format_args.ty = self.tcx.adt_ty(arguments, ())
                return format_args
            case ast.MacroPrint():
                return thir.Print(e.target, self.check_format_args(e.args), ty=UNIT, span=e.span)
            case ast.MacroFormat():
                string = self.tcx.lang("String")
                if string is None:
                    return self.unsupported("`format!` (the library has no `String` yet)", e.span)
                return thir.FormatString(self.check_format_args(e.args), ty=self.tcx.adt_ty(string, ()), span=e.span)
            case ast.MacroPanic():
                return thir.Panic(self.check_format_args(e.args), ty=NEVER, span=e.span)
            case ast.MacroVec():
                return self.check_vec_macro(e, expected)
            case ast.Closure():
                return self.check_closure(e, expected)
            case ast.Try():
                return self.check_try(e)
            case ast.Let():
                self.emit(error("expected expression, found `let` statement", e.span, "", None))
                return self.error_expr(e.span)
            case ast.Underscore():
                return self.unsupported("destructuring assignment", e.span)
        return self.unsupported(f"expression {type(e).__name__}", e.span)

    def error_expr(self, span: Span) -> thir.Expr:
        return thir.Literal(0, ty=ERROR, span=span)

    def unsupported(self, what: str, span: Span) -> thir.Expr:
        self.emit(unsupported(what, span))
        return self.error_expr(span)

    # ── literals ──

    def check_lit(self, e: ast.Lit, expected: Ty | None) -> thir.Expr:
        exp = self.shallow(expected) if expected is not None else None
        match e.kind:
            case ast.LitKind.INT:
                if e.suffix in INT_KINDS_BY_NAME:
                    ty: Ty = IntTy(INT_KINDS_BY_NAME[e.suffix])
                elif e.suffix in FLOAT_KINDS_BY_NAME:
                    return thir.Literal(float(e.value), ty=FloatTy(FLOAT_KINDS_BY_NAME[e.suffix]), span=e.span)  # type: ignore[arg-type]
                elif isinstance(exp, IntTy):
                    ty = exp
                elif isinstance(exp, InferTy) and exp.kind == "int":
                    ty = exp
                else:
                    ty = self.new_var(e.span, "int")
                return thir.Literal(e.value, ty=ty, span=e.span)  # type: ignore[arg-type]
            case ast.LitKind.FLOAT:
                if e.suffix in FLOAT_KINDS_BY_NAME:
                    ty = FloatTy(FLOAT_KINDS_BY_NAME[e.suffix])
                elif isinstance(exp, FloatTy) or (isinstance(exp, InferTy) and exp.kind == "float"):
                    ty = exp
                else:
                    ty = self.new_var(e.span, "float")
                value = float(e.value)  # type: ignore[arg-type]
                return thir.Literal(round_f32(value) if e.suffix == "f32" else value, ty=ty, span=e.span)
            case ast.LitKind.BOOL:
                return thir.Literal(bool(e.value), ty=BOOL, span=e.span)
            case ast.LitKind.CHAR:
                return thir.Literal(e.value, ty=CHAR, span=e.span)  # type: ignore[arg-type]
            case ast.LitKind.STR:
                return thir.Literal(e.value, ty=RefTy(STR, False), span=e.span)  # type: ignore[arg-type]
            case ast.LitKind.BYTE:
                return thir.Literal(e.value, ty=U8, span=e.span)  # type: ignore[arg-type]
            case ast.LitKind.BYTE_STR:
                data = bytes(e.value)  # type: ignore[arg-type]
                return thir.Literal(data, ty=RefTy(ArrayTy(U8, len(data))), span=e.span)
        raise AssertionError(f"literal kind {e.kind}")

    # ── paths ──

    def local_var(self, local: int, span: Span) -> thir.Expr:
        local = self.tcx.res.bindings.get(local, local)
        info = self.tcx.locals.get(local)
        if info is None:
            return self.error_expr(span)
        return thir.LocalVar(local, ty=info.ty, span=span)  # type: ignore[arg-type]

    def check_path_expr(self, e: ast.PathExpr, expected: Ty | None) -> thir.Expr:
        pres = self.tcx.res.paths.get(e.path.id)
        if pres is None or (pres.base.kind is ResKind.ERR and e.qself is None):
            return self.error_expr(e.span)
        if e.qself is not None:
            return self.check_qualified_path(e)
        base = pres.base
        if base.kind is ResKind.LOCAL:
            return self.local_var(base.local, e.span)  # type: ignore[arg-type]
        if pres.unresolved == 0 and base.kind is ResKind.DEF:
            return self.check_def_path(base.def_id, e.path, e.span, expected)  # type: ignore[arg-type]
        if pres.unresolved == 0 and base.kind is ResKind.SELF_TY:
            self_ty = self.resolved(base_ty(self.tcx, e.path, pres, self.lower_env()) or ERROR)
            if isinstance(self_ty, AdtTy) and self.tcx.adts[self_ty.def_id].kind is thir.AdtKind.STRUCT:
                return self.ctor_value(self_ty, 0, e.span)
            self.emit(error("the `Self` constructor can only be used with tuple or unit structs", e.span, "", None))
            return self.error_expr(e.span)
        if pres.unresolved == 1:
            self_ty = base_ty(self.tcx, e.path, pres, self.lower_env())
            if self_ty is None:
                return self.error_expr(e.span)
            return self.check_assoc_path(self_ty, e.path.segments[-1], e.span, pres)
        if base.kind is ResKind.PRIM or base.kind is ResKind.TY_PARAM:
            self.emit(error(f"expected value, found builtin type `{base.name}`", e.span, "not a value", "E0423"))
            return self.error_expr(e.span)
        return self.unsupported("this path form", e.span)

    def check_qualified_path(self, e: ast.PathExpr) -> thir.Expr:
        qself = e.qself
        assert qself is not None
        env = self.lower_env()
        self_ty = lower_ty(self.tcx, qself.ty, env)
        if len(e.path.segments) != 1:
            return self.unsupported("this qualified path", e.span)
        seg = e.path.segments[0]
        if qself.trait_path is None:
            return self.check_assoc_path(self_ty, seg, e.span, None)
        from rustlet.typeck.astconv import lower_trait_ref
        tr = lower_trait_ref(self.tcx, qself.trait_path, self_ty, env, [])
        if tr is None:
            return self.error_expr(e.span)
        item = self.tcx.res.defs[tr.def_id].children.get(seg.name)
        if item is not None and item in self.tcx.consts:  # `<T as Trait>::CONST`
            self.register(tr, e.span)
            return thir.ConstRef(item, tr.args, ty=self.normalize(subst(self.tcx.consts[item].ty, tr.args)),
                                 span=e.span)
        if item is None or item not in self.tcx.fns:
            self.emit(error(f"cannot find method or associated constant `{seg.name}` in trait "
                            f"`{tr.name}`", seg.span, "not found", "E0576"))
            return self.error_expr(e.span)
        own = self.own_generic_args(item, seg)
        return self.instantiate_fn(item, tr.args + own, e.span)

    def own_generic_args(self, def_id: DefId, seg: ast.PathSegment) -> tuple[Ty, ...]:
        g = self.tcx.generics[def_id]
        full = generic_args_for(self.tcx, def_id, seg, self.lower_env(), seg, tuple(ParamTy(0, "_") for _ in range(g.own_start)))
        return full[g.own_start:]

    def check_def_path(self, def_id: DefId, path: ast.Path, span: Span, expected: Ty | None) -> thir.Expr:
        tcx = self.tcx
        kind = tcx.kind(def_id)
        seg = path.segments[-1]
        match kind:
            case DefKind.FN:
                return self.instantiate_fn(def_id, self.own_generic_args(def_id, seg), span)
            case DefKind.ASSOC_FN:
                parent = tcx.parent(def_id)
                if parent is not None and tcx.kind(parent) is DefKind.TRAIT:
                    trait_args = tuple(self.new_var(span) for _ in tcx.generics[parent].params)
                    if len(path.segments) >= 2 and path.segments[-2].generic_args is not None:
                        written = generic_args_for(tcx, parent, path.segments[-2], self.lower_env(), path,
                                                   (trait_args[0],))
                        trait_args = written
                    return self.instantiate_fn(def_id, trait_args + self.own_generic_args(def_id, seg), span)
                return self.unsupported("this associated function path", span)
            case DefKind.CONST | DefKind.ASSOC_CONST:
                const = tcx.consts[def_id]
                args: tuple[Ty, ...] = ()
                parent = tcx.parent(def_id)
                if kind is DefKind.ASSOC_CONST and parent is not None and tcx.kind(parent) is DefKind.TRAIT:
                    args = tuple(self.new_var(span) for _ in tcx.generics[parent].params)
                    self.register(tcx.trait_ref(parent, args), span)
                return thir.ConstRef(def_id, args, ty=subst(const.ty, args), span=span)
            case DefKind.STATIC:
                return thir.StaticRef(def_id, ty=tcx.statics[def_id].ty, span=span)
            case DefKind.STRUCT:
                adt = tcx.adts[def_id]
                args = generic_args_for(tcx, def_id, seg, self.lower_env(), path)
                return self.ctor_value(tcx.adt_ty(def_id, args), 0, span)
            case DefKind.VARIANT:
                enum = tcx.parent(def_id)
                assert enum is not None
                args = self.variant_path_args(enum, path)
                index = self.variant_index(enum, def_id)
                return self.ctor_value(tcx.adt_ty(enum, args), index, span)
        self.emit(error(f"expected value, found {kind.value} `{tcx.res.defs[def_id].name}`", span,
                        "not a value", "E0423"))
        return self.error_expr(span)

    def variant_path_args(self, enum: DefId, path: ast.Path) -> tuple[Ty, ...]:
        """`Option::<i32>::None`, `Option::None::<i32>` or inferred."""
        segs = path.segments
        for seg in (segs[-2] if len(segs) >= 2 else None, segs[-1]):
            if seg is not None and seg.generic_args is not None:
                return generic_args_for(self.tcx, enum, seg, self.lower_env(), path)
        return tuple(self.new_var(path.span) for _ in self.tcx.generics[enum].params)

    def variant_index(self, enum: DefId, variant: DefId) -> int:
        for i, v in enumerate(self.tcx.adts[enum].variants):
            if v.def_id == variant:
                return i
        raise KeyError(variant)

    def ctor_value(self, adt_ty: AdtTy, variant: int, span: Span) -> thir.Expr:
        """A unit struct / unit variant used as a value (tuple constructors must be called)."""
        adt = self.tcx.adts[adt_ty.def_id]
        v = adt.variants[variant]
        if v.kind is ast.StructKind.UNIT:
            return thir.AdtExpr(adt_ty.def_id, variant, adt_ty.args, [], ty=adt_ty, span=span)
        if v.kind is ast.StructKind.TUPLE:
            return self.unsupported("tuple struct / variant constructors used as function values", span)
        what = "struct" if adt.kind is thir.AdtKind.STRUCT else "struct variant"
        self.emit(error(f"expected value, found {what} `{v.name}`", span, f"help: use struct literal syntax instead",
                        "E0423" if adt.kind is thir.AdtKind.STRUCT else "E0533"))
        return self.error_expr(span)

    def check_assoc_path(self, self_ty: Ty, seg: ast.PathSegment, span: Span, pres: PathResolution | None) -> thir.Expr:
        """`Type::item`: a variant (through `Self`/alias), an inherent associated fn or const, or a trait item."""
        ty = self.resolved(self.normalize(self_ty))
        if isinstance(ty, ErrorTy):
            return self.error_expr(span)
        if isinstance(ty, AdtTy) and self.tcx.adts[ty.def_id].kind is thir.AdtKind.ENUM:
            for i, v in enumerate(self.tcx.adts[ty.def_id].variants):
                if v.name == seg.name:
                    return self.ctor_value(ty, i, span)
        found = self.lookup_assoc_item(ty, seg.name, span)
        if found is None:
            kind = _type_kind_name(self.tcx, ty)
            self.emit(error(f"no function or associated item named `{seg.name}` found for {kind} `{self.show(ty)}` "
                            "in the current scope", seg.span, f"function or associated item not found in "
                            f"`{self.show(ty)}`", "E0599"))
            return self.error_expr(span)
        item, parent_args = found
        if item in self.tcx.consts:
            return thir.ConstRef(item, parent_args, ty=self.normalize(subst(self.tcx.consts[item].ty, parent_args)),
                                 span=span)
        return self.instantiate_fn(item, parent_args + self.own_generic_args(item, seg), span)

    def lookup_assoc_item(self, ty: Ty, name: str, span: Span) -> tuple[DefId, tuple[Ty, ...]] | None:
        """An associated fn/const named `name` of `ty`: inherent impls first, then traits
        (bounds of a type parameter, then traits in scope)."""
        from rustlet.typeck.context import simplify_type
        tcx = self.tcx
        key = simplify_type(ty)
        for impl_id in tcx.inherent_impls.get(key, []) if key is not None else []:
            impl = tcx.impls[impl_id]
            item = impl.items.get(name)
            if item is None:
                continue
            args = tuple(self.new_var(span) for _ in impl.generics.params)
            snap = self.infcx.snapshot()
            if self.infcx.unify(subst(impl.self_ty, args), ty):
                self.register_predicates(impl.generics.predicates, args, span)
                return item, args
            self.infcx.rollback_to(snap)
        for trait in self.candidate_traits(ty):
            item = tcx.res.defs[trait].children.get(name)
            if item is None or (item not in tcx.fns and item not in tcx.consts):
                continue
            trait_args = (ty,) + tuple(self.new_var(span) for _ in tcx.generics[trait].params[1:])
            from rustlet.typeck.traits import SelectionKind
            if self.selcx.evaluate(tcx.trait_ref(trait, trait_args)) is SelectionKind.NONE:
                continue
            self.register(tcx.trait_ref(trait, trait_args), span)
            return item, trait_args
        return None

    def candidate_traits(self, ty: Ty) -> list[DefId]:
        """Traits whose items may apply to `ty`: those of the where-clauses, then traits in scope."""
        out: list[DefId] = []
        for p in self.selcx.env:
            if p.def_id not in out:
                out.append(p.def_id)
        for t in self.tcx.res.traits_in_scope.get(self.module, []):
            if t not in out:
                out.append(t)
        return out

    # ── calls ──

    def ctor_of_callee(self, func: ast.Expr) -> tuple[AdtTy, int] | None:
        """If `func` names a tuple struct or tuple variant, its type and variant index."""
        if not isinstance(func, ast.PathExpr) or func.qself is not None:
            return None
        pres = self.tcx.res.paths.get(func.path.id)
        if pres is None:
            return None
        base = pres.base
        if base.kind is ResKind.DEF and pres.unresolved == 0:
            kind = self.tcx.kind(base.def_id)  # type: ignore[arg-type]
            if kind is DefKind.STRUCT:
                args = generic_args_for(self.tcx, base.def_id, func.path.segments[-1], self.lower_env(), func.path)  # type: ignore[arg-type]
                return self.tcx.adt_ty(base.def_id, args), 0  # type: ignore[arg-type]
            if kind is DefKind.VARIANT:
                enum = self.tcx.parent(base.def_id)  # type: ignore[arg-type]
                args = self.variant_path_args(enum, func.path)  # type: ignore[arg-type]
                return self.tcx.adt_ty(enum, args), self.variant_index(enum, base.def_id)  # type: ignore[arg-type]
        if base.kind is ResKind.SELF_TY and pres.unresolved <= 1:
            self_ty = base_ty(self.tcx, func.path, pres, self.lower_env())
            self_ty = self.resolved(self_ty) if self_ty is not None else None
            if isinstance(self_ty, AdtTy):
                adt = self.tcx.adts[self_ty.def_id]
                if pres.unresolved == 0 and adt.kind is thir.AdtKind.STRUCT:
                    return self_ty, 0
                if pres.unresolved == 1 and adt.kind is thir.AdtKind.ENUM:
                    for i, v in enumerate(adt.variants):
                        if v.name == func.path.segments[-1].name:
                            return self_ty, i
        return None

    def check_call(self, e: ast.Call, expected: Ty | None) -> thir.Expr:
        ctor = self.ctor_of_callee(e.func)
        if ctor is not None:
            adt_ty, index = ctor
            adt = self.tcx.adts[adt_ty.def_id]
            v = adt.variants[index]
            if v.kind is ast.StructKind.TUPLE:
                if expected is not None:
                    self.infcx.unify(expected, adt_ty)
                if len(e.args) != len(v.fields):
                    what = "struct" if adt.kind is thir.AdtKind.STRUCT else "enum variant"
                    self.arg_count_error(e, len(v.fields), what)
                fields = []
                for i, (a, f) in enumerate(zip(e.args, v.fields)):
                    fields.append((i, self.check_expr_coerce(a, self.normalize(subst(f.ty, adt_ty.args)))))
                for a in e.args[len(v.fields):]:
                    self.check_expr(a)
                return thir.AdtExpr(adt_ty.def_id, index, adt_ty.args, fields, ty=adt_ty, span=e.span)
            if v.kind is ast.StructKind.UNIT:
                self.emit(error(f"expected function, tuple struct or tuple variant, found unit "
                                f"{'struct' if adt.kind is thir.AdtKind.STRUCT else 'variant'} `{v.name}`",
                                e.func.span, "", "E0618"))
                return self.error_expr(e.span)
        func = self.check_expr(e.func)
        callee = self.callee_signature(func, e.func.span)
        if callee is None:
            callee_ty = self.resolved(func.ty)
            if not isinstance(callee_ty, ErrorTy):
                self.emit(error(f"expected function, found `{self.show(callee_ty)}`", e.func.span,
                                "call expression requires function", "E0618"))
            for a in e.args:
                self.check_expr(a)
            return self.error_expr(e.span)
        what = "function" if isinstance(self.shallow(callee.func.ty), (FnDefTy, FnPtrTy)) else "closure"
        self.check_const_call(callee.func, e.func.span)
        args = self.check_args(e, callee.sig, what, expected=expected)
        return thir.Call(callee.func, args, ty=callee.sig.output, span=e.span)

    def check_const_call(self, func: thir.Expr, span: Span) -> None:
        """E0015: a constant's initializer (or a `const fn`) calls only `const fn`s.  Only
        functions of the user's crate are held to it: std's `const` markers are not
        complete."""
        context = self.const_context()
        callee = self.shallow(func.ty)
        if context is None or not isinstance(callee, FnDefTy) or self.tcx.is_std(callee.def_id):
            return
        node = self.tcx.node(callee.def_id)
        if isinstance(node, ast.FnDecl) and not node.is_const:
            self.emit(error(f"cannot call non-const {'method' if node.self_param else 'function'} "
                            f"`{self.tcx.res.defs[callee.def_id].name}` in {context}", span, "", "E0015")
                      .with_note(f"calls in {context} are limited to constant functions, tuple structs and tuple "
                                 "variants"))

    def const_context(self) -> str | None:
        """What rustc calls the body being checked if it is evaluated at compile time."""
        if self.item is None:
            return None
        kind = self.tcx.kind(self.item)
        if kind in (DefKind.CONST, DefKind.ASSOC_CONST):
            return "constants"
        if kind is DefKind.STATIC:
            return "statics"
        node = self.tcx.node(self.item)
        if isinstance(node, ast.FnDecl) and node.is_const:
            return "constant functions"
        return None

    def check_args(self, e: ast.Call | ast.MethodCall, sig: thir.FnSig, what: str, skip: int = 0,
                   expected: Ty | None = None) -> list[thir.Expr]:
        """Arguments coerced to the formal inputs.  As rustc: closure arguments are checked
        after the others (so that their signatures see what the others inferred), and
        the expected type of the call gives hints for the arguments' expectations
        (`let f: Box<dyn Fn(i32)> = Box::new(|x| …)` types `x` from it)."""
        inputs = sig.inputs[skip:]
        if len(e.args) != len(inputs):
            self.arg_count_error(e, len(inputs), "method" if isinstance(e, ast.MethodCall) else what)
        hints = self.expected_inputs_for_expected_output(sig, expected)
        hints = hints[skip:] if hints is not None else inputs
        out: list[thir.Expr | None] = [None] * min(len(e.args), len(inputs))
        for closures in (False, True):
            for i, (a, t) in enumerate(zip(e.args, inputs)):
                if isinstance(a, ast.Closure) is closures:
                    hint = hints[i] if not isinstance(self.shallow(hints[i]), InferTy) else t
                    out[i] = self.coerce(self.check_expr(a, hint), t)
        for a in e.args[len(inputs):]:
            self.check_expr(a)
        return out  # type: ignore[return-value]

    def expected_inputs_for_expected_output(self, sig: thir.FnSig, expected: Ty | None) -> tuple[Ty, ...] | None:
        """The inputs as they would be if the output were the expected type (a probe: the
        unification is rolled back)."""
        if expected is None or isinstance(self.shallow(expected), InferTy) or not self.infcx.has_infer(sig.output):
            return None
        snap = self.infcx.snapshot()
        inputs = None
        if self.infcx.unify(sig.output, expected):
            inputs = tuple(self.infcx.zonk(t) for t in sig.inputs)
        self.infcx.rollback_to(snap)
        return inputs

    def arg_count_error(self, e: ast.Call | ast.MethodCall, expected: int, what: str) -> None:
        n = len(e.args)
        span = e.name_span if isinstance(e, ast.MethodCall) else e.func.span
        s = "s" if expected != 1 else ""
        verb = "was" if n == 1 else "were"
        # rustc: E0057 for a call through the `Fn*` traits (closures, `F: Fn`, `dyn Fn`).
        code = "E0057" if what == "closure" else "E0061"
        self.emit(error(f"this {'function' if what == 'closure' else what} takes {expected} argument{s} but {n} "
                        f"argument{'s' if n != 1 else ''} {verb} supplied", span, "", code))

    # ── fields and indexing ──

    def check_field(self, e: ast.Field) -> thir.Expr:
        base = self.check_expr(e.expr)
        current = base
        ty = self.resolved(base.ty)
        for _ in range(16):
            if isinstance(ty, ErrorTy):
                return self.error_expr(e.span)
            if isinstance(ty, AdtTy) and self.tcx.adts[ty.def_id].kind is thir.AdtKind.STRUCT:
                adt = self.tcx.adts[ty.def_id]
                for i, f in enumerate(adt.variants[0].fields):
                    if f.name == e.name:
                        if not f.is_pub and not self.field_accessible(ty.def_id):
                            self.emit(error(f"field `{e.name}` of struct `{adt.name}` is private", e.name_span,
                                            "private field", "E0616"))
                        return thir.FieldAccess(current, i, ty=self.normalize(subst(f.ty, ty.args)), span=e.span)
            if isinstance(ty, TupleTy) and e.name.isdigit() and int(e.name) < len(ty.elems):
                return thir.FieldAccess(current, int(e.name), ty=ty.elems[int(e.name)], span=e.span)
            inner = self.builtin_deref_target(ty)
            if inner is None:
                break
            current = thir.Deref(current, ty=inner, span=e.expr.span)
            ty = self.resolved(inner)
        if current is base and (isinstance(ty, (IntTy, FloatTy, InferTy)) or ty in (BOOL, CHAR)):
            self.emit(error(f"`{self.show(ty)}` is a primitive type and therefore doesn't have fields", e.name_span,
                            "", "E0610"))
        else:
            self.emit(error(f"no field `{e.name}` on type `{self.show(base.ty)}`", e.name_span, "unknown field",
                            "E0609"))
        return self.error_expr(e.span)

    def field_accessible(self, adt: DefId) -> bool:
        owner = self.tcx.res.defs[adt].module
        m = self.tcx.res.modules.get(self.module)
        while m is not None:
            if m.def_id == owner:
                return True
            m = m.parent
        return False

    def builtin_deref_target(self, ty: Ty) -> Ty | None:
        """What `*ty` is for the built-in pointers: references and Box."""
        if isinstance(ty, RefTy):
            return ty.inner
        box = self.tcx.lang("Box")
        if isinstance(ty, AdtTy) and ty.def_id == box and ty.args:
            return ty.args[0]
        return None

    def check_index(self, e: ast.Index) -> thir.Expr:
        base = self.check_expr(e.expr)
        index = self.check_expr(e.index)
        current = base
        ty = self.resolved(base.ty)
        index_ty = self.resolved(index.ty)
        for _ in range(16):
            if isinstance(ty, ErrorTy) or isinstance(index_ty, ErrorTy):
                return self.error_expr(e.span)
            if isinstance(ty, (ArrayTy, SliceTy)):
                if isinstance(index_ty, IntTy) or (isinstance(index_ty, InferTy) and index_ty.kind in ("int", "ty")):
                    if not self.infcx.unify(index_ty, USIZE):
                        slice_ty = self.show(SliceTy(ty.elem))
                        self.emit(error(f"the type `{slice_ty}` cannot be indexed by `{self.show(index_ty)}`",
                                        e.index.span, "slice indices are of type `usize` or ranges of `usize`",
                                        "E0277"))
                        return self.error_expr(e.span)
                    return thir.IndexExpr(current, index, ty=ty.elem, span=e.span)
                if isinstance(ty, ArrayTy):
                    current = thir.Cast(thir.CastKind.UNSIZE,
                                        thir.Borrow(current, False, ty=RefTy(ty, False), span=e.expr.span),
                                        ty=RefTy(SliceTy(ty.elem), False), span=e.expr.span)
                    current = thir.Deref(current, ty=SliceTy(ty.elem), span=e.expr.span)
                    ty = SliceTy(ty.elem)
                return self.overloaded_index(current, ty, index, e)
            # Box has no Index impl: it is indexed through its built-in deref, like a reference.
            if (isinstance(ty, AdtTy) and ty.def_id != self.tcx.lang("Box")) or ty == STR:
                return self.overloaded_index(current, ty, index, e)
            inner = self.builtin_deref_target(ty)
            if inner is None:
                break
            current = thir.Deref(current, ty=inner, span=e.expr.span)
            ty = self.resolved(inner)
        self.emit(error(f"cannot index into a value of type `{self.show(base.ty)}`", e.expr.span, "", "E0608"))
        return self.error_expr(e.span)

    def overloaded_index(self, base: thir.Expr, base_ty: Ty, index: thir.Expr, e: ast.Index) -> thir.Expr:
        """`base[index]` through `Index::index`: `*Index::index(&base, index)` (IndexMut is chosen
        later if the place is used mutably, see `make_place_mutable`)."""
        trait = self.tcx.lang("Index")
        method = self.trait_item(trait, "index") if trait is not None else None
        if trait is None or method is None:
            self.emit(error(f"the type `{self.show(base_ty)}` cannot be indexed by `{self.show(index.ty)}`", e.span,
                            "", "E0277"))
            return self.error_expr(e.span)
        from rustlet.typeck.traits import SelectionKind
        tr = self.tcx.trait_ref(trait, (base_ty, index.ty))
        # coerce the index to the impl's input type: `map[k]` with `k: &&char` against
        # `Index<&Q>` derefs the index (`&&char` -> `&char`) until an impl applies
        no_impl = self.selcx.evaluate(tr) is SelectionKind.NONE
        while no_impl:
            index_ty = self.resolved(index.ty)
            if not (isinstance(index_ty, RefTy) and isinstance(self.resolved(index_ty.inner), RefTy)):
                break
            index = thir.Deref(index, ty=self.resolved(index_ty.inner), span=index.span)
            tr = self.tcx.trait_ref(trait, (base_ty, index.ty))
            no_impl = self.selcx.evaluate(tr) is SelectionKind.NONE
        if no_impl and not self.has_some_impl(trait, base_ty):
            self.emit(error(f"cannot index into a value of type `{self.show(base_ty)}`", e.expr.span, "", "E0608"))
            return self.error_expr(e.span)
        if no_impl:
            self.emit(error(f"the type `{self.show(base_ty)}` cannot be indexed by `{self.show(index.ty)}`",
                            e.index.span, f"`{self.show(base_ty)}` cannot be indexed by `{self.show(index.ty)}`",
                            "E0277"))
            return self.error_expr(e.span)
        output = self.normalize(self.tcx_projection(tr, "Output"))
        borrow = thir.Borrow(base, False, ty=RefTy(base_ty, False), span=e.expr.span)
        # rustc's caller location of an overloaded index is the `[index]` part of `base[index]`
        bracket = Span(e.span.file, e.expr.span.hi, e.span.hi) if e.expr.span.file == e.span.file else e.span
        call = self.call_trait_method(method, (base_ty, index.ty), [borrow, index], RefTy(output, False), bracket,
                                      from_op=True)
        return thir.Deref(call, ty=output, span=e.span)

    def tcx_projection(self, tr, name: str) -> Ty:  # noqa: ANN001
        from rustlet.types import ProjectionTy
        return ProjectionTy(tr, name)

    def make_place_mutable(self, expr: thir.Expr) -> None:
        """Turn `Index::index` / `Deref::deref` calls in a place used mutably into their
        `*Mut` forms (rustc's convert_place_derefs_to_mutable)."""
        node = expr
        while True:
            if isinstance(node, (thir.FieldAccess, thir.IndexExpr)):
                node = node.base
            elif isinstance(node, thir.Deref) and isinstance(node.operand, thir.Call) and \
                    node.operand.from_overloaded_op and isinstance(node.operand.func, thir.FnItem):
                call = node.operand
                func = call.func
                index_trait = self.tcx.lang("Index")
                if index_trait is not None and func.def_id == self.trait_item(index_trait, "index"):
                    index_mut = self.tcx.lang("IndexMut")
                    method = self.trait_item(index_mut, "index_mut") if index_mut is not None else None
                    if method is not None:
                        func.def_id = method
                        func.ty = FnDefTy(method, func.args)
                        self.register(self.tcx.trait_ref(index_mut, func.args[:2]), call.span)
                        borrow = call.args[0]
                        assert isinstance(borrow, thir.Borrow)
                        borrow.mutable = True
                        borrow.ty = RefTy(borrow.place.ty, True)
                        call.ty = RefTy(node.ty, True)
                        node = borrow.place
                        continue
                deref_trait = self.tcx.lang("Deref")
                if deref_trait is not None and func.def_id == self.trait_item(deref_trait, "deref"):
                    deref_mut = self.tcx.lang("DerefMut")
                    method = self.trait_item(deref_mut, "deref_mut") if deref_mut is not None else None
                    if method is not None:
                        func.def_id = method
                        func.ty = FnDefTy(method, func.args)
                        self.register(self.tcx.trait_ref(deref_mut, func.args[:1]), call.span)
                        borrow = call.args[0]
                        assert isinstance(borrow, thir.Borrow)
                        borrow.mutable = True
                        borrow.ty = RefTy(borrow.place.ty, True)
                        call.ty = RefTy(node.ty, True)
                        node = borrow.place
                        continue
                break
            elif isinstance(node, thir.Deref):
                node = node.operand
                if isinstance(node, thir.Cast) and node.kind is thir.CastKind.UNSIZE and isinstance(node.operand, thir.Borrow):
                    node.operand.mutable = True
                    node.operand.ty = RefTy(node.operand.place.ty, True)
                    node.ty = RefTy(self.shallow(node.ty).inner, True)  # type: ignore[union-attr]
                    node = node.operand.place
                    continue
                break
            else:
                break

    # ── aggregates ──

    def check_range(self, e: ast.Range, expected: Ty | None) -> thir.Expr:
        if e.start is not None and e.end is not None:
            name = "RangeInclusive" if e.inclusive else "Range"
        elif e.start is not None:
            name = "RangeFrom"
        elif e.end is not None:
            name = "RangeToInclusive" if e.inclusive else "RangeTo"
        else:
            name = "RangeFull"
        adt_id = self.tcx.lang(name)
        if adt_id is None:
            return self.unsupported(f"range expressions (`{name}` is missing from the library)", e.span)
        adt = self.tcx.adts[adt_id]
        args = tuple(self.new_var(e.span) for _ in adt.generics.params)
        adt_ty = self.tcx.adt_ty(adt_id, args)
        elem_expected = None
        if expected is not None:
            exp = self.shallow(expected)
            if isinstance(exp, AdtTy) and exp.def_id == adt_id:
                self.infcx.unify(exp, adt_ty)
        fields: list[tuple[int, thir.Expr]] = []
        names = [f.name for f in adt.variants[0].fields]
        elem = args[0] if args else None
        for fname, sub in (("start", e.start), ("end", e.end)):
            if sub is None:
                continue
            value = self.check_expr(sub, elem if elem is not None else elem_expected)
            if elem is not None:
                value = self.coerce(value, elem)
            fields.append((names.index(fname), value))
        if "exhausted" in names:
            fields.append((names.index("exhausted"), thir.Literal(False, ty=BOOL, span=e.span)))
        return thir.AdtExpr(adt_id, 0, args, fields, ty=adt_ty, span=e.span)

    def check_tuple(self, e: ast.Tuple, expected: Ty | None) -> thir.Expr:
        exp = self.shallow(expected) if expected is not None else None
        exp_elems = exp.elems if isinstance(exp, TupleTy) and len(exp.elems) == len(e.elems) else None
        elems = []
        for i, sub in enumerate(e.elems):
            if exp_elems is not None:
                elems.append(self.check_expr_coerce(sub, exp_elems[i]))
            else:
                elems.append(self.check_expr(sub))
        return thir.TupleExpr(elems, ty=TupleTy(tuple(x.ty for x in elems)), span=e.span)

    def expected_elem(self, expected: Ty | None) -> Ty | None:
        exp = self.shallow(expected) if expected is not None else None
        if isinstance(exp, (ArrayTy, SliceTy)):
            return exp.elem
        return None

    def check_array(self, e: ast.Array, expected: Ty | None) -> thir.Expr:
        elem_ty: Ty = self.expected_elem(expected) or self.new_var(e.span)
        elems = [self.coerce_branch(self.check_expr(sub, elem_ty), elem_ty, "mismatched types") for sub in e.elems]
        return thir.ArrayExpr(elems, ty=ArrayTy(elem_ty, len(elems)), span=e.span)

    def check_repeat(self, e: ast.Repeat, expected: Ty | None) -> thir.Expr:
        elem_ty: Ty = self.expected_elem(expected) or self.new_var(e.span)
        elem = self.coerce(self.check_expr(e.elem, elem_ty), elem_ty)
        count = eval_array_length(self.tcx, e.count, self.item)
        if count is None:
            return self.error_expr(e.span)
        if count > 1 and not self.is_copy(elem_ty) and not isinstance(elem, (thir.ConstRef,)):
            self.register(self.tcx.trait_ref(self.tcx.lang("Copy"), (elem_ty,)), e.elem.span) \
                if self.tcx.lang("Copy") is not None else None
        return thir.RepeatExpr(elem, count, ty=ArrayTy(elem_ty, count), span=e.span)

    def check_vec_macro(self, e: ast.MacroVec, expected: Ty | None) -> thir.Expr:
        vec = self.tcx.lang("Vec")
        if vec is None:
            return self.unsupported("`vec!` (the library has no `Vec` yet)", e.span)
        elem_ty: Ty = self.new_var(e.span)
        exp = self.shallow(expected) if expected is not None else None
        if isinstance(exp, AdtTy) and exp.def_id == vec and exp.args:
            elem_ty = exp.args[0]
        vec_ty = self.tcx.adt_ty(vec, (elem_ty,))
        if e.elems is not None:
            elems = [self.coerce_branch(self.check_expr(sub, elem_ty), elem_ty, "mismatched types") for sub in e.elems]
            return thir.VecLiteral(elems, ty=vec_ty, span=e.span)
        assert e.repeat_elem is not None and e.repeat_count is not None
        elem = self.check_expr_coerce(e.repeat_elem, elem_ty)
        count = self.check_expr_coerce(e.repeat_count, USIZE)
        clone = self.tcx.lang("Clone")
        if clone is not None:
            self.register(self.tcx.trait_ref(clone, (elem_ty,)), e.repeat_elem.span)
        return thir.VecLiteral(None, elem, count, ty=vec_ty, span=e.span)

    def check_struct_lit(self, e: ast.StructLit, expected: Ty | None) -> thir.Expr:
        found = self.struct_path(e.path, e.span)
        if found is None:
            for f in e.fields:
                self.check_expr(f.expr)
            if e.base is not None:
                self.check_expr(e.base)
            return self.error_expr(e.span)
        adt_ty, index = found
        adt = self.tcx.adts[adt_ty.def_id]
        variant = adt.variants[index]
        if expected is not None:
            self.infcx.unify(expected, adt_ty)
        seen: set[int] = set()
        fields: list[tuple[int, thir.Expr]] = []
        is_enum = adt.kind is thir.AdtKind.ENUM
        unknown_field = False
        for fi in e.fields:
            idx = next((i for i, f in enumerate(variant.fields) if f.name == fi.name), None)
            if idx is None:
                unknown_field = True
                if is_enum:
                    self.emit(error(f"variant `{adt.name}::{variant.name}` has no field named `{fi.name}`",
                                    fi.span, "field does not exist", "E0559"))
                else:
                    self.emit(error(f"struct `{adt.name}` has no field named `{fi.name}`", fi.span,
                                    "unknown field", "E0560"))
                self.check_expr(fi.expr)
                continue
            if idx in seen:
                self.emit(error(f"field `{fi.name}` specified more than once", fi.span, "used more than once",
                                "E0062"))
            seen.add(idx)
            f = variant.fields[idx]
            if not f.is_pub and not is_enum and not self.field_accessible(adt_ty.def_id):
                self.emit(error(f"field `{fi.name}` of struct `{adt.name}` is private", fi.span, "private field",
                                "E0451"))
            fields.append((idx, self.check_expr_coerce(fi.expr, self.normalize(subst(f.ty, adt_ty.args)))))
        base = None
        if e.base is not None:
            base = self.check_expr_coerce(e.base, adt_ty)
        else:
            missing = [f.name for i, f in enumerate(variant.fields) if i not in seen]
            if missing and not unknown_field:  # as rustc: no E0063 after an unknown field
                names = ", ".join(f"`{m}`" for m in missing[:3])
                more = f" and {len(missing) - 3} other field{'s' if len(missing) - 3 > 1 else ''}" if len(missing) > 3 else ""
                self.emit(error(f"missing field{'s' if len(missing) > 1 else ''} {names}{more} in initializer of "
                                f"`{adt.name if not is_enum else adt.name + '::' + variant.name}`", e.path.span,
                                f"missing {names}{more}", "E0063"))
        return thir.AdtExpr(adt_ty.def_id, index, adt_ty.args, fields, base, ty=adt_ty, span=e.span)

    def struct_path(self, path: ast.Path, span: Span) -> tuple[AdtTy, int] | None:
        """The struct or variant a struct literal / struct pattern path names."""
        pres = self.tcx.res.paths.get(path.id)
        if pres is None or pres.base.kind is ResKind.ERR:
            return None
        base = pres.base
        if base.kind is ResKind.DEF and pres.unresolved == 0:
            kind = self.tcx.kind(base.def_id)  # type: ignore[arg-type]
            if kind is DefKind.STRUCT:
                args = generic_args_for(self.tcx, base.def_id, path.segments[-1], self.lower_env(), path)  # type: ignore[arg-type]
                return self.tcx.adt_ty(base.def_id, args), 0  # type: ignore[arg-type]
            if kind is DefKind.VARIANT:
                enum = self.tcx.parent(base.def_id)  # type: ignore[arg-type]
                return self.tcx.adt_ty(enum, self.variant_path_args(enum, path)), self.variant_index(enum, base.def_id)  # type: ignore[arg-type]
            if kind is DefKind.TYPE_ALIAS:
                ty = self.resolved(base_ty(self.tcx, path, pres, self.lower_env()) or ERROR)
                if isinstance(ty, AdtTy) and self.tcx.adts[ty.def_id].kind is thir.AdtKind.STRUCT:
                    return ty, 0
        if base.kind is ResKind.SELF_TY or (pres.unresolved == 1 and base.kind is ResKind.DEF):
            ty = base_ty(self.tcx, path, pres, self.lower_env())
            ty = self.resolved(ty) if ty is not None else None
            if isinstance(ty, AdtTy):
                adt = self.tcx.adts[ty.def_id]
                if pres.unresolved == 0 and adt.kind is thir.AdtKind.STRUCT:
                    return ty, 0
                if pres.unresolved == 1 and adt.kind is thir.AdtKind.ENUM:
                    for i, v in enumerate(adt.variants):
                        if v.name == path.segments[-1].name:
                            return ty, i
        name = "::".join(path.names())
        self.emit(error(f"expected struct, variant or union type, found `{name}`", path.span, "not a struct", "E0574"))
        return None

    # ── blocks and control flow ──

    def check_block(self, block: ast.Block, expected: Ty | None, label_id: int | None = None) -> thir.Block:
        stmts: list[thir.Stmt] = []
        diverges = False
        for stmt in block.stmts:
            match stmt:
                case ast.LetStmt():
                    let = self.check_let_stmt(stmt)
                    if let.init is not None and isinstance(self.shallow(let.init.ty), NeverTy):
                        diverges = True
                    stmts.append(let)
                case ast.ExprStmt():
                    if stmt.has_semi:
                        value = self.check_expr(stmt.expr)
                    else:
                        value = self.check_expr(stmt.expr, UNIT)
                        ty = self.shallow(value.ty)
                        if not isinstance(ty, NeverTy) and not self.infcx.unify(ty, UNIT):
                            self.mismatch(_tail_span(stmt.expr), UNIT, ty)
                    if isinstance(self.shallow(value.ty), NeverTy):
                        diverges = True
                    stmts.append(thir.ExprStmt(value, stmt.span))
                case ast.ItemStmt() | ast.EmptyStmt():
                    pass
        tail = None
        if block.expr is not None:
            tail = self.check_expr(block.expr, expected)
            ty = tail.ty
        else:
            ty = NEVER if diverges else UNIT
        return thir.Block(stmts, tail, label_id, ty=ty, span=block.span)

    def check_block_coerce(self, block: ast.Block, target: Ty) -> thir.Block:
        """A block whose value must coerce to `target` (function bodies, `if` branches)."""
        result = self.check_block(block, target)
        if result.expr is not None:
            result.expr = self.coerce(result.expr, target)
            result.ty = target if not isinstance(self.shallow(result.expr.ty), NeverTy) else result.expr.ty
            if isinstance(self.shallow(result.ty), NeverTy) and not isinstance(self.shallow(target), NeverTy):
                result.ty = target
        return result

    def check_let_stmt(self, stmt: ast.LetStmt) -> thir.LetStmt:
        declared = lower_ty(self.tcx, stmt.ty, self.lower_env()) if stmt.ty is not None else None
        if declared is not None:
            declared = self.normalize(declared)
        init = None
        if stmt.init is not None:
            if declared is not None:
                init = self.check_expr_coerce(stmt.init, declared)
            else:
                init = self.check_expr(stmt.init)
        ty = declared if declared is not None else (init.ty if init is not None else self.new_var(stmt.pat.span))
        if init is not None and declared is None and isinstance(self.shallow(init.ty), NeverTy):
            ty = self.new_var(stmt.pat.span)
            init = self.coerce(init, ty)
        else_block = None
        if stmt.else_block is not None:
            else_block = self.check_block(stmt.else_block, None)
            if not isinstance(self.shallow(else_block.ty), NeverTy):
                self.emit(error("`else` clause of `let...else` does not diverge", stmt.else_block.span,
                                "expected `!`, found `()`", "E0308"))
        pat = self.check_pat_top(stmt.pat, ty)
        return thir.LetStmt(pat, init, else_block, stmt.span)

    def check_block_expr(self, e: ast.BlockExpr, expected: Ty | None) -> thir.Expr:
        if e.block.unsafe:
            return self.unsupported("`unsafe` blocks are outside the Rustlet subset", e.span)
        if e.label is None:
            return self.check_block(e.block, expected)
        target = self.new_var(e.span) if expected is None else expected
        ctx = LoopCtx("block", target)
        self.loops[e.id] = ctx
        block = self.check_block(e.block, target)
        if block.expr is not None:
            block.expr = self.coerce(block.expr, target)
        elif not isinstance(self.shallow(block.ty), NeverTy):
            self.unify_or_report(e.span, target, UNIT)
        block.ty = target
        block.label_id = e.id
        return block

    def check_cond(self, cond: ast.Expr) -> thir.Expr:
        if isinstance(cond, ast.Let):
            scrutinee = self.check_expr(cond.expr)
            pat = self.check_pat_top(cond.pat, scrutinee.ty)
            return thir.Let(pat, scrutinee, ty=BOOL, span=cond.span)
        return self.check_expr_coerce(cond, BOOL)

    def coerce_branch(self, expr: thir.Expr, target: Ty, message: str) -> thir.Expr:
        result = self.try_coerce(expr, target)
        if result is None:
            self.mismatch(_expr_tail_span(expr), target, expr.ty, message)
            return expr
        return result

    def check_if(self, e: ast.If, expected: Ty | None) -> thir.Expr:
        cond = self.check_cond(e.cond)
        if e.else_ is None:
            then = self.check_block(e.then, UNIT)
            ty = self.shallow(then.ty)
            if not isinstance(ty, NeverTy) and not self.infcx.unify(ty, UNIT):
                exp = self.shallow(expected) if expected is not None else None
                if exp != UNIT:  # rustc: E0308 only where `()` is expected (a tail statement)
                    wanted = exp if exp is not None and not isinstance(exp, InferTy) else ty
                    self.emit(error("`if` may be missing an `else` clause", e.span,
                                    f"expected {_describe_ty(self, wanted)}, found `()`", "E0317")
                              .with_note("`if` expressions without `else` evaluate to `()`")
                              .with_help("consider adding an `else` block that evaluates to the expected type"))
                    return self.error_expr(e.span)
                else:
                    self.mismatch(_tail_span_block(e.then), UNIT, ty)
            return thir.If(cond, then, None, ty=UNIT, span=e.span)
        then = self.check_block(e.then, expected)
        else_ = self.check_expr(e.else_, expected)
        branches = [then, else_]
        if all(isinstance(self.shallow(b.ty), NeverTy) for b in branches):
            return thir.If(cond, then, else_, ty=NEVER, span=e.span)
        target = expected if expected is not None and not isinstance(self.shallow(expected), InferTy) else None
        if target is None:
            target = next(b.ty for b in branches if not isinstance(self.shallow(b.ty), NeverTy))
        then_c = self.coerce_block_tail(then, target, "`if` and `else` have incompatible types")
        else_c = self.coerce_branch_expr(else_, target, "`if` and `else` have incompatible types")
        return thir.If(cond, then_c, else_c, ty=target, span=e.span)

    def coerce_block_tail(self, block: thir.Block, target: Ty, message: str) -> thir.Block:
        if block.expr is not None:
            block.expr = self.coerce_branch(block.expr, target, message)
        elif not isinstance(self.shallow(block.ty), NeverTy):
            if not self.infcx.unify(target, UNIT):
                self.mismatch(block.span, target, UNIT, message)
        block.ty = target
        return block

    def coerce_branch_expr(self, expr: thir.Expr, target: Ty, message: str) -> thir.Expr:
        if isinstance(expr, thir.Block) and expr.label_id is None:
            return self.coerce_block_tail(expr, target, message)
        if isinstance(expr, thir.If) and expr.else_ is not None:
            return expr if self.infcx.unify(expr.ty, target) else self.coerce_branch(expr, target, message)
        return self.coerce_branch(expr, target, message)

    def check_match(self, e: ast.Match, expected: Ty | None) -> thir.Expr:
        scrutinee = self.check_expr(e.scrutinee)
        arms: list[thir.Arm] = []
        for arm in e.arms:
            pat = self.check_pat_top(arm.pat, scrutinee.ty)
            guard = self.check_cond(arm.guard) if arm.guard is not None else None
            body = self.check_expr(arm.body, expected)
            arms.append(thir.Arm(pat, guard, body, arm.span))
        bodies = [a.body for a in arms]
        if not bodies or all(isinstance(self.shallow(b.ty), NeverTy) for b in bodies):
            return thir.Match(scrutinee, arms, ty=NEVER, span=e.span)
        target = expected if expected is not None and not isinstance(self.shallow(expected), InferTy) else None
        if target is None:
            target = next(b.ty for b in bodies if not isinstance(self.shallow(b.ty), NeverTy))
        for arm in arms:
            arm.body = self.coerce_branch_expr(arm.body, target, "`match` arms have incompatible types")
        return thir.Match(scrutinee, arms, ty=target, span=e.span)

    def check_while(self, e: ast.While) -> thir.Expr:
        self.loops[e.id] = LoopCtx("while", None)
        cond = self.check_cond(e.cond)
        body = self.check_block(e.body, UNIT)
        if not isinstance(self.shallow(body.ty), NeverTy):
            if not self.infcx.unify(body.ty, UNIT):
                self.mismatch(_tail_span_block(e.body), UNIT, body.ty)
        brk = thir.Break(e.id, None, ty=NEVER, span=e.span)
        else_ = thir.Block([], brk, ty=NEVER, span=e.span)
        if_ = thir.If(cond, body, else_, ty=UNIT, span=e.span)
        loop_body = thir.Block([thir.ExprStmt(if_, e.span)], None, ty=UNIT, span=e.span)
        return thir.Loop(loop_body, e.id, ty=UNIT, span=e.span)

    def check_loop(self, e: ast.Loop, expected: Ty | None) -> thir.Expr:
        target = self.new_var(e.span) if expected is None else expected
        ctx = LoopCtx("loop", target)
        self.loops[e.id] = ctx
        body = self.check_block(e.body, UNIT)
        if not isinstance(self.shallow(body.ty), NeverTy) and not self.infcx.unify(body.ty, UNIT):
            self.mismatch(_tail_span_block(e.body), UNIT, body.ty)
        return thir.Loop(body, e.id, ty=target if ctx.has_break else NEVER, span=e.span)

    def check_break(self, e: ast.Break) -> thir.Expr:
        target = self.tcx.res.jump_targets.get(e.id)
        ctx = self.loops.get(target) if target is not None else None
        value = None
        if ctx is None:
            if e.expr is not None:
                self.check_expr(e.expr)
            return thir.Break(target or 0, None, ty=NEVER, span=e.span)
        ctx.has_break = True
        if ctx.break_ty is not None:
            if e.expr is not None:
                value = self.check_expr_coerce(e.expr, ctx.break_ty)
            elif not self.infcx.unify(ctx.break_ty, UNIT):
                self.mismatch(e.span, ctx.break_ty, UNIT)
        elif e.expr is not None:
            self.check_expr(e.expr)
        return thir.Break(target, value, ty=NEVER, span=e.span)  # type: ignore[arg-type]

    def check_return(self, e: ast.Return) -> thir.Expr:
        value = None
        if e.expr is not None:
            value = self.check_expr_coerce(e.expr, self.ret_ty)
        elif not self.infcx.unify(self.ret_ty, UNIT):
            self.emit(error("`return;` in a function whose return type is not `()`", e.span,
                            "return type is not `()`", "E0069"))
        return thir.Return(value, ty=NEVER, span=e.span)

    def check_try(self, e: ast.Try) -> thir.Expr:
        """`x?` on `Result` / `Option`, desugared to a `Match` (source TRY):
        `match x { Ok(v) => v, Err(e) => return Err(From::from(e)) }`, and
        `match x { Some(v) => v, None => return None }`; the function (or closure) must
        return the same family (rustc's Try/FromResidual, specialized to the two impls)."""
        tcx = self.tcx
        operand = self.check_expr(e.expr)
        ty = self.resolved(operand.ty)
        if isinstance(ty, ErrorTy):
            return self.error_expr(e.span)
        result, option = tcx.lang("Result"), tcx.lang("Option")
        if not isinstance(ty, AdtTy) or ty.def_id not in (result, option) or len(ty.args) < 1:
            self.emit(error("the `?` operator can only be applied to values that implement `Try`", e.span,
                            f"the `?` operator cannot be applied to type `{self.show(ty)}`", "E0277"))
            return self.error_expr(e.span)
        family = ty.def_id
        ret = self.resolved(self.ret_ty)
        if isinstance(ret, InferTy):  # a closure without a return annotation
            self.infcx.unify(ret, tcx.adt_ty(family, tuple(self.new_var(e.span) for _ in ty.args)))
            ret = self.resolved(self.ret_ty)
        if isinstance(ret, ErrorTy):
            return self.error_expr(e.span)
        question_mark = Span(e.span.file, e.span.hi - 1, e.span.hi)  # rustc points at the `?` itself
        if not isinstance(ret, AdtTy) or ret.def_id not in (result, option):
            self.emit(error("the `?` operator can only be used in a function that returns `Result` or `Option` "
                            "(or another type that implements `FromResidual`)", question_mark,
                            f"cannot use the `?` operator in a function that returns `{self.show(ret)}`", "E0277"))
            return self.error_expr(e.span)
        if ret.def_id != family:
            used, returns = ("Option", "Result") if family == option else ("Result", "Option")
            self.emit(error(f"the `?` operator can only be used on `{returns}`s, not `{used}`s, in a function "
                            f"that returns `{returns}`", question_mark,
                            f"use `.ok_or(...)?` to provide an error compatible with `{self.show(ret)}`"
                            if family == option else
                            f"use `.ok()?` if you want to discard the `{self.show(ty)}` error information",
                            "E0277"))
            return self.error_expr(e.span)
        ok_name, residual_name = ("Ok", "Err") if family == result else ("Some", "None")
        ok_index = self.variant_index(family, tcx.lang(ok_name))  # type: ignore[arg-type]
        residual_index = self.variant_index(family, tcx.lang(residual_name))  # type: ignore[arg-type]
        value_ty = ty.args[0]
        value_local = self.fresh_local("val", value_ty, e.span)
        value_pat = thir.BindingPat(value_local, "val", thir.BindingMode.BY_VALUE, False, ty=value_ty, span=e.span)
        residual_fields: list[thir.FieldPat] = []
        returned_fields: list[tuple[int, thir.Expr]] = []
        if family == result:
            err_ty, ret_err_ty = ty.args[1], ret.args[1]
            err_local = self.fresh_local("err", err_ty, e.span)
            residual_fields.append(thir.FieldPat(0, thir.BindingPat(
                err_local, "err", thir.BindingMode.BY_VALUE, False, ty=err_ty, span=e.span)))
            err_value: thir.Expr = thir.LocalVar(err_local, ty=err_ty, span=e.span)
            from_trait = tcx.lang("From")
            from_fn = self.trait_item(from_trait, "from") if from_trait is not None else None
            if from_fn is not None:
                err_value = self.call_trait_method(from_fn, (ret_err_ty, err_ty), [err_value], ret_err_ty, e.span)
            elif not self.infcx.unify(err_ty, ret_err_ty):
                self.mismatch(e.span, ret_err_ty, err_ty)
            returned_fields.append((0, err_value))
        residual = thir.AdtExpr(family, residual_index, ret.args, returned_fields, ty=ret, span=e.span)
        arms = [
            thir.Arm(thir.VariantPat(family, ok_index, ty.args, [thir.FieldPat(0, value_pat)], ty=ty, span=e.span),
                     None, thir.LocalVar(value_local, ty=value_ty, span=e.span), e.span),
            thir.Arm(thir.VariantPat(family, residual_index, ty.args, residual_fields, ty=ty, span=e.span),
                     None, thir.Return(residual, ty=NEVER, span=e.span), e.span),
        ]
        return thir.Match(operand, arms, ty=value_ty, span=e.span, source=thir.MatchSource.TRY)

    def fresh_local(self, name: str, ty: Ty, span: Span) -> thir.LocalId:
        """A compiler-introduced local (desugarings), registered like a user binding."""
        local = thir.LocalId(ast.fresh_id())
        self.tcx.locals[local] = thir.LocalInfo(name, ty, False, span)
        self.local_ids.append(local)
        return local

    def check_for(self, e: ast.ForLoop) -> thir.Expr:
        tcx = self.tcx
        into_iter_trait = tcx.lang("IntoIterator")
        iterator = tcx.lang("Iterator")
        option = tcx.lang("Option")
        if into_iter_trait is None or iterator is None or option is None:
            return self.unsupported("`for` loops (the library has no `IntoIterator`)", e.span)
        into_iter = self.trait_item(into_iter_trait, "into_iter")
        next_fn = self.trait_item(iterator, "next")
        assert into_iter is not None and next_fn is not None
        iterable = self.check_expr(e.iter)
        iterable_ty = self.resolved(iterable.ty)
        if isinstance(iterable_ty, ErrorTy):
            self.check_pat_top(e.pat, ERROR)
            self.loops[e.id] = LoopCtx("for", None)
            self.check_block(e.body, UNIT)
            return self.error_expr(e.span)
        if isinstance(iterable_ty, RefTy) and isinstance(self.resolved(iterable_ty.inner), ArrayTy):
            # `for x in &array`: the library's impl for `&[T; N]` needs const generics; go through `&[T]`.
            array = self.resolved(iterable_ty.inner)
            iterable_ty = RefTy(SliceTy(array.elem), iterable_ty.mutable)  # type: ignore[union-attr]
            iterable = thir.Cast(thir.CastKind.UNSIZE, iterable, ty=iterable_ty, span=iterable.span)
        array_into_iter = tcx.lang("array_into_iter")
        if isinstance(iterable_ty, ArrayTy) and array_into_iter is not None:
            # `for x in array`: `impl IntoIterator for [T; N]` needs const generics; the library's
            # `array::into_iter::<T, [T; N]>` gives the by-value iterator instead.
            args = (iterable_ty.elem, iterable_ty)
            func = self.instantiate_fn(array_into_iter, args, e.iter.span)
            iterable_ty = self.fn_sig_of(array_into_iter, args).output
            iterable = thir.Call(func, [iterable], ty=iterable_ty, span=iterable.span)
        from rustlet.typeck.traits import SelectionKind
        if self.selcx.evaluate(tcx.trait_ref(into_iter_trait, (iterable_ty,))) is SelectionKind.NONE:
            self.emit(error(f"`{self.show(iterable_ty)}` is not an iterator", e.iter.span,
                            f"`{self.show(iterable_ty)}` is not an iterator", "E0277"))
            return self.error_expr(e.span)
        iter_ty = self.normalize(self.tcx_projection(tcx.trait_ref(into_iter_trait, (iterable_ty,)), "IntoIter"))
        call_into = self.call_trait_method(into_iter, (iterable_ty,), [iterable], iter_ty, e.iter.span,
                                           from_method=True)
        self.select_where_possible()
        item_ty = self.normalize(self.tcx_projection(tcx.trait_ref(iterator, (iter_ty,)), "Item"))
        iter_local = ast.fresh_id()
        tcx.locals[iter_local] = thir.LocalInfo("iter", iter_ty, True, e.iter.span)
        self.local_ids.append(iter_local)
        iter_var = thir.LocalVar(iter_local, ty=iter_ty, span=e.iter.span)  # type: ignore[arg-type]
        option_ty = tcx.adt_ty(option, (item_ty,))
        next_call = self.call_trait_method(
            next_fn, (iter_ty,), [thir.Borrow(iter_var, True, ty=RefTy(iter_ty, True), span=e.iter.span)],
            option_ty, e.iter.span, from_method=True)
        self.loops[e.id] = LoopCtx("for", None)
        pat = self.check_pat_top(e.pat, item_ty)
        body = self.check_block(e.body, UNIT)
        if not isinstance(self.shallow(body.ty), NeverTy) and not self.infcx.unify(body.ty, UNIT):
            self.mismatch(_tail_span_block(e.body), UNIT, body.ty)
        some_index = self.variant_index(option, tcx.lang("Some"))  # type: ignore[arg-type]
        none_index = self.variant_index(option, tcx.lang("None"))  # type: ignore[arg-type]
        arms = [
            thir.Arm(thir.VariantPat(option, none_index, (item_ty,), [], ty=option_ty, span=e.pat.span), None,
                     thir.Break(e.id, None, ty=NEVER, span=e.span), e.span),
            thir.Arm(thir.VariantPat(option, some_index, (item_ty,), [thir.FieldPat(0, pat)], ty=option_ty,
                                     span=e.pat.span), None, body, e.span),
        ]
        inner = thir.Match(next_call, arms, ty=UNIT, span=e.span, source=thir.MatchSource.FOR_LOOP)
        loop = thir.Loop(thir.Block([thir.ExprStmt(inner, e.span)], None, ty=UNIT, span=e.span), e.id, ty=UNIT,
                         span=e.span)
        binding = thir.BindingPat(iter_local, "iter", thir.BindingMode.BY_VALUE, True, ty=iter_ty,  # type: ignore[arg-type]
                                  span=e.iter.span)
        return thir.Match(call_into, [thir.Arm(binding, None, loop, e.span)], ty=UNIT, span=e.span)


def _describe_ty(fcx, ty: Ty) -> str:  # noqa: ANN001
    """`integer` for `{integer}`, else the type in backquotes (rustc's label wording)."""
    shown = fcx.show(ty)
    return {"{integer}": "integer", "{float}": "floating-point number"}.get(shown, f"`{shown}`")


def _type_kind_name(tcx, ty: Ty) -> str:  # noqa: ANN001
    if isinstance(ty, AdtTy):
        return tcx.adts[ty.def_id].kind.value
    if isinstance(ty, ParamTy):
        return "type parameter"
    return "type"


def _tail_span(e: ast.Expr) -> Span:
    if isinstance(e, ast.BlockExpr):
        return _tail_span_block(e.block)
    if isinstance(e, ast.If):
        return _tail_span_block(e.then)
    return e.span


def _tail_span_block(block: ast.Block) -> Span:
    if block.expr is not None:
        return _tail_span(block.expr)
    return block.span


def _expr_tail_span(expr: thir.Expr) -> Span:
    if isinstance(expr, thir.Block) and expr.expr is not None:
        return _expr_tail_span(expr.expr)
    return expr.span
