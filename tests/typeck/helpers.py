"""Shared helper for resolve/typeck unit tests: a program resolved and type-checked
over std, the way the driver does it.

std goes through the front end once per test process (`driver.prepare_std`: parse,
resolve, collect its signatures; its bodies deferred).  The passes extend a prepared
std in place, so each `check` forks: the child, a copy-on-write snapshot, resolves
and type-checks the program on top of it (every body of the user's crate, std's only
on demand, as `rustlet check` does) and pickles back the errors and the user crate's
part of the typed program; the parent's prepared std is never touched.  An exception
in the child (an internal error of resolve or typeck) fails the test with its
traceback.  All of std's bodies are checked eagerly, once, by
tests/test_stdcache.py::test_std_checks_clean_eagerly.
"""
from __future__ import annotations

import gc
import os
import pickle
import sys
import traceback
from dataclasses import dataclass
from pathlib import Path

from rustlet import driver, resolve, syntax, thir, typeck
from rustlet.diagnostics import CompileError, DiagnosticSink, Level
from rustlet.source import SourceMap

REPO = Path(__file__).resolve().parents[2]


@dataclass
class Result:
    # The user's crate only: its items, fns (closures included) and locals; std's are left out.
    program: thir.Program | None
    errors: list[tuple[str | None, int, str]]  # (code, line, message)
    main_file: int


_prepared: driver.PreparedStd | None = None


def _prepared_std() -> driver.PreparedStd:
    global _prepared
    if _prepared is None:
        _prepared = driver.prepare_std(SourceMap(), DiagnosticSink())
    return _prepared


def check(source: str, run_typeck: bool = True) -> Result:
    std = _prepared_std()
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: consumes its copy of `std`, never returns
        os.close(read_end)
        status = 0
        try:
            gc.freeze()  # collections then never walk (and so never copy) std's pages
            sys.setrecursionlimit(max(sys.getrecursionlimit(), 20000))  # deep THIR trees
            payload: tuple[bool, object] = (True, _check_on(std, source, run_typeck))
        except BaseException:
            payload, status = (False, traceback.format_exc()), 1
        with os.fdopen(write_end, "wb") as out:
            pickle.dump(payload, out, protocol=pickle.HIGHEST_PROTOCOL)
        os._exit(status)
    os.close(write_end)
    with os.fdopen(read_end, "rb") as reply:
        data = reply.read()  # before waiting: a large reply would fill the pipe
    _, wait_status = os.waitpid(pid, 0)
    assert data, f"the checking child died without answering (wait status {wait_status})"
    ok, value = pickle.loads(data)
    if not ok:
        raise AssertionError(f"resolve/typeck raised in the checking child:\n{value}")
    assert isinstance(value, Result)
    return value


def _check_on(std: driver.PreparedStd, source: str, run_typeck: bool) -> Result:
    """In the forked child: `source` as crate `main` over `std`, as the driver compiles it."""
    source_map, sink = std.source_map, std.sink
    main = syntax.parse_source(source_map, "main.rl", source, "main")
    program = None
    try:
        resolve.finish_resolution(resolve.resolve_crate(std.resolver, main, sink))
        if run_typeck and not sink.error_count:
            typeck.check_crate(std.typeck, main, frozenset({"std"}), completes_program=True)
            program = _user_part(typeck.finish_program(std.typeck), main.file)
    except CompileError as error:
        sink.diagnostics.extend(error.diagnostics)
    errors = [(d.code, source_map.line_col(d.span)[1] if d.span else 0, d.message)
              for d in sink.diagnostics if d.level is Level.ERROR]
    return Result(program, errors, main.file)


def _user_part(program: thir.Program, main_file: int) -> thir.Program:
    """`program` without std's definitions and locals: what the tests look at, small to pickle."""
    def mine(defs: dict) -> dict:
        return {def_id: d for def_id, d in defs.items() if d.span.file == main_file}
    return thir.Program(mine(program.adts), mine(program.fns), mine(program.consts), mine(program.statics),
                        mine(program.traits), mine(program.impls), program.main_fn, program.lang_items,
                        {local: info for local, info in program.locals.items() if info.span.file == main_file})


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
