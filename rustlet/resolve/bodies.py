"""The late resolver: every path in signatures, types, patterns and bodies.

A walk over all items with a stack of ribs, as rustc_resolve's late pass:
- value ribs map local names to bindings (each `let`, match arm, closure, fn and
  `if let`/`while let` condition pushes one, so shadowing is the innermost rib);
- type ribs hold generic parameters and `Self`;
- the label stack holds the enclosing loops and labeled blocks for `break`/`continue`
  (a closure or nested item starts a fresh one).
A single-segment name is looked up in the ribs, then in the module chain (through the
anonymous modules of blocks up to the enclosing `mod`), then in the prelude, then
among primitive types.  Multi-segment paths start at `crate`/`self`/`super`/a crate
name or the first segment's type-namespace lookup, and then walk modules
(`lookup.NameTable.resolve_rest`).

A failed lookup is reported by where the path occurs (`PathSource`), as rustc's
`smart_resolve_path`: E0425 for a value or type, E0405 a trait, E0422 a struct literal,
E0531 a tuple-struct pattern; a value path that names a type is E0423 (E0532 in a
pattern); `self` outside a method E0424, `Self` outside an impl E0411.  Items nested in
a body are resolved where they stand, with the enclosing function's value ribs hidden
(`hidden_ribs`): a local named there is E0434 (E0435 in a `const`/`static`).  A closure
body starts a label scope of its own whose bottom marks the closure (E0267).

Patterns: a lone identifier naming a unit struct, unit variant or const is a path
pattern (recorded in `ident_pats`); otherwise it is a binding whose LocalId is the
IdentPat's node id.  The alternatives of an or-pattern must bind the same names (E0408)
and share the first alternative's LocalIds.  Cost: linear in the size of the AST.
"""
from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from rustlet import ast
from rustlet.diagnostics import Diagnostic, DiagnosticSink, Level, error, unsupported
from rustlet.resolve.defs import (
    ERR_RES, DefInfo, DefKind, Module, PathResolution, Res, ResKind, Resolutions,
)
from rustlet.resolve.lookup import NameTable
from rustlet.types import DefId


class PathSource(Enum):
    """Where a path occurs: it fixes the namespace and, as in rustc, the error code of a
    failed lookup (E0425 value/type, E0405 trait, E0422 struct literal, E0531 tuple-struct
    pattern)."""

    TYPE = "type"
    TRAIT = "trait"
    EXPR = "expr"
    STRUCT = "struct"  # a struct literal or struct pattern
    TUPLE_STRUCT = "tuple struct"  # a tuple-struct pattern

    @property
    def ns(self) -> str:
        return "value" if self in (PathSource.EXPR, PathSource.TUPLE_STRUCT) else "type"


@dataclass(slots=True)
class LabelScope:
    name: str | None  # None: an unlabeled loop
    node_id: int
    kind: str  # "loop", "while", "for", "block", or "closure" (the boundary of a closure body)


