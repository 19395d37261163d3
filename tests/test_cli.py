"""The command line and the driver.

Most tests replace the stages with fakes (`FakePipeline`), so they check the driver's
own behaviour — stage order, stopping after errors, internal-compiler-error
handling, output names, `--emit`, exit statuses — independently of the stages.
The last test runs the real pipeline on examples/hello.rl.
"""
from __future__ import annotations

import os
import subprocess
import sys
import types
from pathlib import Path

import pytest

import rustlet
import rustlet.mir
from rustlet import cli, diagnostics
from rustlet.diagnostics import CompileError, DiagnosticSink
from rustlet.driver import Emit, Options

REPO = Path(__file__).resolve().parent.parent

# What the fake codegen returns: a program that prints its argument count and exits 7
# when given any argument.
PROGRAM_IR = r"""
%RlBuf = type { ptr, i64, i64, i32, i8 }
%RlFmtSpec = type { i32, i8, i8, i8, i8, i64, i64 }
@text = private unnamed_addr constant [6 x i8] c"args: "
@newline = private unnamed_addr constant [1 x i8] c"\0A"
@display = private unnamed_addr constant %RlFmtSpec { i32 32, i8 0, i8 0, i8 0, i8 0, i64 -1, i64 -1 }
declare void @rl_buf_init(ptr)
declare void @rl_buf_push(ptr, ptr, i64)
declare void @rl_fmt_int(ptr, i64, i8, i8, ptr)
declare void @rl_buf_write_fd(ptr, i32)
declare i64 @rl_args_count()
declare void @rl_exit(i32)
define void @__rustlet_main() {
  %buf = alloca %RlBuf
  call void @rl_buf_init(ptr %buf)
  call void @rl_buf_push(ptr %buf, ptr @text, i64 6)
  %count = call i64 @rl_args_count()
  %args = sub i64 %count, 1
  call void @rl_fmt_int(ptr %buf, i64 %args, i8 0, i8 64, ptr @display)
  call void @rl_buf_push(ptr %buf, ptr @newline, i64 1)
  call void @rl_buf_write_fd(ptr %buf, i32 1)
  %any = icmp ugt i64 %args, 0
  br i1 %any, label %fail, label %done
fail:
  call void @rl_exit(i32 7)
  unreachable
done:
  ret void
}
"""


class FakePipeline:
    """Stand-ins for every stage, recording the calls; `fail` injects errors."""

    def __init__(self) -> None:
        self.calls: list[str] = []
        self.codegen_options: object = None
        self.sink_error_in: str | None = None
        self.raise_in: str | None = None
        self.compile_error_in: str | None = None
        self.deferred_crates: frozenset[str] | None = None  # the crates typeck was asked to defer
        self.on_demand: object = None  # what the driver handed to ondemand.bodies_on_demand
        self.typeck_sink: DiagnosticSink | None = None  # the sink typeck.start_program was given

    def step(self, name: str, sink: DiagnosticSink | None = None) -> None:
        self.calls.append(name)
        if self.raise_in == name:
            raise ZeroDivisionError("division by zero")
        if self.compile_error_in == name:
            raise CompileError(diagnostics.error("expected one of `;` or `}`, found `let`", code=None))
        if self.sink_error_in == name and sink is not None:
            sink.emit(diagnostics.error("mismatched types", code="E0308"))

    def install(self, monkeypatch: pytest.MonkeyPatch) -> None:
        def parse_crate(source_map, path, crate_name):  # type: ignore[no-untyped-def]
            self.step(f"parse {crate_name}")
            return types.SimpleNamespace(name=crate_name, path=path)

        def parse_std_crate(source_map, stdlib_dir, cache_dir):  # type: ignore[no-untyped-def]
            return parse_crate(source_map, str(stdlib_dir / "lib.rl"), "std")

        def resolve_crate(resolver, crate, sink):  # type: ignore[no-untyped-def]
            self.step("resolve" if crate.name == "main" else f"resolve {crate.name}", sink)
            return resolver or types.SimpleNamespace(res="resolutions")

        def start_program(res, sink):  # type: ignore[no-untyped-def]
            self.typeck_sink = sink
            return "deferred std bodies"

        def check_crate(deferred, crate, deferred_crates, completes_program):  # type: ignore[no-untyped-def]
            assert deferred == "deferred std bodies" and completes_program == (crate.name == "main")
            self.step("typeck" if crate.name == "main" else f"typeck {crate.name}", self.typeck_sink)
            self.deferred_crates = deferred_crates

        def bodies_on_demand(mir_program, deferred, sink):  # type: ignore[no-untyped-def]
            self.on_demand = deferred
            return mir_program.bodies

        def codegen_program(mir_program, mono_items, codegen_options):  # type: ignore[no-untyped-def]
            self.step("codegen")
            self.codegen_options = codegen_options
            return PROGRAM_IR

        fakes = {
            "syntax": types.SimpleNamespace(parse_crate=parse_crate),
            "resolve": types.SimpleNamespace(resolve_crate=resolve_crate, finish_resolution=lambda resolver: None),
            "stdcache": types.SimpleNamespace(parse_std_crate=parse_std_crate, default_cache_dir=lambda: None,
                                              enable_bytecode_cache=lambda cache_dir: None),
            "typeck": types.SimpleNamespace(start_program=start_program, check_crate=check_crate,
                                            finish_program=lambda deferred: types.SimpleNamespace(fns={})),
            "ondemand": types.SimpleNamespace(bodies_on_demand=bodies_on_demand),
            "borrowck": types.SimpleNamespace(check_program=lambda mir, sink: self.step("borrowck", sink)),
            "mono": types.SimpleNamespace(
                collect_mono_items=lambda mir, sink: self.step("mono", sink) or ["main", "helper::<i32>"],
                format_mono_items=lambda items, source_map: "".join(f"{item}\n" for item in items)),
            "codegen": types.SimpleNamespace(codegen_program=codegen_program),
        }
        for name, module in fakes.items():
            monkeypatch.setitem(sys.modules, f"rustlet.{name}", module)
            monkeypatch.setattr(rustlet, name, module, raising=False)
        build = types.SimpleNamespace(
            build_program=lambda program, sink: self.step("mir.build", sink) or types.SimpleNamespace(bodies={}))
        pretty = types.SimpleNamespace(pretty_program=lambda program: "fn main() -> () { }\n")
        for name, module in (("build", build), ("pretty", pretty)):
            monkeypatch.setitem(sys.modules, f"rustlet.mir.{name}", module)
            monkeypatch.setattr(rustlet.mir, name, module, raising=False)


