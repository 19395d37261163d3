"""The drop-glue programs of `tests/run-pass/drops/` under valgrind: no leaks, no double
frees, no invalid reads, and the rustc golden printed.

test_run_pass checks these programs' output (debug and `-O`); this adds valgrind's
verdict (`--leak-check=full --error-exitcode=1`) on the debug build, since a missing
drop of an element that owns heap memory (`Box<[String]>`) or a box buffer that is never
freed (`Box<str>`) prints nothing wrong but leaks.  Skipped, with the reason shown,
when valgrind is not installed.
"""
from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

DROPS_DIR = Path(__file__).resolve().parent / "run-pass" / "drops"
PROGRAMS = sorted(DROPS_DIR.glob("*.rl"))
VALGRIND = shutil.which("valgrind")

pytestmark = pytest.mark.skipif(VALGRIND is None, reason="valgrind is not installed")


@pytest.mark.parametrize("source", PROGRAMS, ids=lambda p: p.stem)
def test_drop_program_valgrind_clean(source: Path, tmp_path: Path) -> None:
    binary = tmp_path / source.stem
    built = subprocess.run([sys.executable, "-m", "rustlet", "build", str(source), "-o", str(binary)],
                           capture_output=True, text=True, timeout=300)
    assert built.returncode == 0, built.stderr
    result = subprocess.run([VALGRIND, "-q", "--leak-check=full", "--error-exitcode=1", str(binary)],
                            capture_output=True, text=True, timeout=120, stdin=subprocess.DEVNULL)
    assert result.returncode == 0, result.stderr
    assert result.stdout == source.with_suffix(".stdout").read_text()
