"""Borrowck on source programs: each tests/borrowck/cases/*.rl is checked with
`rustlet check`; its `//~ ERROR E0382` annotations give the expected (code, line)
pairs (a file without any must compile).  When rustc is installed, the error
*messages* must also equal rustc's, line for line."""
from __future__ import annotations

import io
import re
import subprocess
from pathlib import Path

import pytest

from rustlet.driver import Options, run

CASES = sorted((Path(__file__).parent / "cases").glob("*.rl"))
ERROR_RE = re.compile(r"^error\[(E\d{4})\]: (.*)\n\s*--> [^\n]*?:(\d+):\d+", re.MULTILINE)


def expected_errors(path: Path) -> set[tuple[str, int]]:
    out = set()
    for number, line in enumerate(path.read_text().splitlines(), start=1):
        for match in re.finditer(r"//~(\^*) ERROR (E\d{4})", line):
            out.add((match.group(2), number - len(match.group(1))))
    return out


def reported(stderr: str) -> list[tuple[str, int, str]]:
    return [(code, int(line), message) for code, message, line in ERROR_RE.findall(stderr)]


@pytest.mark.parametrize("path", CASES, ids=[p.stem for p in CASES])
def test_case(path: Path, rustc_path: Path | None, tmp_path: Path) -> None:
    err = io.StringIO()
    status = run(Options(path, check_only=True), out=io.StringIO(), err=err)
    errors = reported(err.getvalue())
    expected = expected_errors(path)
    assert {(code, line) for code, line, _ in errors} == expected, err.getvalue()
    assert status == (1 if expected else 0), err.getvalue()
    if rustc_path is not None:
        result = subprocess.run([str(rustc_path), "--edition", "2021", "-o", str(tmp_path / "out"), str(path)],
                                capture_output=True, text=True)
        assert sorted(errors) == sorted(reported(result.stderr))
