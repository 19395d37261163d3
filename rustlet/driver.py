"""The pipeline, in one function: `compile_program` is the first thing to read.

    source ─ syntax ─ resolve ─ typeck ─ mir.build ─ borrowck ─ mono ─ (escape) ─ codegen ─ backend

Each stage is a package with one entry function. Stages that can go on after an
error report into a `DiagnosticSink`; the driver stops after such a stage when it
holds an error. A stage that cannot go on raises `CompileError`. Any other exception
escaping a stage is an internal compiler error: `run` reports it with the file and
the stage and exits 101, never with a bare traceback (`RUSTLET_BACKTRACE=1` adds it).
`RUSTLET_TIME=1` prints each stage's time on stderr.

The standard library (`stdlib/lib.rl`) is crate `std` beside the user's crate `main`,
and every stage sees both.  Its front-end work does not depend on the user's crate, so
`prepare_std` does it first, as its own stage `std`: parse (cached on disk, stdcache.py),
resolve (`resolve.resolve_crate`) and collect its item signatures
(`typeck.check_crate`; its bodies are checked on demand, ondemand.py).  The user's crate
then goes through the same passes on top of the result.  A `PreparedStd` is consumed
by the one compile that uses it (the passes extend it in place); rustlet/server.py
prepares one in a long-lived process and forks a child per compile, which starts warm
(`use_prepared_std`).
"""
from __future__ import annotations

import gc
import os
import sys
import time
import traceback
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

import rustlet
from rustlet import diagnostics
from rustlet.diagnostics import CompileError, DiagnosticSink
from rustlet.source import SourceMap

if TYPE_CHECKING:
    from rustlet import ast, thir
    from rustlet.mono import MonoItems
    from rustlet.resolve import ProgramResolver
    from rustlet.typeck import DeferredBodies


class Emit(Enum):
    """What `rustlet build` produces (`--emit=...`)."""

    AST = "ast"
    MIR = "mir"
    MONO_ITEMS = "mono-items"
    LLVM_IR = "llvm-ir"
    ASM = "asm"
    OBJ = "obj"
    EXE = "exe"


# Text dumps go to stdout unless -o is given; files are named like rustc's.
_PRINTED = (Emit.AST, Emit.MIR, Emit.MONO_ITEMS)
_EXTENSIONS = {Emit.LLVM_IR: ".ll", Emit.ASM: ".s", Emit.OBJ: ".o", Emit.EXE: ""}


@dataclass(slots=True)
class Options:
    input_path: Path
    output_path: Path | None = None  # None: the file stem in the cwd, like rustc ("-": stdout)
    opt_level: int = 0
    emit: Emit = Emit.EXE
    debug_info: bool = False
    target_cpu: str | None = None  # None: generic x86-64; "native": the host
    overflow_checks: bool | None = None  # None: on exactly in debug builds (opt_level 0)
    check_only: bool = False  # front end and borrowck only (`rustlet check`)
    merge_identical: bool = False  # run LLVM's MergeFunctions after optimizing
    record: BuildRecord | None = None  # filled in with the build's intermediate results (`rustlet bloat`)

    def __post_init__(self) -> None:
        if self.overflow_checks is None:
            self.overflow_checks = self.opt_level == 0

    def default_output(self) -> Path | None:
        """Where the result goes; None means stdout."""
        if self.output_path is not None:
            return None if str(self.output_path) == "-" else self.output_path
        if self.emit in _PRINTED:
            return None
        return Path.cwd() / (self.input_path.stem + _EXTENSIONS[self.emit])


@dataclass(slots=True)
class BuildRecord:
    """What a build leaves for `rustlet bloat`: the mono items (with symbols and the
    "requested by" map), the LLVM IR before optimization, the linked executable and
    the symbols MergeFunctions folded away."""

    opt_level: int = 0
    merge_identical: bool = False
    program: thir.Program | None = None
    mono_items: MonoItems | None = None
    source_map: SourceMap = field(default_factory=SourceMap)
    llvm_ir: str = ""
    merged: list[str] = field(default_factory=list)
    executable: Path | None = None


@dataclass(frozen=True, slots=True)
class CodegenOptions:
    """What codegen needs from the command line."""

    opt_level: int
    overflow_checks: bool
    debug_info: bool
    source_map: SourceMap


