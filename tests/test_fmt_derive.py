"""Formatting traits and derives: every `tests/fmt/*.rl` and `tests/derive/*.rl` builds,
runs and prints its `.stdout` golden byte for byte.  The goldens are rustc 1.95's
output for the same program (checked again here when rustc is installed)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

TESTS_DIR = Path(__file__).resolve().parent
PROGRAMS = sorted([*TESTS_DIR.glob("fmt/*.rl"), *TESTS_DIR.glob("derive/*.rl")])
RUSTC = shutil.which("rustc") or str(Path.home() / ".cargo/bin/rustc")


def _run(binary: Path) -> str:
    done = subprocess.run([str(binary)], capture_output=True, text=True, timeout=10)
    assert done.returncode == 0, done.stderr
    return done.stdout


@pytest.mark.parametrize("program", PROGRAMS, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_program_prints_golden(program: Path, tmp_path: Path) -> None:
    binary = tmp_path / "prog"
    build = subprocess.run([sys.executable, "-m", "rustlet", "build", str(program), "-o", str(binary)],
                           capture_output=True, text=True, cwd=TESTS_DIR.parent)
    assert build.returncode == 0, build.stderr
    assert _run(binary) == program.with_suffix(".stdout").read_text()


@pytest.mark.parametrize("program", PROGRAMS, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_golden_matches_rustc(program: Path, tmp_path: Path) -> None:
    if not Path(RUSTC).exists():
        pytest.skip("rustc is not installed")
    binary = tmp_path / "prog"
    subprocess.run([RUSTC, "--edition", "2021", "-A", "warnings", "-o", str(binary), str(program)], check=True,
                   capture_output=True)
    assert _run(binary) == program.with_suffix(".stdout").read_text()