@pytest.fixture
def pipeline(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> FakePipeline:
    fake = FakePipeline()
    fake.install(monkeypatch)
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("RUSTLET_BACKTRACE", raising=False)
    monkeypatch.delenv("RUSTLET_TIME", raising=False)
    (tmp_path / "prog.rl").write_text("fn main() {}\n")
    return fake


# std goes through the front end first, on its own (driver.prepare_std).
ALL_STAGES = ["parse std", "resolve std", "typeck std", "parse main", "resolve", "typeck", "mir.build", "borrowck",
              "mono", "codegen"]


def test_build_runs_every_stage_and_names_the_output_like_rustc(pipeline: FakePipeline, tmp_path: Path) -> None:
    assert cli.main(["build", "prog.rl"]) == 0
    assert pipeline.calls == ALL_STAGES
    # std's bodies are deferred by typeck and produced on demand after borrowck.
    assert (pipeline.deferred_crates, pipeline.on_demand) == (frozenset({"std"}), "deferred std bodies")
    result = subprocess.run([str(tmp_path / "prog")], capture_output=True)
    assert (result.returncode, result.stdout) == (0, b"args: 0\n")


def test_debug_build_has_overflow_checks_release_does_not(pipeline: FakePipeline) -> None:
    assert cli.main(["build", "prog.rl", "-g"]) == 0
    assert (pipeline.codegen_options.opt_level, pipeline.codegen_options.overflow_checks,
            pipeline.codegen_options.debug_info) == (0, True, True)
    assert cli.main(["build", "prog.rl", "-O", "-o", "fast"]) == 0
    assert (pipeline.codegen_options.opt_level, pipeline.codegen_options.overflow_checks) == (3, False)
    assert cli.main(["build", "prog.rl", "--opt-level", "1", "-C", "overflow-checks=on"]) == 0
    assert (pipeline.codegen_options.opt_level, pipeline.codegen_options.overflow_checks) == (1, True)


def test_errors_in_a_sink_stop_after_that_stage(pipeline: FakePipeline, capsys: pytest.CaptureFixture[str]) -> None:
    pipeline.sink_error_in = "typeck"
    assert cli.main(["build", "prog.rl"]) == 1
    assert pipeline.calls == ALL_STAGES[:6]
    err = capsys.readouterr().err
    assert err.startswith("error[E0308]: mismatched types\n")
    assert "error: aborting due to 1 previous error" in err


def test_compile_error_raised_by_a_stage(pipeline: FakePipeline, capsys: pytest.CaptureFixture[str]) -> None:
    pipeline.compile_error_in = "parse main"
    assert cli.main(["check", "prog.rl"]) == 1
    assert capsys.readouterr().err.startswith("error: expected one of `;` or `}`, found `let`\n")


def test_exception_in_a_stage_is_an_internal_compiler_error(pipeline: FakePipeline,
                                                            capsys: pytest.CaptureFixture[str]) -> None:
    pipeline.raise_in = "borrowck"
    assert cli.main(["build", "prog.rl"]) == 101
    err = capsys.readouterr().err
    assert err == ("error: internal compiler error: ZeroDivisionError: division by zero\n"
                   "note: while compiling prog.rl (stage borrowck)\n")


def test_backtrace_on_request(pipeline: FakePipeline, capsys: pytest.CaptureFixture[str],
                              monkeypatch: pytest.MonkeyPatch) -> None:
    pipeline.raise_in = "mono"
    monkeypatch.setenv("RUSTLET_BACKTRACE", "1")
    assert cli.main(["build", "prog.rl"]) == 101
    err = capsys.readouterr().err
    assert "Traceback (most recent call last)" in err and "ZeroDivisionError" in err


def test_check_stops_after_borrowck(pipeline: FakePipeline) -> None:
    assert cli.main(["check", "prog.rl"]) == 0
    assert pipeline.calls == ALL_STAGES[:8]


def test_text_emits(pipeline: FakePipeline, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    assert cli.main(["build", "prog.rl", "--emit=mir"]) == 0
    assert capsys.readouterr().out == "fn main() -> () { }\n"
    assert cli.main(["build", "prog.rl", "--emit", "mono-items"]) == 0
    assert capsys.readouterr().out == "main\nhelper::<i32>\n"
    assert cli.main(["build", "prog.rl", "--emit=llvm-ir"]) == 0
    assert "define void @__rustlet_main()" in (tmp_path / "prog.ll").read_text()
    assert cli.main(["build", "prog.rl", "--emit=asm", "-o", "-"]) == 0
    assert "__rustlet_main:" in capsys.readouterr().out
    assert cli.main(["build", "prog.rl", "--emit=obj", "-C", "target-cpu=native"]) == 0
    assert (tmp_path / "prog.o").read_bytes()[:4] == b"\x7fELF"


def test_run_passes_arguments_and_exit_status(pipeline: FakePipeline, capfd: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["run", "prog.rl"]) == 0
    assert capfd.readouterr().out == "args: 0\n"
    assert cli.main(["run", "prog.rl", "-O", "--", "a", "-b"]) == 7
    assert capfd.readouterr().out == "args: 2\n"


def test_stage_times_on_request(pipeline: FakePipeline, capsys: pytest.CaptureFixture[str],
                                monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("RUSTLET_TIME", "1")
    assert cli.main(["check", "prog.rl"]) == 0
    stages = [line.split()[-1] for line in capsys.readouterr().err.splitlines()]
    assert stages == ["std", "parse", "resolve", "typeck", "mir.build", "borrowck"]


def test_missing_input_file(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    assert cli.main(["build", str(tmp_path / "nope.rl")]) == 1
    assert f"error: couldn't read `{tmp_path / 'nope.rl'}`: No such file or directory (os error 2)" in \
        capsys.readouterr().err


def test_usage_errors_exit_1(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        cli.main(["build", "x.rl", "-C", "bogus=1"])
    assert exit_info.value.code == 1
    assert "error: unknown or malformed codegen option: `bogus=1`" in capsys.readouterr().err
    with pytest.raises(SystemExit) as exit_info:
        cli.main(["build", "x.rl", "--emit=wasm"])
    assert exit_info.value.code == 1


def test_explain_and_version(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["--explain", "E0382"]) == 0
    assert capsys.readouterr().out.startswith("E0382: A value was used after it was moved.")
    assert cli.main(["--explain", "E9999"]) == 1
    with pytest.raises(SystemExit) as exit_info:
        cli.main(["--version"])
    assert exit_info.value.code == 0
    assert capsys.readouterr().out == f"rustlet {rustlet.__version__}\n"


def test_options_defaults() -> None:
    assert Options(Path("a.rl")).overflow_checks is True
    assert Options(Path("a.rl"), opt_level=2).overflow_checks is False
    assert Options(Path("a.rl"), opt_level=2, overflow_checks=True).overflow_checks is True
    assert Options(Path("dir/a.rl"), emit=Emit.ASM).default_output() == Path.cwd() / "a.s"
    assert Options(Path("a.rl"), emit=Emit.MIR).default_output() is None


def test_every_language_error_code_has_an_explanation() -> None:
    from rustlet.explain import has_explanation
    codes = ("E0004 E0277 E0599 E0382 E0499 E0502 E0503 E0505 E0506 E0507 E0515 E0596 E0597 E0384 E0594 E0716 "
             "E0373 E0106 E0308 E0425").split()
    assert [code for code in codes if not has_explanation(code)] == []


def test_hello_example_end_to_end(tmp_path: Path) -> None:
    """The real pipeline on the demo program; examples/hello.stdout is rustc's output."""
    env = dict(os.environ, PYTHONPATH=str(REPO))
    build = subprocess.run([sys.executable, "-m", "rustlet", "build", str(REPO / "examples" / "hello.rl"), "-o",
                            str(tmp_path / "hello")], capture_output=True, text=True, env=env)
    assert build.returncode == 0, build.stderr
    result = subprocess.run([str(tmp_path / "hello")], capture_output=True, text=True)
    assert result.stdout == (REPO / "examples" / "hello.stdout").read_text()
