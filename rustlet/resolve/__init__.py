"""Name resolution: every path of every crate to a definition, local, primitive or parameter.

Entry point: `resolve_program(crates, sink) -> Resolutions` (or `resolve_crate` per crate,
then `finish_resolution`).  Passes 1, 2 and 4 run crate by crate (std first), in order:
1. `collect` — DefIds, the module tree, import directives (E0428);
2. `imports` — `use` to a fixpoint, globs as lazy edges (E0432; E0252/E0255 for a name
   bound twice);
3. the prelude: every module falls back to `std::prelude` (a module of stdlib/lib.rl);
4. `bodies` — the late resolver over signatures and bodies (E0425, E0433, E0405,
   E0603, E0408, E0415, E0416, E0426, E0268, E0267, E0571, E0530, and by where the
   failed path occurs E0411, E0422, E0423, E0424, E0434, E0435, E0531, E0532);
5. lang items (std definitions typeck relies on, found by path) and, per module, the
   traits in scope for method calls.
"""
from __future__ import annotations

from dataclasses import dataclass

from rustlet import ast
from rustlet.diagnostics import DiagnosticSink
from rustlet.resolve.bodies import LateResolver
from rustlet.resolve.collect import DefCollector
from rustlet.resolve.defs import (
    Binding, DefInfo, DefKind, Module, PathResolution, Res, ResKind, Resolutions,
)
from rustlet.resolve.imports import resolve_imports
from rustlet.resolve.lookup import NameTable
from rustlet.types import DefId

__all__ = ["resolve_program", "resolve_crate", "finish_resolution", "ProgramResolver", "Resolutions", "Res",
           "ResKind", "PathResolution", "DefKind", "DefInfo", "Module", "Binding"]

# Lang items: the name typeck asks for → the path inside the std crate.
LANG_ITEM_PATHS = {
    "Option": "option::Option", "Some": "option::Option::Some", "None": "option::Option::None",
    "Result": "result::Result", "Ok": "result::Result::Ok", "Err": "result::Result::Err",
    "String": "string::String", "Vec": "vec::Vec", "Box": "boxed::Box",
    "box_free": "boxed::box_free",  # drop elaboration: free a box whose value was moved out
    "array_into_iter": "array::into_iter",  # `for x in array` (typeck): arrays by value have no IntoIterator
    "Range": "ops::Range", "RangeInclusive": "ops::RangeInclusive", "RangeFrom": "ops::RangeFrom",
    "RangeTo": "ops::RangeTo", "RangeToInclusive": "ops::RangeToInclusive", "RangeFull": "ops::RangeFull",
    "Iterator": "iter::Iterator", "IntoIterator": "iter::IntoIterator",
    "into_iter": "iter::IntoIterator::into_iter", "next": "iter::Iterator::next",
    "Copy": "marker::Copy", "Clone": "clone::Clone", "Sized": "marker::Sized", "Drop": "ops::Drop",
    "Add": "ops::Add", "Sub": "ops::Sub", "Mul": "ops::Mul", "Div": "ops::Div", "Rem": "ops::Rem",
    "Neg": "ops::Neg", "Not": "ops::Not", "BitAnd": "ops::BitAnd", "BitOr": "ops::BitOr",
    "BitXor": "ops::BitXor", "Shl": "ops::Shl", "Shr": "ops::Shr",
    "AddAssign": "ops::AddAssign", "SubAssign": "ops::SubAssign", "MulAssign": "ops::MulAssign",
    "DivAssign": "ops::DivAssign", "RemAssign": "ops::RemAssign", "BitAndAssign": "ops::BitAndAssign",
    "BitOrAssign": "ops::BitOrAssign", "BitXorAssign": "ops::BitXorAssign", "ShlAssign": "ops::ShlAssign",
    "ShrAssign": "ops::ShrAssign",
    "Index": "ops::Index", "IndexMut": "ops::IndexMut", "Deref": "ops::Deref", "DerefMut": "ops::DerefMut",
    "PartialEq": "cmp::PartialEq", "PartialOrd": "cmp::PartialOrd", "Eq": "cmp::Eq", "Ord": "cmp::Ord",
    "Ordering": "cmp::Ordering", "Display": "fmt::Display", "Debug": "fmt::Debug",
    "Arguments": "fmt::Arguments", "LowerHex": "fmt::LowerHex", "UpperHex": "fmt::UpperHex",
    "Octal": "fmt::Octal", "Binary": "fmt::Binary", "LowerExp": "fmt::LowerExp", "UpperExp": "fmt::UpperExp",
    "Default": "default::Default", "Step": "iter::Step", "Hash": "hash::Hash",
    "Fn": "ops::Fn", "FnMut": "ops::FnMut", "FnOnce": "ops::FnOnce",
    "From": "convert::From", "FromIterator": "iter::FromIterator", "DoubleEndedIterator": "iter::DoubleEndedIterator",
}