class InternalCompilerError(Exception):
    """A Python exception that escaped a stage."""

    def __init__(self, stage: str, cause: BaseException) -> None:
        super().__init__(f"{type(cause).__name__}: {cause}")
        self.stage = stage
        self.cause = cause


class StageRunner:
    """Runs stages: turns stray exceptions into ICEs, stops on errors, times stages."""

    def __init__(self, sink: DiagnosticSink, timing: bool) -> None:
        self.sink = sink
        self.timing = timing

    @contextmanager
    def stage(self, name: str) -> Iterator[None]:
        start = time.perf_counter()
        try:
            yield
        except CompileError as error:
            for diagnostic in error.diagnostics:
                if diagnostic not in self.sink.diagnostics:
                    self.sink.emit(diagnostic)
            raise
        except Exception as cause:
            raise InternalCompilerError(name, cause) from cause
        finally:
            if self.timing:
                print(f"time: {time.perf_counter() - start:8.3f}s  {name}", file=sys.stderr)
        # Stages with a sink stop the pipeline once they have reported an error.
        self.sink.abort_if_errors()


def stdlib_root() -> Path:
    """`stdlib/` installed as package data, else at the top of the repository."""
    package = Path(rustlet.__file__).resolve().parent
    installed = package / "stdlib"
    return installed if (installed / "lib.rl").exists() else package.parent / "stdlib"


@dataclass(slots=True)
class PreparedStd:
    """Crate `std` through the front end, ready for the user's crate: the source map and
    sink the compile goes on with, the resolver and the type checker holding std."""

    source_map: SourceMap
    sink: DiagnosticSink
    crate: ast.Crate
    resolver: ProgramResolver
    typeck: DeferredBodies


def prepare_std(source_map: SourceMap, sink: DiagnosticSink) -> PreparedStd:
    """Parses, resolves and collects std (stage `std`) into an empty `source_map`; raises
    InternalCompilerError, or CompileError for an error in std itself."""
    runner = StageRunner(sink, timing=os.environ.get("RUSTLET_TIME") == "1")
    with runner.stage("std"):
        from rustlet import resolve, stdcache, typeck
        crate = stdcache.parse_std_crate(source_map, stdlib_root(), stdcache.default_cache_dir())
        resolver = resolve.resolve_crate(None, crate, sink)
        resolve.finish_resolution(resolver)
        checker = typeck.start_program(resolver.res, sink)
        typeck.check_crate(checker, crate, _DEFERRED_CRATES, completes_program=False)
    return PreparedStd(source_map, sink, crate, resolver, checker)


# std's bodies are type-checked, built and drop-elaborated only when mono reaches them.
_DEFERRED_CRATES = frozenset({"std"})
_prepared: PreparedStd | None = None


def use_prepared_std(std: PreparedStd) -> None:
    """The next `run` in this process compiles on top of `std` instead of preparing its own."""
    global _prepared
    _prepared = std


def _take_prepared_std() -> PreparedStd | None:
    global _prepared
    std, _prepared = _prepared, None
    return std


