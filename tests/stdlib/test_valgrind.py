"""No leaks, no double frees, no invalid reads: the stdlib programs under valgrind.

Each program of `programs/` is built (debug) and run under `valgrind --leak-check=full
--error-exitcode=1`; valgrind's verdict must be clean and the output unchanged.  The
set exercises every owning type (Box, Vec, String, HashMap, HashSet, their iterators),
user `Drop` impls, moves out of enums and boxes (`*b`: the box is freed, its value not
dropped twice) and `mem::swap`/`replace`/`drop`.  Skipped, with
the reason shown, when valgrind is not installed.
"""
from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
PROGRAMS = sorted((HERE / "programs").glob("*.rl"))
VALGRIND = shutil.which("valgrind")

pytestmark = pytest.mark.skipif(VALGRIND is None, reason="valgrind is not installed")


@pytest.mark.parametrize("source", PROGRAMS, ids=lambda p: p.stem)
def test_valgrind_clean(source: Path, tmp_path: Path) -> None:
    binary = tmp_path / source.stem
    built = subprocess.run([sys.executable, "-m", "rustlet", "build", source.name, "-o", str(binary)],
                           cwd=source.parent, capture_output=True, text=True, timeout=300)
    assert built.returncode == 0, built.stderr
    result = subprocess.run([VALGRIND, "-q", "--leak-check=full", "--error-exitcode=1", str(binary)],
                            cwd=source.parent, capture_output=True, text=True, timeout=120,
                            stdin=subprocess.DEVNULL)
    assert result.returncode == 0, result.stderr
    assert result.stdout == source.with_suffix(".stdout").read_text()
