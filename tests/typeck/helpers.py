"""Shared helper for resolve/typeck unit tests: parse std + a program, resolve, check."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from rustlet import resolve, syntax, thir, typeck
from rustlet.diagnostics import CompileError, DiagnosticSink, Level
from rustlet.source import SourceMap

REPO = Path(__file__).resolve().parents[2]


@dataclass
class Result:
    program: thir.Program | None
    errors: list[tuple[str | None, int, str]]  # (code, line, message)
    main_file: int


# The std crate is parsed once per test process (later stages never mutate the AST).
_SOURCE_MAP = SourceMap()
_STD = syntax.parse_crate(_SOURCE_MAP, str(REPO / "stdlib" / "lib.rl"), "std")


def check(source: str, run_typeck: bool = True) -> Result:
    source_map = _SOURCE_MAP
    sink = DiagnosticSink()
    std = _STD
    main = syntax.parse_source(source_map, "main.rl", source, "main")
    program = None
    try:
        resolutions = resolve.resolve_program([std, main], sink)
        if run_typeck and not sink.error_count:
            program = typeck.check_program([std, main], resolutions, sink)
    except CompileError as error:
        sink.diagnostics.extend(error.diagnostics)
    errors = [(d.code, source_map.line_col(d.span)[1] if d.span else 0, d.message)
              for d in sink.diagnostics if d.level is Level.ERROR]
    return Result(program, errors, main.file)


def codes(source: str) -> list[tuple[str | None, int]]:
    return [(code, line) for code, line, _ in check(source).errors]


def main_fn(result: Result) -> thir.FnDef:
    assert result.program is not None and result.program.main_fn is not None
    return result.program.fns[result.program.main_fn]


def local_types(result: Result) -> dict[str, str]:
    """name → type of the locals of the user's program (last binding of each name)."""
    assert result.program is not None
    out = {}
    for info in result.program.locals.values():
        if info.span.file == result.main_file:
            out[info.name] = str(info.ty)
    return out