def compile_program(options: Options, std: PreparedStd, out: TextIO) -> None:
    """Runs the pipeline on the user's crate over `std` (consumed); raises CompileError
    or InternalCompilerError."""
    source_map, sink = std.source_map, std.sink
    runner = StageRunner(sink, timing=os.environ.get("RUSTLET_TIME") == "1")
    stage = runner.stage

    with stage("parse"):
        from rustlet import syntax
        main_crate = syntax.parse_crate(source_map, str(options.input_path), "main")
    if options.emit is Emit.AST:
        from rustlet import ast
        return _write_text(options, ast.dump(main_crate) + "\n", out)

    with stage("resolve"):
        from rustlet import resolve
        resolve.finish_resolution(resolve.resolve_crate(std.resolver, main_crate, sink))

    with stage("typeck"):
        from rustlet import typeck
        deferred = std.typeck
        typeck.check_crate(deferred, main_crate, _DEFERRED_CRATES, completes_program=True)
        typed_program = typeck.finish_program(deferred)

    with stage("mir.build"):
        from rustlet.mir import build
        mir_program = build.build_program(typed_program, sink)

    with stage("borrowck"):
        from rustlet import borrowck
        borrowck.check_program(mir_program, sink)
    from rustlet import ondemand
    mir_program.bodies = ondemand.bodies_on_demand(mir_program, deferred, sink)
    if options.emit is Emit.MIR:
        from rustlet.mir import pretty
        return _write_text(options, pretty.pretty_program(mir_program), out)
    if options.check_only:
        return

    with stage("mono"):
        from rustlet import mono
        mono_items = mono.collect_mono_items(mir_program, sink)
    record = options.record
    if record is not None:
        record.opt_level, record.merge_identical = options.opt_level, options.merge_identical
        record.program, record.mono_items, record.source_map = typed_program, mono_items, source_map
    if options.emit is Emit.MONO_ITEMS:
        return _write_text(options, mono.format_mono_items(mono_items, source_map), out)

    # escape analysis (issue: escape) goes here: rustlet.escape.analyze(mono_items)

    with stage("codegen"):
        from rustlet import codegen
        assert options.overflow_checks is not None
        codegen_options = CodegenOptions(options.opt_level, options.overflow_checks, options.debug_info, source_map)
        llvm_ir = codegen.codegen_program(mir_program, mono_items, codegen_options)
    if record is not None:
        record.llvm_ir = llvm_ir

    with stage("backend"):
        from rustlet import backend
        module = backend.optimize_ir(llvm_ir, options.opt_level, options.target_cpu)
        if options.merge_identical:
            merged = backend.merge_functions(module, options.opt_level, options.target_cpu)
            if record is not None:
                record.merged = merged
        if options.emit is Emit.LLVM_IR:
            return _write_text(options, str(module), out)
        if options.emit is Emit.ASM:
            return _write_text(options, backend.emit_asm(module, options.opt_level, options.target_cpu), out)
        obj = backend.emit_object(module, options.opt_level, options.target_cpu)
        destination = options.default_output()
        if options.emit is Emit.OBJ:
            if destination is None:
                raise CompileError(diagnostics.error("cannot write an object file to stdout"))
            destination.write_bytes(obj)
            return
        if destination is None:
            raise CompileError(diagnostics.error("cannot write an executable to stdout"))
        backend.link([obj], destination)
        if record is not None:
            record.executable = destination


def _write_text(options: Options, text: str, out: TextIO) -> None:
    destination = options.default_output()
    if destination is None:
        out.write(text)
    else:
        destination.write_text(text)


def run(options: Options, out: TextIO | None = None, err: TextIO | None = None) -> int:
    """Compiles, renders the diagnostics on `err` (default stderr), and returns the exit
    status (0, 1 or 101). Text dumps without `-o` go to `out` (default stdout)."""
    out = out or sys.stdout
    err = err or sys.stderr
    from rustlet import stdcache
    stdcache.enable_bytecode_cache(stdcache.default_cache_dir())
    std = _take_prepared_std()
    source_map = std.source_map if std is not None else SourceMap()
    sink = std.sink if std is not None else DiagnosticSink()
    color = err.isatty() and os.environ.get("NO_COLOR") is None
    try:
        options.input_path.open("rb").close()
    except OSError as failure:
        message = f"couldn't read `{options.input_path}`: {failure.strerror} (os error {failure.errno})"
        err.write(diagnostics.render([diagnostics.error(message)], source_map, color))
        return 1
    try:
        std = std or prepare_std(source_map, sink)
        # std's objects live as long as the compile: the cyclic GC need not rescan them
        # (with them, full collections cost ~20% of a build).  Unfrozen after: in-process
        # callers that compile again get them collected.
        gc.freeze()
        try:
            compile_program(options, std, out)
        finally:
            gc.unfreeze()
    except CompileError:
        err.write(diagnostics.render(sink.diagnostics, source_map, color))
        return 1
    except InternalCompilerError as ice:
        if sink.diagnostics:
            err.write(diagnostics.render(sink.diagnostics, source_map, color, summary=False))
        err.write(f"error: internal compiler error: {ice}\n")
        err.write(f"note: while compiling {options.input_path} (stage {ice.stage})\n")
        if os.environ.get("RUSTLET_BACKTRACE") == "1":
            err.write("".join(traceback.format_exception(ice.cause)))
        return 101
    if sink.diagnostics:  # warnings only
        err.write(diagnostics.render(sink.diagnostics, source_map, color))
    return 0