class LateResolver:
    def __init__(self, table: NameTable, res: Resolutions, sink: DiagnosticSink) -> None:
        self.table = table
        self.r = res
        self.sink = sink
        self.module: Module = table.modules[next(iter(table.crate_roots.values()))]
        self.value_ribs: list[dict[str, Res]] = []
        self.type_ribs: list[dict[str, Res]] = []
        self.labels: list[LabelScope] = []
        # Bindings of the pattern being resolved: name → LocalId.
        self.pat_bindings: dict[str, int] | None = None
        self.in_fn_params = False
        self.in_match = False  # E0530's wording: "match bindings" vs "let bindings"
        self.current_item: DefId | None = None  # the item (or closure) whose body is being resolved
        self.closure_counts: dict[DefId, int] = {}  # item → closures numbered so far (`{closure#N}`)
        # Value ribs of the functions enclosing the current nested item: invisible to it,
        # kept only to say E0434/E0435 rather than "not found".
        self.hidden_ribs: list[dict[str, Res]] = []
        self.current_fn: ast.FnDecl | None = None  # for E0424's "this function can't have `self`"

    # ── items ──

    def resolve_items(self, items: list[ast.Item], module: Module) -> None:
        saved = (self.module, self.value_ribs, self.type_ribs, self.labels, self.hidden_ribs)
        hidden = self.hidden_ribs + self.value_ribs
        self.module, self.value_ribs, self.type_ribs, self.labels, self.hidden_ribs = module, [], [], [], hidden
        for item in items:
            self.resolve_item(item)
        self.module, self.value_ribs, self.type_ribs, self.labels, self.hidden_ribs = saved

    def generics_rib(self, generics: ast.Generics, owner: Res | None) -> dict[str, Res]:
        rib: dict[str, Res] = {}
        for p in generics.params:
            if isinstance(p, ast.TypeParam):
                if p.name in rib:
                    self.sink.emit(error(f"the name `{p.name}` is already used for a generic parameter in this item's "
                                         "generic parameters", p.span, "already used", "E0403"))
                rib[p.name] = Res(ResKind.TY_PARAM, owner.def_id if owner else None, p.id, p.name)
            elif isinstance(p, ast.ConstParam):
                self.sink.emit(unsupported("const generics are outside the Rustlet subset", p.span))
        return rib

    def resolve_generics(self, generics: ast.Generics) -> None:
        for p in generics.params:
            if isinstance(p, ast.TypeParam):
                for b in p.bounds:
                    self.resolve_bound(b)
                if p.default is not None:
                    self.resolve_type(p.default)
        for pred in generics.where_clause:
            if pred.bounded_ty is not None:
                self.resolve_type(pred.bounded_ty)
            for b in pred.bounds:
                self.resolve_bound(b)

    def resolve_item(self, item: ast.Item) -> None:
        def_id = self.r.item_defs.get(item.id)
        me = Res(ResKind.DEF, def_id) if def_id is not None else None
        saved_item = self.current_item
        self.current_item = def_id
        self._resolve_item(item, def_id, me)
        self.current_item = saved_item

    def _resolve_item(self, item: ast.Item, def_id: DefId | None, me: Res | None) -> None:
        match item:
            case ast.FnDecl():
                self.resolve_fn(item, me)
            case ast.StructDecl() | ast.EnumDecl():
                self.type_ribs.append(self.generics_rib(item.generics, me))
                self.type_ribs[-1]["Self"] = me  # type: ignore[assignment]
                self.resolve_generics(item.generics)
                if isinstance(item, ast.StructDecl):
                    for f in item.fields:
                        self.resolve_type(f.ty)
                else:
                    for v in item.variants:
                        for f in v.fields:
                            self.resolve_type(f.ty)
                        if v.discriminant is not None:
                            self.resolve_expr(v.discriminant)
                self.type_ribs.pop()
            case ast.TraitDecl():
                self_res = Res(ResKind.SELF_TY, def_id)
                rib = self.generics_rib(item.generics, me)
                rib["Self"] = self_res
                self.type_ribs.append(rib)
                self.resolve_generics(item.generics)
                for b in item.supertraits:
                    self.resolve_bound(b)
                for sub in item.items:
                    self.resolve_assoc_item(sub)
                self.type_ribs.pop()
            case ast.ImplDecl():
                rib = self.generics_rib(item.generics, me)
                self.type_ribs.append(rib)
                self.resolve_generics(item.generics)
                self.resolve_type(item.self_ty)
                if item.trait_path is not None:
                    self.resolve_trait_path(item.trait_path)
                rib["Self"] = Res(ResKind.SELF_TY, def_id)
                for sub in item.items:
                    self.resolve_assoc_item(sub)
                self.type_ribs.pop()
            case ast.ConstDecl() | ast.StaticDecl():
                self.resolve_type(item.ty)
                if item.expr is not None:
                    self.resolve_expr(item.expr)
            case ast.TypeAliasDecl():
                self.type_ribs.append(self.generics_rib(item.generics, me))
                if item.ty is not None:
                    self.resolve_type(item.ty)
                self.type_ribs.pop()
            case ast.ModDecl():
                assert def_id is not None
                self.resolve_items(item.items, self.table.modules[def_id])
            case ast.UseDecl():
                pass
            case ast.MacroRulesDecl():
                self.sink.emit(unsupported("macro_rules! is outside the Rustlet subset", item.span))
            case ast.ExternCrateDecl():
                self.sink.emit(unsupported("external crates are outside the Rustlet subset", item.span))

    def resolve_assoc_item(self, item: ast.FnDecl | ast.ConstDecl | ast.TypeAliasDecl) -> None:
        def_id = self.r.item_defs.get(item.id)
        me = Res(ResKind.DEF, def_id) if def_id is not None else None
        saved_item = self.current_item
        self.current_item = def_id
        self._resolve_assoc_item(item, def_id, me)
        self.current_item = saved_item

    def _resolve_assoc_item(self, item: ast.FnDecl | ast.ConstDecl | ast.TypeAliasDecl, def_id: DefId | None,
                            me: Res | None) -> None:
        match item:
            case ast.FnDecl():
                self.resolve_fn(item, me)
            case ast.ConstDecl():
                self.resolve_type(item.ty)
                if item.expr is not None:
                    self.resolve_expr(item.expr)
            case ast.TypeAliasDecl():
                self.type_ribs.append(self.generics_rib(item.generics, me))
                for b in item.bounds:
                    self.resolve_bound(b)
                if item.ty is not None:
                    self.resolve_type(item.ty)
                self.type_ribs.pop()

    def new_closure_def(self, closure: ast.Closure) -> DefId:
        """A DefId for a closure expression: its body becomes a function of its own
        (`main::main::{closure#0}`), a child of the enclosing item or closure."""
        parent = self.current_item if self.current_item is not None else self.module.def_id
        info = self.table.defs[parent]
        index = self.closure_counts.get(parent, 0)
        self.closure_counts[parent] = index + 1
        def_id = DefId(len(self.table.defs))
        self.table.defs[def_id] = DefInfo(def_id, DefKind.CLOSURE, f"{{closure#{index}}}", info.crate, closure, parent,
                                          info.module, ast.Visibility.PRIVATE, f"{info.path}::{{closure#{index}}}",
                                          closure.span)
        self.r.item_defs[closure.id] = def_id
        return def_id

    def resolve_fn(self, fn: ast.FnDecl, me: Res | None) -> None:
        saved_fn = self.current_fn
        self.current_fn = fn
        self._resolve_fn(fn, me)
        self.current_fn = saved_fn

    def _resolve_fn(self, fn: ast.FnDecl, me: Res | None) -> None:
        self.type_ribs.append(self.generics_rib(fn.generics, me))
        self.resolve_generics(fn.generics)
        rib: dict[str, Res] = {}
        if fn.self_param is not None:
            if fn.self_param.explicit_ty is not None:
                self.resolve_type(fn.self_param.explicit_ty)
            rib["self"] = Res(ResKind.LOCAL, local=fn.self_param.id, name="self")
        self.pat_bindings = {}
        for p in fn.params:
            self.resolve_type(p.ty)
            self.in_fn_params = True
            self.resolve_pat(p.pat)
            self.in_fn_params = False
        rib.update({n: Res(ResKind.LOCAL, local=i, name=n) for n, i in self.pat_bindings.items()})
        self.pat_bindings = None
        if fn.ret is not None:
            self.resolve_type(fn.ret)
        saved_labels = self.labels
        self.labels = []
        self.value_ribs.append(rib)
        if fn.body is not None:
            self.resolve_block(fn.body)
        self.value_ribs.pop()
        self.labels = saved_labels
        self.type_ribs.pop()

    # ── types and bounds ──

    def resolve_type(self, ty: ast.Type) -> None:
        match ty:
            case ast.PathType():
                if ty.qself is not None:
                    self.resolve_qself(ty.qself, ty.path)
                else:
                    self.resolve_path(ty.path, PathSource.TYPE)
            case ast.RefType() | ast.RawPtrType():
                self.resolve_type(ty.inner)
            case ast.TupleType():
                for e in ty.elems:
                    self.resolve_type(e)
            case ast.ArrayType():
                self.resolve_type(ty.elem)
                self.resolve_expr(ty.length)
            case ast.SliceType():
                self.resolve_type(ty.elem)
            case ast.ImplTraitType() | ast.DynTraitType():
                for b in ty.bounds:
                    self.resolve_bound(b)
            case ast.FnPtrType():
                for p in ty.params:
                    self.resolve_type(p)
                if ty.ret is not None:
                    self.resolve_type(ty.ret)
            case ast.NeverType() | ast.InferType():
                pass

    def resolve_qself(self, qself: ast.QSelf, path: ast.Path) -> None:
        """`<T as Trait>::Name`: the path's segments are the associated item (typeck's)."""
        self.resolve_type(qself.ty)
        if qself.trait_path is not None:
            self.resolve_trait_path(qself.trait_path)
        self.resolve_generic_args(path)
        self.r.paths[path.id] = PathResolution(ERR_RES, len(path.segments))

    def resolve_bound(self, bound: ast.GenericBound) -> None:
        if isinstance(bound, ast.TraitBound):
            self.resolve_trait_path(bound.path)

    def resolve_trait_path(self, path: ast.Path) -> None:
        self.resolve_generic_args(path)
        res = self.lookup_path(path, PathSource.TRAIT)
        if res is None:
            return
        self.r.paths[path.id] = res
        if res.base.kind is ResKind.DEF and not res.unresolved:
            info = self.table.defs[res.base.def_id]
            if info.kind is not DefKind.TRAIT:
                self.sink.emit(error(f"expected trait, found {info.kind.value} `{info.name}`", path.span,
                                     f"not a trait", "E0404"))
                self.r.paths[path.id] = PathResolution(ERR_RES)

    def resolve_generic_args(self, path: ast.Path) -> None:
        for seg in path.segments:
            if seg.generic_args is None:
                continue
            for a in seg.generic_args.args:
                if isinstance(a, ast.Lifetime):
                    continue
                if isinstance(a, (ast.Lit, ast.Unary, ast.BlockExpr, ast.PathExpr)):
                    self.resolve_expr(a)
                else:
                    self.resolve_type(a)  # type: ignore[arg-type]
            for b in seg.generic_args.bindings:
                self.resolve_type(b.ty)
            if seg.generic_args.output is not None:
                self.resolve_type(seg.generic_args.output)

    # ── paths ──

    def lookup_local_type(self, name: str) -> Res | None:
        for rib in reversed(self.type_ribs):
            if name in rib:
                return rib[name]
        return None

    def lookup_first(self, name: str, ns: str) -> Res | None:
        if ns == "value":
            for rib in reversed(self.value_ribs):
                if name in rib:
                    return rib[name]
            if name == "Self":  # the constructor of an impl's tuple or unit struct (typeck checks which)
                found = self.lookup_local_type(name)
                if found is not None and found.kind is ResKind.SELF_TY:
                    return found
        else:
            found = self.lookup_local_type(name)
            if found is not None:
                return found
        return self.table.lookup_lexical_module(self.module, name, ns)

    def resolve_path(self, path: ast.Path, source: PathSource) -> PathResolution | None:
        self.resolve_generic_args(path)
        res = self.lookup_path(path, source)
        if res is not None:
            self.r.paths[path.id] = res
        else:
            self.r.paths[path.id] = PathResolution(ERR_RES)
        return res

    def lookup_path(self, path: ast.Path, source: PathSource) -> PathResolution | None:
        """Resolve `path`, reporting failures; None when an error was reported."""
        ns = source.ns
        segs = path.segments
        start, consumed = self.table.path_start(segs, path.global_, self.module)
        if start is not None and start.kind is ResKind.ERR:
            self.sink.emit(error("failed to resolve: there are too many leading `super` keywords",
                                 segs[consumed - 1].span, "there are too many leading `super` keywords", "E0433"))
            return None
        if start is None:
            first = segs[0]
            if len(segs) == 1:
                found = self.lookup_first(first.name, ns)
                if found is None:
                    self.report_not_found(first, source)
                    return None
                return PathResolution(found, 0)
            found = self.lookup_first(first.name, "type")
            if found is None:
                what = "type" if first.name[:1].isupper() else "module or unlinked crate"
                label = f"use of undeclared {what} `{first.name}`"
                self.sink.emit(error(f"failed to resolve: {label}", first.span, label, "E0433"))
                return None
            start, consumed = found, 1
        if consumed == len(segs):
            return PathResolution(start, 0)
        result = self.table.resolve_rest(start, segs, consumed, ns, self.module)
        if isinstance(result, ast.PathSegment):
            parent = segs[segs.index(result) - 1].name
            if result is segs[-1]:
                what, code = _NOT_FOUND[source]
                self.sink.emit(error(f"cannot find {what} `{result.name}` in module `{parent}`", result.span,
                                     "not found in `" + parent + "`", code))
            else:
                self.sink.emit(error(f"failed to resolve: could not find `{result.name}` in `{parent}`",
                                     result.span, f"could not find `{result.name}` in `{parent}`", "E0433"))
            return None
        return result

    def report_not_found(self, seg: ast.PathSegment, source: PathSource) -> None:
        """A single-segment path that names nothing in its namespace: rustc's code for the
        place it occurs, or a sharper one when the name exists elsewhere (a local of an
        enclosing fn, a type used as a value, `self`/`Self` out of place)."""
        name = seg.name
        if source is PathSource.TYPE and name == "Self":
            diag = error("cannot find type `Self` in this scope", seg.span,
                         "`Self` is only available in impls, traits, and type definitions", "E0411")
            if self.current_fn is not None:
                diag.with_label(self.current_fn.name_span, "`Self` not allowed in a function")
            self.sink.emit(diag)
            return
        if source is PathSource.EXPR and name == "self":
            diag = error("expected value, found module `self`", seg.span,
                         "`self` value is a keyword only available in methods with a `self` parameter", "E0424")
            if self.current_fn is not None:
                diag.with_label(self.current_fn.name_span, "this function can't have a `self` parameter")
            self.sink.emit(diag)
            return
        if source.ns == "value" and any(name in rib for rib in self.hidden_ribs):
            if self.in_const_item():
                self.sink.emit(error("attempt to use a non-constant value in a constant", seg.span,
                                     "non-constant value", "E0435"))
            else:
                self.sink.emit(error("can't capture dynamic environment in a fn item", seg.span, "", "E0434")
                               .with_help("use the `|| { ... }` closure form instead"))
            return
        if source.ns == "value":
            other = self.lookup_first(name, "type")
            if other is not None and other.kind is not ResKind.ERR:
                self.report_wrong_namespace(seg, source, other)
                return
        what, code = _NOT_FOUND[source]
        if source is PathSource.EXPR and name[:1].isupper() and not name.isupper():
            what = "struct, variant or union type"
        self.sink.emit(error(f"cannot find {what} `{name}` in this scope", seg.span, "not found in this scope", code))

    def report_wrong_namespace(self, seg: ast.PathSegment, source: PathSource, found: Res) -> None:
        """A value (or tuple-struct pattern) path naming only a type: E0423 / E0532."""
        if found.kind is ResKind.PRIM:
            kind = "builtin type"
        elif found.kind is ResKind.TY_PARAM:
            kind = "type parameter"
        elif found.kind is ResKind.SELF_TY:
            kind = "self type"
        else:
            assert found.def_id is not None
            kind = self.table.defs[found.def_id].kind.value
        if source is PathSource.TUPLE_STRUCT:
            self.sink.emit(error(f"expected tuple struct or tuple variant, found {kind} `{seg.name}`", seg.span,
                                 "", "E0532"))
            return
        diag = error(f"expected value, found {kind} `{seg.name}`", seg.span, "", "E0423")
        if found.kind is ResKind.DEF and kind == "struct":
            diag.with_help(f"use struct literal syntax instead: `{seg.name} {{ .. }}`")
        self.sink.emit(diag)

    def in_const_item(self) -> bool:
        """Whether the innermost enclosing item (closures looked through) is a const or static."""
        item = self.current_item
        while item is not None and self.table.defs[item].kind is DefKind.CLOSURE:
            item = self.table.defs[item].parent
        return item is not None and self.table.defs[item].kind in (DefKind.CONST, DefKind.STATIC,
                                                                    DefKind.ASSOC_CONST)

    def resolve_expr_path(self, path: ast.Path, qself: ast.QSelf | None) -> None:
        if qself is not None:
            self.resolve_qself(qself, path)
        else:
            self.resolve_path(path, PathSource.EXPR)

    # ── patterns ──

    def add_binding(self, pat: ast.IdentPat) -> None:
        assert self.pat_bindings is not None
        if pat.name in self.pat_bindings and self.pat_bindings[pat.name] != pat.id:
            if self.in_fn_params:
                self.sink.emit(error(f"identifier `{pat.name}` is bound more than once in this parameter list",
                                     pat.span, "used as parameter more than once", "E0415"))
            else:
                self.sink.emit(error(f"identifier `{pat.name}` is bound more than once in the same pattern",
                                     pat.span, "used in a pattern more than once", "E0416"))
            return
        self.pat_bindings[pat.name] = pat.id
        self.r.bindings[pat.id] = pat.id

    def resolve_pat(self, pat: ast.Pat) -> None:
        match pat:
            case ast.IdentPat():
                if pat.subpattern is None and not pat.by_ref and not pat.mutable:
                    found = self.table.lookup_lexical_module(self.module, pat.name, "value")
                    if found is not None and found.kind is ResKind.DEF:
                        kind = self.path_pattern_kind(found)
                        if kind == "path":
                            self.r.ident_pats[pat.id] = found
                            return
                        if kind is not None:
                            self.sink.emit(error(f"{'let' if not self.in_match else 'match'} bindings cannot shadow {kind}",
                                                 pat.span, f"cannot be named the same as a {kind[:-1]}", "E0530"))
                            return
                if pat.subpattern is not None:
                    self.resolve_pat(pat.subpattern)
                self.add_binding(pat)
            case ast.TuplePat():
                for e in pat.elems:
                    self.resolve_pat(e)
            case ast.StructPat():
                if pat.qself is not None:
                    self.resolve_qself(pat.qself, pat.path)
                else:
                    self.resolve_path(pat.path, PathSource.STRUCT)
                for f in pat.fields:
                    self.resolve_pat(f.pat)
            case ast.TupleStructPat():
                if pat.qself is not None:
                    self.resolve_qself(pat.qself, pat.path)
                else:
                    self.resolve_path(pat.path, PathSource.TUPLE_STRUCT)
                for e in pat.elems:
                    self.resolve_pat(e)
            case ast.PathPat():
                self.resolve_expr_path(pat.path, pat.qself)
            case ast.RefPat():
                self.resolve_pat(pat.pat)
            case ast.OrPat():
                self.resolve_or_pat(pat)
            case ast.LitPat():
                self.resolve_expr(pat.expr)
            case ast.RangePat():
                if pat.lo is not None:
                    self.resolve_expr(pat.lo)
                if pat.hi is not None:
                    self.resolve_expr(pat.hi)
            case ast.SlicePat():
                for e in pat.elems:
                    self.resolve_pat(e)
            case ast.WildPat() | ast.RestPat():
                pass

    def path_pattern_kind(self, res: Res) -> str | None:
        """"path" if a lone identifier resolving to `res` is a path pattern, the plural noun
        of what it would illegally shadow (E0530), or None for an ordinary binding."""
        info = self.table.defs[res.def_id]
        if info.kind is DefKind.CONST or info.kind is DefKind.ASSOC_CONST:
            return "path"
        if info.kind in (DefKind.STRUCT, DefKind.VARIANT):
            kind = info.node.kind  # type: ignore[union-attr]
            if kind is ast.StructKind.UNIT:
                return "path"
            if kind is ast.StructKind.TUPLE:
                return "tuple structs" if info.kind is DefKind.STRUCT else "tuple variants"
            return None
        if info.kind is DefKind.STATIC:
            return "statics"
        return None

    def resolve_or_pat(self, pat: ast.OrPat) -> None:
        assert self.pat_bindings is not None
        outer = self.pat_bindings
        alt_sets: list[dict[str, int]] = []
        for alt in pat.alts:
            self.pat_bindings = dict(outer)
            before = set(outer)
            self.resolve_pat(alt)
            alt_sets.append({n: i for n, i in self.pat_bindings.items() if n not in before})
        self.pat_bindings = outer
        first = alt_sets[0]
        all_names: dict[str, None] = {}
        for s in alt_sets:
            all_names.update(dict.fromkeys(s))
        for name in all_names:
            missing = [pat.alts[k] for k, s in enumerate(alt_sets) if name not in s]
            for alt in missing:
                self.sink.emit(error(f"variable `{name}` is not bound in all patterns", alt.span,
                                     f"pattern doesn't bind `{name}`", "E0408"))
        # Later alternatives share the first alternative's locals.
        for s in alt_sets[1:]:
            for name, local in s.items():
                if name in first:
                    self.r.bindings[local] = first[name]
        for s in reversed(alt_sets):
            for name, local in s.items():
                outer[name] = first.get(name, local)

    def bind_pattern(self, pat: ast.Pat) -> dict[str, Res]:
        """Resolve a pattern that introduces bindings; returns the rib to push."""
        saved = self.pat_bindings
        self.pat_bindings = {}
        self.resolve_pat(pat)
        rib = {n: Res(ResKind.LOCAL, local=i, name=n) for n, i in self.pat_bindings.items()}
        self.pat_bindings = saved
        return rib

    # ── statements and expressions ──

    def resolve_block(self, block: ast.Block) -> None:
        saved_module = self.module
        anon = self.r.block_modules.get(block.id)
        if anon is not None:
            self.module = self.table.modules[anon]
        depth = len(self.value_ribs)
        for stmt in block.stmts:
            match stmt:
                case ast.LetStmt():
                    if stmt.ty is not None:
                        self.resolve_type(stmt.ty)
                    if stmt.init is not None:
                        self.resolve_expr(stmt.init)
                    if stmt.else_block is not None:
                        self.resolve_block(stmt.else_block)
                    self.value_ribs.append(self.bind_pattern(stmt.pat))
                case ast.ExprStmt():
                    self.resolve_expr(stmt.expr)
                case ast.ItemStmt():
                    # Resolved in place: the locals bound so far are hidden from it (E0434).
                    self.resolve_items([stmt.item], self.module)
                case ast.EmptyStmt():
                    pass
        if block.expr is not None:
            self.resolve_expr(block.expr)
        del self.value_ribs[depth:]
        self.module = saved_module

    def resolve_cond(self, cond: ast.Expr) -> dict[str, Res]:
        """An `if`/`while` condition; returns the bindings of its `let`s (let chains)."""
        if isinstance(cond, ast.Let):
            self.resolve_expr(cond.expr)
            return self.bind_pattern(cond.pat)
        if isinstance(cond, ast.Binary) and cond.op is ast.BinOp.AND and _has_let(cond):
            left = self.resolve_cond(cond.lhs)
            self.value_ribs.append(left)
            right = self.resolve_cond(cond.rhs)
            self.value_ribs.pop()
            return {**left, **right}
        self.resolve_expr(cond)
        return {}

    def push_label(self, label: str | None, node: ast.Node, kind: str) -> None:
        if label is not None:
            for scope in self.labels:
                if scope.name == label:
                    self.sink.emit(Diagnostic(Level.WARNING,
                                              f"label name `{label}` shadows a label name that is already in scope",
                                              node.span, "label already in scope"))
        self.labels.append(LabelScope(label, node.id, kind))

    def jump_target(self, node: ast.Break | ast.Continue) -> None:
        is_break = isinstance(node, ast.Break)
        keyword = "break" if is_break else "continue"
        target: LabelScope | None = None
        if node.label is not None:
            for scope in reversed(self.labels):
                if scope.name == node.label and scope.kind != "closure":
                    target = scope
                    break
            if target is None:
                self.sink.emit(error(f"use of undeclared label `{node.label}`", node.span,
                                     f"undeclared label `{node.label}`", "E0426"))
                return
            if not is_break and target.kind == "block":
                self.sink.emit(error("`continue` pointing to a labeled block", node.span,
                                     "labeled blocks cannot be `continue`'d", "E0696"))
                return
        else:
            for scope in reversed(self.labels):
                if scope.kind != "block":
                    target = scope
                    break
            if target is not None and target.kind == "closure":
                self.sink.emit(error(f"`{keyword}` inside of a closure", node.span,
                                     f"cannot `{keyword}` inside of a closure", "E0267")
                               .with_label(self.table.defs[self.current_item].span if self.current_item is not None
                                           and self.table.defs[self.current_item].kind is DefKind.CLOSURE
                                           else node.span, "enclosing closure"))
                return
            if target is None:
                msg = f"`{keyword}` outside of a loop" + (" or labeled block" if is_break else "")
                self.sink.emit(error(msg, node.span, f"cannot `{keyword}` outside of a loop", "E0268"))
                return
        if is_break and node.expr is not None and target.kind in ("while", "for"):  # type: ignore[union-attr]
            self.sink.emit(error(f"`break` with value from a `{target.kind}` loop", node.span,
                                 f"can only break with a value inside `loop` or breakable block", "E0571"))
        self.r.jump_targets[node.id] = target.node_id

    def resolve_expr(self, expr: ast.Expr) -> None:  # noqa: C901 — one case per expression kind
        match expr:
            case ast.Lit() | ast.Underscore():
                pass
            case ast.PathExpr():
                self.resolve_expr_path(expr.path, expr.qself)
            case ast.Unary() | ast.Cast():
                self.resolve_expr(expr.operand if isinstance(expr, ast.Unary) else expr.expr)
                if isinstance(expr, ast.Cast):
                    self.resolve_type(expr.ty)
            case ast.Binary():
                if expr.op is ast.BinOp.AND and _has_let(expr):
                    self.sink.emit(unsupported("`let` chains (`if let … && …`) are edition-2024 syntax", expr.span))
                    return
                self.resolve_expr(expr.lhs)
                self.resolve_expr(expr.rhs)
            case ast.Assign() | ast.AssignOp():
                self.resolve_expr(expr.lhs)
                self.resolve_expr(expr.rhs)
            case ast.AddrOf():
                self.resolve_expr(expr.operand)
            case ast.Call():
                self.resolve_expr(expr.func)
                for a in expr.args:
                    self.resolve_expr(a)
            case ast.MethodCall():
                self.resolve_expr(expr.receiver)
                if expr.generic_args is not None:
                    for a in expr.generic_args.args:
                        if not isinstance(a, ast.Lifetime):
                            self.resolve_type(a)  # type: ignore[arg-type]
                for a in expr.args:
                    self.resolve_expr(a)
            case ast.Field():
                self.resolve_expr(expr.expr)
            case ast.Index():
                self.resolve_expr(expr.expr)
                self.resolve_expr(expr.index)
            case ast.Range():
                if expr.start is not None:
                    self.resolve_expr(expr.start)
                if expr.end is not None:
                    self.resolve_expr(expr.end)
            case ast.Tuple() | ast.Array():
                for e in expr.elems:
                    self.resolve_expr(e)
            case ast.Repeat():
                self.resolve_expr(expr.elem)
                self.resolve_expr(expr.count)
            case ast.StructLit():
                if expr.qself is not None:
                    self.resolve_qself(expr.qself, expr.path)
                else:
                    self.resolve_path(expr.path, PathSource.STRUCT)
                for f in expr.fields:
                    self.resolve_expr(f.expr)
                if expr.base is not None:
                    self.resolve_expr(expr.base)
            case ast.BlockExpr():
                if expr.label is not None:
                    self.push_label(expr.label, expr, "block")
                    self.resolve_block(expr.block)
                    self.labels.pop()
                else:
                    self.resolve_block(expr.block)
            case ast.Let():
                self.sink.emit(unsupported("`let` expressions outside `if`/`while` conditions", expr.span))
            case ast.If():
                rib = self.resolve_cond(expr.cond)
                self.value_ribs.append(rib)
                self.resolve_block(expr.then)
                self.value_ribs.pop()
                if expr.else_ is not None:
                    self.resolve_expr(expr.else_)
            case ast.While():
                self.push_label(expr.label, expr, "while")
                rib = self.resolve_cond(expr.cond)
                self.value_ribs.append(rib)
                self.resolve_block(expr.body)
                self.value_ribs.pop()
                self.labels.pop()
            case ast.Loop():
                self.push_label(expr.label, expr, "loop")
                self.resolve_block(expr.body)
                self.labels.pop()
            case ast.ForLoop():
                self.resolve_expr(expr.iter)
                self.push_label(expr.label, expr, "for")
                self.value_ribs.append(self.bind_pattern(expr.pat))
                self.resolve_block(expr.body)
                self.value_ribs.pop()
                self.labels.pop()
            case ast.Match():
                self.resolve_expr(expr.scrutinee)
                for arm in expr.arms:
                    saved = self.in_match
                    self.in_match = True
                    rib = self.bind_pattern(arm.pat)
                    self.in_match = saved
                    self.value_ribs.append(rib)
                    if arm.guard is not None:
                        guard_rib = self.resolve_cond(arm.guard)
                        self.value_ribs.append(guard_rib)
                        self.resolve_expr(arm.body)
                        self.value_ribs.pop()
                    else:
                        self.resolve_expr(arm.body)
                    self.value_ribs.pop()
            case ast.Closure():
                closure = self.new_closure_def(expr)
                saved_item = self.current_item
                self.current_item = closure
                saved_pb = self.pat_bindings
                self.pat_bindings = {}
                for p in expr.params:
                    if p.ty is not None:
                        self.resolve_type(p.ty)
                    self.resolve_pat(p.pat)
                rib = {n: Res(ResKind.LOCAL, local=i, name=n) for n, i in self.pat_bindings.items()}
                self.pat_bindings = saved_pb
                if expr.ret is not None:
                    self.resolve_type(expr.ret)
                saved_labels = self.labels
                self.labels = [LabelScope(None, expr.id, "closure")]  # loops outside are out of reach (E0267)
                self.value_ribs.append(rib)
                self.resolve_expr(expr.body)
                self.value_ribs.pop()
                self.labels = saved_labels
                self.current_item = saved_item
            case ast.Break():
                if expr.expr is not None:
                    self.resolve_expr(expr.expr)
                self.jump_target(expr)
            case ast.Continue():
                self.jump_target(expr)
            case ast.Return():
                if expr.expr is not None:
                    self.resolve_expr(expr.expr)
            case ast.Try():
                self.resolve_expr(expr.expr)
            case ast.FormatArgs():
                for a in expr.args:
                    self.resolve_expr(a)
            case ast.MacroPrint() | ast.MacroFormat() | ast.MacroPanic():
                self.resolve_expr(expr.args)
            case ast.MacroVec():
                for e in expr.elems or []:
                    self.resolve_expr(e)
                if expr.repeat_elem is not None:
                    self.resolve_expr(expr.repeat_elem)
                if expr.repeat_count is not None:
                    self.resolve_expr(expr.repeat_count)


# What a failed lookup is called, by where the path occurs: (the noun, the error code).
_NOT_FOUND = {
    PathSource.TYPE: ("type", "E0425"),
    PathSource.TRAIT: ("trait", "E0405"),
    PathSource.EXPR: ("value", "E0425"),
    PathSource.STRUCT: ("struct, variant or union type", "E0422"),
    PathSource.TUPLE_STRUCT: ("tuple struct or tuple variant", "E0531"),
}


def _has_let(expr: ast.Expr) -> bool:
    if isinstance(expr, ast.Let):
        return True
    return isinstance(expr, ast.Binary) and expr.op is ast.BinOp.AND and (_has_let(expr.lhs) or _has_let(expr.rhs))