def resolve_program(crates: list[ast.Crate], sink: DiagnosticSink) -> Resolutions:
    resolver: ProgramResolver | None = None
    for crate in crates:
        resolver = resolve_crate(resolver, crate, sink)
    assert resolver is not None, "a program has at least one crate"
    return finish_resolution(resolver)


@dataclass(slots=True)
class ProgramResolver:
    """A program resolved crate by crate, each after the crates it uses (std, then the
    user's): the driver resolves std once and forks per compile (rustlet/server.py)."""

    collector: DefCollector
    table: NameTable
    res: Resolutions
    late: LateResolver


def resolve_crate(resolver: ProgramResolver | None, crate: ast.Crate, sink: DiagnosticSink) -> ProgramResolver:
    """Adds `crate` to the program resolved so far (None: the first crate): collects its
    items, resolves its imports and then its signatures and bodies.  A crate never refers
    to a later one, so this equals resolving all crates' passes together."""
    if resolver is None:
        collector = DefCollector(sink)
        collector.collect_crate(crate)
        table = NameTable(collector.defs, collector.modules, collector.crate_roots, sink)
        res = Resolutions(collector.defs, collector.modules, collector.crate_roots, collector.item_defs, {}, {}, {},
                          {}, collector.block_modules, {}, {})
        resolver = ProgramResolver(collector, table, res, LateResolver(table, res, sink))
        imports = collector.imports
    else:
        first_import = len(resolver.collector.imports)
        resolver.collector.collect_crate(crate)
        imports = resolver.collector.imports[first_import:]
    table = resolver.table
    # `use` paths never start in the prelude: it is only consulted by the late resolver.
    prelude, table.prelude = table.prelude, None
    resolve_imports(table, imports, sink)
    table.prelude = prelude or _find_module(table, "std", ["prelude"])
    resolver.late.resolve_items(crate.items, table.modules[table.crate_roots[crate.name]])
    return resolver


def finish_resolution(resolver: ProgramResolver) -> Resolutions:
    """The program's Resolutions once every crate is in: lang items, traits in scope."""
    table, res = resolver.table, resolver.res
    res.lang_items = _lang_items(table)
    # Modules resolved before (std's) keep theirs: a later crate cannot change them.
    res.traits_in_scope.update({m: _traits_in_scope(table, table.modules[m]) for m in table.modules
                                if m not in res.traits_in_scope})
    return res


def _find_module(table: NameTable, crate: str, names: list[str]) -> Module | None:
    if crate not in table.crate_roots:
        return None
    module = table.modules[table.crate_roots[crate]]
    for name in names:
        binding = module.types.get(name)
        if binding is None or binding.res.kind is not ResKind.DEF or binding.res.def_id not in table.modules:
            return None
        module = table.modules[binding.res.def_id]
    return module


def _lang_items(table: NameTable) -> dict[str, DefId]:
    items: dict[str, DefId] = {}
    if "std" not in table.crate_roots:
        return items
    for lang, path in LANG_ITEM_PATHS.items():
        names = path.split("::")
        current: DefId | None = table.crate_roots["std"]
        for name in names:
            info = table.defs[current]
            if info.kind is DefKind.MOD:
                module = table.modules[current]
                binding = module.types.get(name) or module.values.get(name)
                current = binding.res.def_id if binding is not None and binding.res.kind is ResKind.DEF else None
            else:
                current = info.children.get(name)
            if current is None:
                break
        if current is not None:
            items[lang] = current
    return items


def _traits_in_scope(table: NameTable, module: Module) -> list[DefId]:
    """Traits whose methods can be called in `module`: defined or imported there (by name
    or glob), in an enclosing block's parent chain, or in the prelude."""
    found: dict[DefId, None] = {}

    def add_from(m: Module, visited: set[DefId]) -> None:
        if m.def_id in visited:
            return
        visited.add(m.def_id)
        for binding in m.types.values():
            if binding.res.kind is ResKind.DEF and table.defs[binding.res.def_id].kind is DefKind.TRAIT:
                found[binding.res.def_id] = None
        for glob in m.globs:
            if glob.target in table.modules:
                add_from(table.modules[glob.target], visited)

    m: Module | None = module
    while m is not None:
        add_from(m, set())
        if not m.is_block:
            break
        m = m.parent
    if table.prelude is not None:
        add_from(table.prelude, set())
    return list(found)
