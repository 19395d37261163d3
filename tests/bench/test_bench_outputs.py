"""Benchmark programs: each builds with `rustlet build -O` and prints exactly its `.expected`.

The programs are copies of /work/shared/bench (the benchmark suite timed by its run.py
against rustc): `programs/NAME.rl` beside `programs/NAME.expected`, the output at the
program's default size.  This suite checks correctness only — it builds each program at
`-O`, runs it without arguments and compares stdout byte for byte (exit status 0).  It
never looks at time: the timeouts below only stop a hung compiler or program.

`tests/known_failures.toml`, table `[bench]`, maps ids "bench/NAME.rl" to the reason a
program fails today; those cases are `xfail(strict=True)`, so a fixed program fails the
run until its entry is deleted (the list only shrinks), as in test_run_pass.py.
"""

from __future__ import annotations

import difflib
import subprocess
import tomllib
from pathlib import Path

import pytest

from rustlet.server import CompileServer

HERE = Path(__file__).resolve().parent
PROGRAMS_DIR = HERE / "programs"
REPO_ROOT = HERE.parent.parent
KNOWN_FAILURES_FILE = REPO_ROOT / "tests" / "known_failures.toml"

BUILD_TIMEOUT_SECONDS = 600
# Default sizes run for seconds even when fast; the bound only catches a hang.
RUN_TIMEOUT_SECONDS = 300


def load_known_failures() -> dict[str, str]:
    """The `[bench]` table of known_failures.toml."""
    if not KNOWN_FAILURES_FILE.exists():
        return {}
    with KNOWN_FAILURES_FILE.open("rb") as f:
        table = tomllib.load(f).get("bench", {})
    return {str(test_id): str(reason) for test_id, reason in table.items()}


PROGRAMS = sorted(PROGRAMS_DIR.glob("*.rl"))
KNOWN_FAILURES = load_known_failures()


def bench_id(source: Path) -> str:
    return "bench/" + source.name


def params() -> list[object]:
    result = []
    for source in PROGRAMS:
        marks = []
        if bench_id(source) in KNOWN_FAILURES:
            marks.append(pytest.mark.xfail(reason=KNOWN_FAILURES[bench_id(source)], strict=True))
        result.append(pytest.param(source, id=bench_id(source), marks=marks))
    return result


@pytest.mark.parametrize("source", params())
def test_bench_output(source: Path, tmp_path: Path, compiler: CompileServer) -> None:
    binary = tmp_path / source.stem
    build = compiler.run(["build", str(source), "-o", str(binary), "-O"], REPO_ROOT, BUILD_TIMEOUT_SECONDS)
    assert build.returncode == 0, f"build failed:\n{build.stdout}{build.stderr}"
    run = subprocess.run([str(binary)], capture_output=True, timeout=RUN_TIMEOUT_SECONDS)
    expected = source.with_suffix(".expected").read_text(encoding="utf-8")
    actual = run.stdout.decode("utf-8", errors="replace")
    assert run.returncode == 0, f"exit status {run.returncode}\n{run.stderr.decode(errors='replace')}"
    diff = "".join(difflib.unified_diff(expected.splitlines(keepends=True), actual.splitlines(keepends=True),
                                        fromfile="expected", tofile="actual"))
    assert actual == expected, "stdout differs from the .expected output:\n" + diff


def test_every_program_has_expected_output() -> None:
    assert PROGRAMS, f"no benchmark programs in {PROGRAMS_DIR}"
    missing = [p.name for p in PROGRAMS if not p.with_suffix(".expected").exists()]
    assert not missing, f"benchmark programs without .expected: {missing}"


def test_known_failures_name_existing_programs() -> None:
    stale = sorted(set(KNOWN_FAILURES) - {bench_id(p) for p in PROGRAMS})
    assert not stale, f"known_failures.toml [bench] lists programs that do not exist: {stale}"
