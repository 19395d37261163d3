"""`use` resolution to a fixpoint.

Every pending directive is retried until a round makes no progress: an import whose
path goes through a name that another, not yet resolved, import will bind simply
waits for a later round.  A simple import binds its name in every namespace where
the target exists (`use a::S` for a tuple struct binds the type and the constructor).
A glob import records a `GlobImport` edge that lookups follow lazily, so globs need no
fixpoint of their own.  What is still unresolved after the last round is E0432.
Cost: O(rounds × directives); rounds are bounded by the import chain depth.
"""
from __future__ import annotations

from rustlet import ast
from rustlet.diagnostics import DiagnosticSink, error
from rustlet.resolve.collect import ImportDirective
from rustlet.resolve.defs import Binding, DefKind, GlobImport, PathResolution, Res, ResKind
from rustlet.resolve.lookup import NameTable


def resolve_imports(table: NameTable, directives: list[ImportDirective], sink: DiagnosticSink) -> None:
    pending = list(directives)
    while pending:
        still: list[ImportDirective] = []
        for directive in pending:
            if not try_import(table, directive, quiet=True):
                still.append(directive)
        if len(still) == len(pending):
            for directive in still:
                try_import(table, directive, quiet=False)
            return
        pending = still


def _resolve_import_path(table: NameTable, d: ImportDirective) -> PathResolution | ast.PathSegment | None:
    segments = d.segments
    start, consumed = table.path_start(segments, d.global_, d.module)
    if start is None:
        # Edition 2018: a crate name, or a name in the importing module.
        first = segments[0].name
        binding = None
        module = d.module
        while binding is None:
            for ns in ("type", "value") if len(segments) == 1 else ("type",):
                binding = table.lookup_in_module(module, first, ns, d.module.def_id)
                if binding is not None:
                    break
            if not module.is_block or module.parent is None:
                break
            module = module.parent  # a `use` in a block sees the enclosing items
        if binding is not None:
            start = binding.res
        elif first in table.crate_roots:
            start = Res(ResKind.DEF, table.crate_roots[first])
        elif first in {"i8", "i16", "i32", "i64", "isize", "u8", "u16", "u32", "u64", "usize", "f32", "f64"}:
            start = Res(ResKind.PRIM, name=first)
        else:
            return segments[0]
        consumed = 1
    if consumed == len(segments):
        return PathResolution(start, 0)
    return table.resolve_rest(start, segments, consumed, "type", d.module)


def try_import(table: NameTable, d: ImportDirective, quiet: bool) -> bool:
    result = _resolve_import_path(table, d)
    if isinstance(result, ast.PathSegment) or result is None or result.unresolved:
        if not quiet:
            seg = result if isinstance(result, ast.PathSegment) else d.segments[-1]
            sink_unresolved(table.sink, d, seg)
        return False
    res = result.base
    if d.glob:
        if res.kind is not ResKind.DEF or table.defs[res.def_id].kind not in (DefKind.MOD, DefKind.ENUM):
            if not quiet:
                table.sink.emit(error("unresolved import", d.span, "not a module or enum", "E0432"))
            return False
        d.module.globs.append(GlobImport(res.def_id, d.vis))
        return True
    bound = conflicted = False
    assert d.name is not None
    if res.kind is ResKind.DEF:
        info = table.defs[res.def_id]
        # Bind in every namespace where the target module really has the name.
        namespaces: list[str] = []
        if info.kind in (DefKind.MOD, DefKind.STRUCT, DefKind.ENUM, DefKind.TRAIT, DefKind.TYPE_ALIAS):
            namespaces.append("type")
        if info.kind in (DefKind.FN, DefKind.CONST, DefKind.STATIC) or (
                info.kind is DefKind.STRUCT and info.node.kind is not ast.StructKind.NAMED):  # type: ignore[union-attr]
            namespaces.append("value")
        if info.kind is DefKind.VARIANT:
            namespaces = ["type", "value"]
        if info.kind in (DefKind.ASSOC_FN, DefKind.ASSOC_CONST):
            namespaces = ["value"]
        for ns in namespaces:
            target = d.module.types if ns == "type" else d.module.values
            if d.name == "_":
                continue
            existing = target.get(d.name)
            if existing is not None and existing.res != res:
                if not conflicted:
                    report_conflict(table.sink, d, existing, ns)
                conflicted = True  # reported once; the directive is settled
                continue
            bound = True
            target[d.name] = Binding(res, d.vis, d.span, is_import=True)
    else:
        d.module.types[d.name] = Binding(res, d.vis, d.span, is_import=True)
        bound = True
    return bound or conflicted or d.name == "_"


def report_conflict(sink: DiagnosticSink, d: ImportDirective, existing: Binding, ns: str) -> None:
    """Two bindings of one name in one namespace: E0252 against an import, E0255 against
    an item; the primary span is the later of the two, as rustc's."""
    assert d.name is not None
    previous, later = (existing.span, d.span) if existing.span.lo <= d.span.lo else (d.span, existing.span)
    import_later = later is d.span
    previous_kind = "import" if existing.is_import or not import_later else "definition"
    sink.emit(error(f"the name `{d.name}` is defined multiple times", later,
                    f"`{d.name}` {'reimported' if import_later else 'redefined'} here",
                    "E0252" if existing.is_import else "E0255")
              .with_label(previous, f"previous {previous_kind} of the {ns} `{d.name}` here")
              .with_note(f"`{d.name}` must be defined only once in the {ns} namespace of this module"))


def sink_unresolved(sink: DiagnosticSink, d: ImportDirective, seg: ast.PathSegment) -> None:
    if seg is d.segments[0]:
        sink.emit(error(f"unresolved import `{seg.name}`", seg.span,
                        f"use of unresolved module or unlinked crate `{seg.name}`", "E0432"))
    else:
        sink.emit(error(f"unresolved import `{'::'.join(s.name for s in d.segments)}`", seg.span,
                        f"no `{seg.name}` in the path", "E0432"))
