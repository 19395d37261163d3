"""Definition collection: DefIds, the module tree, and the import directives.

One walk over every crate's items (std first).  Each item gets the next DefId and a
`DefInfo`; items that name something are bound in their module's type or value
namespace (a tuple or unit struct in both: its constructor is a value), a second item
of the same name and namespace is E0428.  Items declared inside a function body live
in the anonymous module of their block (`Resolutions.block_modules`), whose parent is
the enclosing module, so lexical lookup reaches them first.  `use` declarations are
flattened into `ImportDirective`s for `imports.py`.  Cost: linear in the number of items.
"""
from __future__ import annotations

from dataclasses import dataclass

from rustlet import ast
from rustlet.diagnostics import DiagnosticSink, error
from rustlet.resolve.defs import Binding, DefInfo, DefKind, Module, Res, ResKind
from rustlet.source import Span
from rustlet.types import DefId


@dataclass(slots=True)
class ImportDirective:
    module: Module
    segments: list[ast.PathSegment]
    global_: bool
    glob: bool
    name: str | None  # binding name for a simple import (rename, last segment, or module for `self`)
    vis: ast.Visibility
    span: Span


class DefCollector:
    def __init__(self, sink: DiagnosticSink) -> None:
        self.sink = sink
        self.defs: dict[DefId, DefInfo] = {}
        self.modules: dict[DefId, Module] = {}
        self.crate_roots: dict[str, DefId] = {}
        self.item_defs: dict[int, DefId] = {}
        self.block_modules: dict[int, DefId] = {}
        self.imports: list[ImportDirective] = []
        self.impls: list[DefId] = []

    def new_def(self, kind: DefKind, name: str, crate: str, node: ast.Node | None, parent: DefId | None,
                module: DefId | None, vis: ast.Visibility, path: str, span: Span) -> DefId:
        def_id = DefId(len(self.defs))
        self.defs[def_id] = DefInfo(def_id, kind, name, crate, node, parent,
                                    module if module is not None else def_id, vis, path, span)
        if node is not None:
            self.item_defs[node.id] = def_id
        return def_id

    def collect_crate(self, crate: ast.Crate) -> None:
        root_span = Span(crate.file, 0, 0)
        root = self.new_def(DefKind.MOD, crate.name, crate.name, None, None, None, ast.Visibility.PUB,
                            crate.name, root_span)
        self.crate_roots[crate.name] = root
        self.modules[root] = Module(root, None, crate.name)
        self.collect_items(crate.items, self.modules[root], crate.name)

    def collect_items(self, items: list[ast.Item], module: Module, path: str) -> None:
        for item in items:
            self.collect_item(item, module, path)

    def bind(self, module: Module, ns: str, name: str, res: Res, vis: ast.Visibility, span: Span) -> None:
        table = module.types if ns == "type" else module.values
        old = table.get(name)
        if old is not None and not old.is_import:
            self.sink.emit(error(f"the name `{name}` is defined multiple times", span,
                                 f"`{name}` redefined here", "E0428")
                           .with_label(old.span, f"previous definition of the {ns} `{name}` here")
                           .with_note(f"`{name}` must be defined only once in the {ns} namespace of this module"))
            return
        table[name] = Binding(res, vis, span)

    def collect_item(self, item: ast.Item, module: Module, path: str) -> None:
        crate = module.crate
        mod_id = module.def_id
        match item:
            case ast.FnDecl():
                d = self.new_def(DefKind.FN, item.name, crate, item, mod_id, mod_id, item.vis,
                                 f"{path}::{item.name}", item.name_span)
                self.bind(module, "value", item.name, Res(ResKind.DEF, d), item.vis, item.name_span)
                self.collect_body_blocks(item.body, module, f"{path}::{item.name}")
            case ast.StructDecl():
                d = self.new_def(DefKind.STRUCT, item.name, crate, item, mod_id, mod_id, item.vis,
                                 f"{path}::{item.name}", item.name_span)
                self.bind(module, "type", item.name, Res(ResKind.DEF, d), item.vis, item.name_span)
                if item.kind is not ast.StructKind.NAMED:
                    self.bind(module, "value", item.name, Res(ResKind.DEF, d), item.vis, item.name_span)
            case ast.EnumDecl():
                d = self.new_def(DefKind.ENUM, item.name, crate, item, mod_id, mod_id, item.vis,
                                 f"{path}::{item.name}", item.name_span)
                self.bind(module, "type", item.name, Res(ResKind.DEF, d), item.vis, item.name_span)
                for variant in item.variants:
                    if variant.name in self.defs[d].children:
                        self.sink.emit(error(f"the name `{variant.name}` is defined multiple times",
                                             variant.name_span, f"`{variant.name}` redefined here", "E0428"))
                        continue
                    v = self.new_def(DefKind.VARIANT, variant.name, crate, variant, d, mod_id, ast.Visibility.PUB,
                                     f"{path}::{item.name}::{variant.name}", variant.name_span)
                    self.defs[d].children[variant.name] = v
            case ast.TraitDecl():
                d = self.new_def(DefKind.TRAIT, item.name, crate, item, mod_id, mod_id, item.vis,
                                 f"{path}::{item.name}", item.name_span)
                self.bind(module, "type", item.name, Res(ResKind.DEF, d), item.vis, item.name_span)
                self.collect_assoc_items(item.items, d, module, f"{path}::{item.name}", trait_items=True)
            case ast.ImplDecl():
                d = self.new_def(DefKind.IMPL, "<impl>", crate, item, mod_id, mod_id, ast.Visibility.PUB,
                                 f"{path}::<impl>", item.span)
                self.impls.append(d)
                self.collect_assoc_items(item.items, d, module, f"{path}", trait_items=False)
            case ast.ConstDecl():
                d = self.new_def(DefKind.CONST, item.name, crate, item, mod_id, mod_id, item.vis,
                                 f"{path}::{item.name}", item.name_span)
                self.bind(module, "value", item.name, Res(ResKind.DEF, d), item.vis, item.name_span)
            case ast.StaticDecl():
                d = self.new_def(DefKind.STATIC, item.name, crate, item, mod_id, mod_id, item.vis,
                                 f"{path}::{item.name}", item.name_span)
                self.bind(module, "value", item.name, Res(ResKind.DEF, d), item.vis, item.name_span)
            case ast.TypeAliasDecl():
                d = self.new_def(DefKind.TYPE_ALIAS, item.name, crate, item, mod_id, mod_id, item.vis,
                                 f"{path}::{item.name}", item.name_span)
                self.bind(module, "type", item.name, Res(ResKind.DEF, d), item.vis, item.name_span)
            case ast.ModDecl():
                d = self.new_def(DefKind.MOD, item.name, crate, item, mod_id, None, item.vis,
                                 f"{path}::{item.name}", item.name_span)
                self.defs[d].module = d
                self.bind(module, "type", item.name, Res(ResKind.DEF, d), item.vis, item.name_span)
                child = Module(d, module, crate)
                self.modules[d] = child
                self.collect_items(item.items, child, f"{path}::{item.name}")
            case ast.UseDecl():
                self.collect_use(item.tree, [], False, module, item.vis)
            case ast.MacroRulesDecl() | ast.ExternCrateDecl():
                pass  # rejected with a clear message by the late resolver

    def collect_assoc_items(self, items: list, owner: DefId, module: Module, path: str, trait_items: bool) -> None:
        kinds = {ast.FnDecl: DefKind.ASSOC_FN, ast.ConstDecl: DefKind.ASSOC_CONST, ast.TypeAliasDecl: DefKind.ASSOC_TY}
        owner_info = self.defs[owner]
        for item in items:
            vis = ast.Visibility.PUB if trait_items else item.vis
            d = self.new_def(kinds[type(item)], item.name, module.crate, item, owner, module.def_id, vis,
                             f"{path}::{item.name}", item.name_span)
            if item.name in owner_info.children and trait_items:
                self.sink.emit(error(f"the name `{item.name}` is defined multiple times", item.name_span,
                                     f"`{item.name}` redefined here", "E0428"))
            owner_info.children.setdefault(item.name, d)
            if isinstance(item, ast.FnDecl):
                self.collect_body_blocks(item.body, module, f"{path}::{item.name}")

    def collect_use(self, tree: ast.UseTree, prefix: list[ast.PathSegment], global_: bool, module: Module,
                    vis: ast.Visibility) -> None:
        segments = prefix + list(tree.prefix.segments)
        global_ = global_ or tree.prefix.global_
        match tree.kind:
            case ast.UseTreeKind.SIMPLE:
                if segments and segments[-1].name == "self":
                    segments = segments[:-1]  # `use a::{self}` imports `a`
                if not segments:
                    return
                name = tree.rename or segments[-1].name
                self.imports.append(ImportDirective(module, segments, global_, False, name, vis, tree.span))
            case ast.UseTreeKind.GLOB:
                self.imports.append(ImportDirective(module, segments, global_, True, None, vis, tree.span))
            case ast.UseTreeKind.NESTED:
                for sub in tree.nested:
                    self.collect_use(sub, segments, global_, module, vis)

    # ── items declared inside function bodies ──

    def collect_body_blocks(self, body: ast.Block | None, module: Module, path: str) -> None:
        """Give every block that declares items its own anonymous module."""
        if body is None:
            return
        for block in _blocks_with_items(body):
            d = self.new_def(DefKind.MOD, "{block}", module.crate, None, module.def_id, None,
                             ast.Visibility.PRIVATE, path, block.span)
            self.defs[d].module = d
            anon = Module(d, module, module.crate, is_block=True)
            self.modules[d] = anon
            self.block_modules[block.id] = d
            self.collect_items([s.item for s in block.stmts if isinstance(s, ast.ItemStmt)], anon, path)


def _blocks_with_items(root: ast.Block) -> list[ast.Block]:
    """Blocks inside `root` (inclusive) that declare items, not descending into those items."""
    found: list[ast.Block] = []
    stack: list[object] = [root]
    while stack:
        node = stack.pop()
        if isinstance(node, ast.Block) and any(isinstance(s, ast.ItemStmt) for s in node.stmts):
            found.append(node)
        if isinstance(node, ast.ItemStmt):
            continue  # nested items collect their own blocks
        if isinstance(node, list):
            stack.extend(node)
        elif isinstance(node, ast.Node):
            for name in node.__slots__:
                value = getattr(node, name, None)
                if isinstance(value, (ast.Node, list)):
                    stack.append(value)
    return found
