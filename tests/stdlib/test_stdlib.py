"""The standard library end to end: programs in `programs/` and `run-fail/`.

`programs/X.rl` must build (debug), exit 0 and print `X.stdout`.  `run-fail/X.rl` must
exit with the status in `X.status` (101 for a panic, 1 for `main` returning `Err`)
and print `X.stdout`, and its stderr must equal `X.stderr` once the panic line's PID
is replaced by `PID` (`thread 'main' (PID) panicked at X.rl:L:C:`).  Every golden
comes from rustc 1.95 (`--edition 2021`), run from this folder so the paths in panic
messages are the bare file names; the tests run rustlet the same way.
"""
from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
PROGRAMS = sorted((HERE / "programs").glob("*.rl"))
RUN_FAIL = sorted((HERE / "run-fail").glob("*.rl"))
BUILD_TIMEOUT_SECONDS = 300
RUN_TIMEOUT_SECONDS = 10
PID = re.compile(r"thread 'main' \(\d+\)")


def build(source: Path, out: Path) -> None:
    result = subprocess.run([sys.executable, "-m", "rustlet", "build", source.name, "-o", str(out)],
                            cwd=source.parent, capture_output=True, text=True, timeout=BUILD_TIMEOUT_SECONDS)
    assert result.returncode == 0, f"build of {source.name} failed:\n{result.stderr}"


def run(binary: Path, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(binary)], cwd=cwd, capture_output=True, text=True, timeout=RUN_TIMEOUT_SECONDS,
                          stdin=subprocess.DEVNULL)


@pytest.mark.parametrize("source", PROGRAMS, ids=lambda p: p.stem)
def test_program_output(source: Path, tmp_path: Path) -> None:
    binary = tmp_path / source.stem
    build(source, binary)
    result = run(binary, source.parent)
    assert result.returncode == 0, result.stderr
    assert result.stdout == source.with_suffix(".stdout").read_text()


@pytest.mark.parametrize("source", RUN_FAIL, ids=lambda p: p.stem)
def test_run_fail(source: Path, tmp_path: Path) -> None:
    binary = tmp_path / source.stem
    build(source, binary)
    result = run(binary, source.parent)
    assert result.returncode == int(source.with_suffix(".status").read_text())
    assert result.stdout == source.with_suffix(".stdout").read_text()
    assert PID.sub("thread 'main' (PID)", result.stderr) == source.with_suffix(".stderr").read_text()
