"""Name-resolution data: definitions, modules, resolutions (declarations and tiny helpers).

Resolve hands typeck a side table (`Resolutions`) keyed by AST node ids, as Crafting
Interpreters' resolver does; the AST itself is never mutated.

- Every item gets a `DefId` and a `DefInfo` (kind, name, parent, enclosing module,
  visibility, AST node, `std::…`-style path).
- A `Module` (crate roots, `mod` items, and the anonymous module of a block that
  declares items) has two namespaces, types and values, mapping a name to a `Binding`.
  Enums and traits are not modules: their variants / items are `DefInfo.children`.
- A path resolves to a `PathResolution`: a base `Res` plus the number of trailing
  segments left for typeck (`Vec::new` → base `Vec`, one unresolved segment), exactly
  rustc's partial resolution.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum

from rustlet import ast
from rustlet.source import Span
from rustlet.types import DefId


class DefKind(Enum):
    MOD = "module"
    FN = "function"
    STRUCT = "struct"
    ENUM = "enum"
    VARIANT = "variant"
    TRAIT = "trait"
    IMPL = "impl"
    CONST = "constant"
    STATIC = "static"
    TYPE_ALIAS = "type alias"
    ASSOC_FN = "associated function"
    ASSOC_CONST = "associated constant"
    ASSOC_TY = "associated type"
    CLOSURE = "closure"  # a closure expression's body (its DefId is allocated by the late resolver)


TYPE_NS_KINDS = {DefKind.MOD, DefKind.STRUCT, DefKind.ENUM, DefKind.TRAIT, DefKind.TYPE_ALIAS}


@dataclass(slots=True)
class DefInfo:
    def_id: DefId
    kind: DefKind
    name: str
    crate: str
    node: ast.Node | None  # the item's AST node (None for crate roots)
    parent: DefId | None  # the enclosing module, impl, trait or enum
    module: DefId  # the nearest enclosing module (privacy, traits in scope)
    vis: ast.Visibility
    path: str  # `std::option::Option`, `main::geometry::area`
    span: Span
    children: dict[str, DefId] = field(default_factory=dict)  # enum variants, trait / impl items


class ResKind(Enum):
    DEF = "def"
    LOCAL = "local"  # a binding; `local` is its LocalId (the binding pattern's node id)
    PRIM = "prim"  # a primitive type; `name` is `i32`, `str`, …
    SELF_TY = "Self"  # `Self` inside an impl (def_id = impl) or trait (def_id = trait)
    TY_PARAM = "type param"  # def_id = owning item, local = the TypeParam node id, name = its name
    ERR = "err"  # already reported


@dataclass(frozen=True, slots=True)
class Res:
    kind: ResKind
    def_id: DefId | None = None
    local: int | None = None
    name: str = ""


ERR_RES = Res(ResKind.ERR)


@dataclass(frozen=True, slots=True)
class PathResolution:
    base: Res
    unresolved: int = 0  # trailing segments typeck resolves (associated items)


@dataclass(slots=True)
class Binding:
    res: Res
    vis: ast.Visibility
    span: Span
    is_import: bool = False


@dataclass(slots=True)
class GlobImport:
    target: DefId  # a module or an enum
    vis: ast.Visibility


@dataclass(slots=True)
class Module:
    def_id: DefId
    parent: Module | None
    crate: str
    types: dict[str, Binding] = field(default_factory=dict)
    values: dict[str, Binding] = field(default_factory=dict)
    globs: list[GlobImport] = field(default_factory=list)
    is_block: bool = False  # the anonymous module of a block with items


@dataclass(slots=True)
class Resolutions:
    """What resolve hands typeck: every name in the program, resolved."""

    defs: dict[DefId, DefInfo]
    modules: dict[DefId, Module]
    crate_roots: dict[str, DefId]
    item_defs: dict[int, DefId]  # AST item / variant node id → DefId
    paths: dict[int, PathResolution]  # ast.Path node id → resolution
    ident_pats: dict[int, Res]  # IdentPat node id → the unit struct / variant / const it names
    bindings: dict[int, int]  # IdentPat node id → LocalId (or-pattern alternatives share one)
    jump_targets: dict[int, int]  # Break / Continue node id → node id of the loop or labeled block
    block_modules: dict[int, DefId]  # ast.Block node id → its anonymous module (blocks with items)
    lang_items: dict[str, DefId]  # "Option", "Some", "Iterator", … (std items typeck relies on)
    traits_in_scope: dict[DefId, list[DefId]]  # module → traits usable for method calls there

    def def_path(self, def_id: DefId) -> str:
        return self.defs[def_id].path
