"""`--emit=mir` from source: the user's functions in tests/mir/source/NAME.rl printed
as golden text in tests/mir/source/NAME.mir (rewrite with `pytest --bless`), and every
body of the program (the standard library's included) passes the validator."""
from __future__ import annotations

import io
from pathlib import Path

import pytest

from rustlet.driver import Emit, Options, run

SOURCES = sorted((Path(__file__).parent / "source").glob("*.rl"))


def user_functions(mir_text: str) -> str:
    """Only the `fn main::…` bodies (the standard library's are not golden material)."""
    out, keep = [], False
    for line in mir_text.splitlines():
        if line.startswith("fn ") or line.startswith("static "):
            keep = line.startswith("fn main::")
        if keep:
            out.append(line)
    return "\n".join(out) + "\n"


@pytest.mark.parametrize("path", SOURCES, ids=[p.stem for p in SOURCES])
def test_emit_mir(path: Path, bless: bool) -> None:
    out, err = io.StringIO(), io.StringIO()
    assert run(Options(path, emit=Emit.MIR), out=out, err=err) == 0, err.getvalue()
    text = user_functions(out.getvalue())
    golden = path.with_suffix(".mir")
    if bless or not golden.exists():
        golden.write_text(text)
    assert text == golden.read_text()


@pytest.mark.parametrize("path", SOURCES, ids=[p.stem for p in SOURCES])
def test_every_body_validates(path: Path) -> None:
    from rustlet import borrowck, resolve, syntax, typeck
    from rustlet.diagnostics import DiagnosticSink
    from rustlet.driver import stdlib_root
    from rustlet.mir import build
    from rustlet.mir.validate import validate_program
    from rustlet.source import SourceMap
    source_map, sink = SourceMap(), DiagnosticSink()
    crates = [syntax.parse_crate(source_map, str(stdlib_root() / "lib.rl"), "std"),
              syntax.parse_crate(source_map, str(path), "main")]
    program = typeck.check_program(crates, resolve.resolve_program(crates, sink), sink)
    mir_program = build.build_program(program, sink)
    assert validate_program(mir_program) == []
    borrowck.check_program(mir_program, sink)
    assert sink.error_count == 0
    assert validate_program(mir_program) == []
