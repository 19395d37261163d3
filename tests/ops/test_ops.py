"""Operator traits, comparisons, `Ordering` and the impls of tuples and arrays, end to end.

Three kinds of checks:
- `tests/ops/X.rl` with `X.stdout`: built and run; stdout must equal the golden, which
  is rustc 1.95's output for the same program (`--edition 2021`);
- `tests/ops/fail/X.rl` with one `//~ ERROR Ennnn message` annotation: the build must
  fail with that code and message on that line (both taken from rustc);
- the generated stdlib files (num.rl, tuple.rl) are what their generators produce.
"""
from __future__ import annotations

import importlib.util
import re
import subprocess
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
REPO_ROOT = HERE.parent.parent
TIMEOUT_SECONDS = 300
ANNOTATION = re.compile(r"//~\s*ERROR\s+(E\d{4})\s+(.*)$")
REPORTED = re.compile(r"^error\[(E\d{4})\]: ([^\n]*)\n\s*--> [^\n]*?:(\d+):\d+", re.MULTILINE)


def build(source: Path, output: Path) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "rustlet", "build", str(source), "-o", str(output)]
    return subprocess.run(command, cwd=REPO_ROOT, capture_output=True, text=True, timeout=TIMEOUT_SECONDS)


@pytest.mark.parametrize("source", sorted(HERE.glob("*.rl")), ids=lambda p: p.name)
def test_run_pass(source: Path, tmp_path: Path) -> None:
    binary = tmp_path / "prog"
    built = build(source, binary)
    assert built.returncode == 0, built.stderr
    run = subprocess.run([str(binary)], capture_output=True, text=True, timeout=10)
    assert run.returncode == 0, run.stderr
    assert run.stdout == source.with_suffix(".stdout").read_text()


@pytest.mark.parametrize("source", sorted((HERE / "fail").glob("*.rl")), ids=lambda p: p.name)
def test_compile_fail(source: Path, tmp_path: Path) -> None:
    expected = [(m.group(1), m.group(2).strip(), line_no)
                for line_no, line in enumerate(source.read_text().splitlines(), 1)
                for m in [ANNOTATION.search(line)] if m]
    assert len(expected) == 1, "a compile-fail case carries exactly one annotation"
    built = build(source, tmp_path / "out")
    assert built.returncode != 0, "the build must fail"
    reported = {(code, message, int(line)) for code, message, line in REPORTED.findall(built.stderr)}
    assert expected[0] in reported, built.stderr


@pytest.mark.parametrize("generator, output", [("gen_num.py", "num.rl"), ("gen_tuple.py", "tuple.rl")])
def test_generated_stdlib_is_current(generator: str, output: str) -> None:
    spec = importlib.util.spec_from_file_location(generator[:-3], REPO_ROOT / "stdlib" / generator)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert module.generate() == (REPO_ROOT / "stdlib" / output).read_text(), f"run stdlib/{generator}"


def test_tuple_impls_cover_every_arity_once() -> None:
    text = (REPO_ROOT / "stdlib" / "tuple.rl").read_text()
    for trait in ("PartialEq", "Eq", "PartialOrd", "Ord", "Clone", "Default"):
        assert len(re.findall(rf"^impl(<[^>]*>)? {trait} for \(", text, re.MULTILINE)) == 13, trait
    hash_rl = (REPO_ROOT / "stdlib" / "hash.rl").read_text()
    hashed = len(re.findall(r"^impl(<[^>]*>)? Hash for \(", text + hash_rl, re.MULTILINE))
    assert hashed == 13, "Hash for tuples is in hash.rl or tuple.rl, exactly once per arity"
