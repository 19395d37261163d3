"""Looking names up in modules, and walking paths through modules, enums and traits.

`lookup_in_module` consults a module's own bindings (items and resolved imports) and
then its glob imports, recursively (a visited set stops `use a::*` cycles).  Privacy
follows rustc: a private item is visible in its module and that module's descendants;
`pub(crate)` in its crate; `pub(super)` in its parent module's subtree.

`resolve_path_in_modules` walks the segments after the first: through modules (type
namespace for intermediate segments), into an enum (its variants) or a trait (its
items); on reaching a type (struct, enum, alias, primitive, `Self`, type parameter)
with segments left, it stops and returns a partial resolution, the rest being
associated items for typeck.
"""
from __future__ import annotations

from rustlet import ast
from rustlet.diagnostics import DiagnosticSink, error
from rustlet.resolve.defs import (
    Binding, DefInfo, DefKind, GlobImport, Module, PathResolution, Res, ResKind,
)
from rustlet.types import DefId

PRIMITIVE_TYPES = {"i8", "i16", "i32", "i64", "isize", "u8", "u16", "u32", "u64", "usize", "f32", "f64",
                   "bool", "char", "str"}


class NameTable:
    def __init__(self, defs: dict[DefId, DefInfo], modules: dict[DefId, Module],
                 crate_roots: dict[str, DefId], sink: DiagnosticSink) -> None:
        self.defs = defs
        self.modules = modules
        self.crate_roots = crate_roots
        self.sink = sink
        self.prelude: Module | None = None

    # ── privacy ──

    def is_ancestor(self, ancestor: DefId, module: DefId) -> bool:
        m: Module | None = self.modules[module]
        while m is not None:
            if m.def_id == ancestor:
                return True
            m = m.parent
        return False

    def is_accessible(self, vis: ast.Visibility, owner_module: DefId, from_module: DefId) -> bool:
        match vis:
            case ast.Visibility.PUB:
                return True
            case ast.Visibility.PUB_CRATE | ast.Visibility.PUB_IN:
                return self.modules[owner_module].crate == self.modules[from_module].crate
            case ast.Visibility.PUB_SUPER:
                parent = self.nonblock_parent(owner_module)
                return self.is_ancestor(parent if parent is not None else owner_module, from_module)
            case _:
                return self.is_ancestor(owner_module, from_module)

    def nonblock_parent(self, module: DefId) -> DefId | None:
        m = self.modules[module].parent
        while m is not None and m.is_block:
            m = m.parent
        return m.def_id if m is not None else None

    def normal_module(self, module: DefId) -> Module:
        """The nearest enclosing non-block module (what `self::` and `super::` start from)."""
        m = self.modules[module]
        while m.is_block and m.parent is not None:
            m = m.parent
        return m

    # ── lookup ──

    def lookup_in_module(self, module: Module, name: str, ns: str, from_module: DefId,
                         visited: set[DefId] | None = None) -> Binding | None:
        table = module.types if ns == "type" else module.values
        binding = table.get(name)
        if binding is not None:
            return binding
        visited = visited if visited is not None else set()
        if module.def_id in visited:
            return None
        visited.add(module.def_id)
        for glob in module.globs:
            found = self.lookup_in_glob(glob, name, ns, from_module, visited)
            if found is not None:
                return found
        return None

    def lookup_in_glob(self, glob: GlobImport, name: str, ns: str, from_module: DefId,
                       visited: set[DefId]) -> Binding | None:
        target = self.defs[glob.target]
        if target.kind is DefKind.ENUM:
            variant = target.children.get(name)
            if variant is None:
                return None
            return Binding(Res(ResKind.DEF, variant), glob.vis, target.span, is_import=True)
        found = self.lookup_in_module(self.modules[glob.target], name, ns, from_module, visited)
        if found is None or not self.is_accessible(found.vis, glob.target, from_module):
            return None
        return Binding(found.res, glob.vis, found.span, is_import=True)

    def lookup_lexical_module(self, module: Module, name: str, ns: str) -> Res | None:
        """A name at the start of a path: the module chain up to the first non-block
        module (blocks see their enclosing items), then the prelude, then primitives."""
        m: Module | None = module
        while m is not None:
            found = self.lookup_in_module(m, name, ns, module.def_id)
            if found is not None:
                return found.res
            if not m.is_block:
                break
            m = m.parent
        if self.prelude is not None:
            found = self.lookup_in_module(self.prelude, name, ns, self.prelude.def_id)
            if found is not None:
                return found.res
        if ns == "type":
            if name in PRIMITIVE_TYPES:
                return Res(ResKind.PRIM, name=name)
            if name in self.crate_roots and name != "main":
                return Res(ResKind.DEF, self.crate_roots[name])
        return None

    # ── paths ──

    def path_start(self, segments: list[ast.PathSegment], global_: bool, module: Module) -> tuple[Res | None, int]:
        """Resolve the keywords a path may start with; returns (res, segments consumed)."""
        first = segments[0].name
        if global_:
            if first in self.crate_roots:
                return Res(ResKind.DEF, self.crate_roots[first]), 1
            return None, 0
        if first == "crate":
            return Res(ResKind.DEF, self.crate_roots[module.crate]), 1
        if first == "self" and len(segments) > 1:
            return Res(ResKind.DEF, self.normal_module(module.def_id).def_id), 1
        if first == "super":
            m = self.normal_module(module.def_id)
            i = 0
            while i < len(segments) and segments[i].name == "super":
                if m.parent is None:
                    return Res(ResKind.ERR), i + 1
                m = self.normal_module(m.parent.def_id)
                i += 1
            return Res(ResKind.DEF, m.def_id), i
        return None, 0

    def resolve_rest(self, start: Res, segments: list[ast.PathSegment], index: int, ns: str,
                     from_module: Module) -> PathResolution | ast.PathSegment:
        """Walk `segments[index:]` from `start`.  Returns the resolution or the segment that
        failed (the caller reports it)."""
        res = start
        n = len(segments)
        while index < n:
            seg = segments[index]
            if res.kind is not ResKind.DEF:
                return PathResolution(res, n - index)  # a type: associated items are typeck's
            info = self.defs[res.def_id]
            last = index == n - 1
            if info.kind is DefKind.MOD:
                module = self.modules[res.def_id]
                binding = None
                for space in ([ns] if last else ["type"]) + (["type", "value"] if last else []):
                    binding = self.lookup_in_module(module, seg.name, space, from_module.def_id)
                    if binding is not None:
                        break
                if binding is None:
                    return seg
                if binding.res.kind is ResKind.DEF:
                    target = self.defs[binding.res.def_id]
                    # (a DefId may be 0, the std crate root: compare with None, not truthiness)
                    owner = target.module if target.kind is not DefKind.MOD else (
                        target.parent if target.parent is not None else target.def_id)
                    vis = binding.vis if binding.is_import else target.vis
                    owner_mod = module.def_id if binding.is_import else owner
                    if not self.is_accessible(vis, owner_mod, from_module.def_id):
                        self.sink.emit(error(f"{target.kind.value} `{seg.name}` is private", seg.span,
                                             f"private {target.kind.value}", "E0603"))
                res = binding.res
                index += 1
            elif info.kind in (DefKind.ENUM, DefKind.TRAIT):
                child = info.children.get(seg.name)
                if child is None:
                    return PathResolution(res, n - index)  # `Enum::method` / `Trait::missing`: typeck reports
                res = Res(ResKind.DEF, child)
                index += 1
            else:
                return PathResolution(res, n - index)
        return PathResolution(res, 0)
