"""Codegen checks: `tests/codegen/**/*.rl` matched against rustlet's emitted code by FileCheck.

Each case is a small program with LLVM FileCheck lines in comments
(`// CHECK:`, `// CHECK-NEXT:`, `// CHECK-NOT:`, `// CHECK-LABEL:`, `// CHECK-SAME:`,
`// CHECK-DAG:`, with `{{regex}}` and `[[VAR:regex]]` as in LLVM) and directives in
`//@` comment lines:

    //@ compile-flags: -O           extra arguments for `rustlet build` (default: none,
                                    i.e. an unoptimized build); `--emit=asm` switches
                                    the checked output from LLVM IR to assembly
    //@ fails-with: --opt-level 0   the same CHECK lines must FAIL on the output built
                                    with these flags instead: a mechanical proof that
                                    the checks are not vacuous (e.g. "no overflow check
                                    at -O" must fail at -O0, where the check is there)

The output is `rustlet build --emit=llvm-ir -o - FILE FLAGS` (the optimized module
after LLVM's pipeline when the flags optimize); it is written to a temporary file and
checked with the `filecheck` package (`python -m filecheck CASE --input-file OUT`,
the Python clone of LLVM's FileCheck).

Programs must keep the code under test alive at -O: everything but `main` has
internal linkage, so LLVM propagates constants into functions called with constant
arguments (IPSCCP) and deletes what it can fold. The cases mark the function under
test `#[inline(never)]` and feed it values LLVM cannot compute, e.g. from a
1000-step xorshift loop in an `opaque` helper.

Known failures sit in `tests/known_failures.toml` under `[codegen]` with ids
"codegen/<path relative to tests/codegen>" and the reason; those cases are
xfail(strict=True), so an entry must be deleted when its case starts passing.
"""

from __future__ import annotations

import shlex
import subprocess
import sys
import tomllib
from dataclasses import dataclass
from pathlib import Path

import pytest

from rustlet.server import CompileServer

TESTS_DIR = Path(__file__).resolve().parent
REPO_ROOT = TESTS_DIR.parent
CODEGEN_DIR = TESTS_DIR / "codegen"
KNOWN_FAILURES_FILE = TESTS_DIR / "known_failures.toml"

# Building is not what this suite measures; the bound only stops a hung compiler.
BUILD_TIMEOUT_SECONDS = 300
CHECK_TIMEOUT_SECONDS = 60
CHECK_PREFIXES = ("CHECK:", "CHECK-NEXT:", "CHECK-NOT:", "CHECK-LABEL:", "CHECK-SAME:", "CHECK-DAG:",
                  "CHECK-EMPTY:", "CHECK-COUNT-")


@dataclass(frozen=True, slots=True)
class CodegenCase:
    """One FileCheck case: its file, its build flags and the flags its checks must fail with."""

    test_id: str  # "codegen/<path>", the key in known_failures.toml [codegen]
    source: Path
    flags: tuple[str, ...]
    fails_with: tuple[str, ...] | None


def directive(line: str, name: str) -> str | None:
    """The value of `//@ name: value` on this line, or None."""
    stripped = line.strip()
    prefix = f"//@ {name}:"
    return stripped[len(prefix):].strip() if stripped.startswith(prefix) else None


def parse_case(source: Path) -> CodegenCase:
    flags: tuple[str, ...] = ()
    fails_with: tuple[str, ...] | None = None
    for line in source.read_text(encoding="utf-8").splitlines():
        value = directive(line, "compile-flags")
        if value is not None:
            flags = tuple(shlex.split(value))
        value = directive(line, "fails-with")
        if value is not None:
            fails_with = tuple(shlex.split(value))
    return CodegenCase("codegen/" + source.relative_to(CODEGEN_DIR).as_posix(), source, flags, fails_with)


def has_checks(source: Path) -> bool:
    for line in source.read_text(encoding="utf-8").splitlines():
        text = line.strip()
        if text.startswith("//") and text[2:].strip().startswith(CHECK_PREFIXES):
            return True
    return False


def load_known_failures() -> dict[str, str]:
    """The `[codegen]` table of known_failures.toml."""
    if not KNOWN_FAILURES_FILE.exists():
        return {}
    with KNOWN_FAILURES_FILE.open("rb") as f:
        table = tomllib.load(f).get("codegen", {})
    return {str(test_id): str(reason) for test_id, reason in table.items()}


CASES = [parse_case(p) for p in sorted(CODEGEN_DIR.rglob("*.rl"))]
KNOWN_FAILURES = load_known_failures()


def emit_kind(flags: tuple[str, ...]) -> tuple[str, list[str]]:
    """The `--emit` kind named in the flags (default llvm-ir) and the other flags."""
    kind = "llvm-ir"
    rest: list[str] = []
    for flag in flags:
        if flag.startswith("--emit="):
            kind = flag.removeprefix("--emit=")
        else:
            rest.append(flag)
    return kind, rest


def build_output(compiler: CompileServer, case: CodegenCase, flags: tuple[str, ...], out: Path) -> None:
    """Write the emitted IR (or assembly) of the case built with `flags` to `out`
    (rustlet runs on conftest's warm compile server)."""
    kind, rest = emit_kind(flags)
    command = ["build", f"--emit={kind}", "-o", "-", str(case.source), *rest]
    try:
        result = compiler.run(command, REPO_ROOT, BUILD_TIMEOUT_SECONDS)
    except subprocess.TimeoutExpired:
        pytest.fail(f"build timed out after {BUILD_TIMEOUT_SECONDS} s: {' '.join(command)}")
    if result.returncode != 0:
        pytest.fail(f"build failed with status {result.returncode}: {' '.join(command)}\n"
                    f"--- stderr ---\n{result.stderr}")
    out.write_text(result.stdout, encoding="utf-8")


def run_filecheck(case: CodegenCase, output: Path) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "filecheck", str(case.source), "--input-file", str(output)]
    return subprocess.run(command, cwd=REPO_ROOT, capture_output=True, text=True, timeout=CHECK_TIMEOUT_SECONDS)


def case_params() -> list[object]:
    params = []
    for case in CASES:
        marks = []
        if case.test_id in KNOWN_FAILURES:
            marks.append(pytest.mark.xfail(reason=KNOWN_FAILURES[case.test_id], strict=True))
        params.append(pytest.param(case, id=case.test_id, marks=marks))
    return params


@pytest.mark.parametrize("case", case_params())
def test_filecheck(case: CodegenCase, tmp_path: Path, compiler: CompileServer) -> None:
    output = tmp_path / "out.txt"
    build_output(compiler, case, case.flags, output)
    result = run_filecheck(case, output)
    if result.returncode != 0:
        pytest.fail(f"{case.test_id}: FileCheck failed (flags {' '.join(case.flags) or '(none)'})\n"
                    f"{result.stdout}{result.stderr}\n--- output: {output} ---")
    if case.fails_with is not None:
        negative = tmp_path / "negative.txt"
        build_output(compiler, case, case.fails_with, negative)
        assert run_filecheck(case, negative).returncode != 0, (
            f"{case.test_id}: the checks also pass when built with {' '.join(case.fails_with)}, "
            f"so they do not test what the flags change")


def test_cases_exist_and_have_checks() -> None:
    assert len(CASES) >= 25, f"only {len(CASES)} codegen cases"
    unchecked = [case.test_id for case in CASES if not has_checks(case.source)]
    assert not unchecked, f"codegen cases without CHECK lines: {unchecked}"


def test_known_failures_name_existing_cases() -> None:
    existing = {case.test_id for case in CASES}
    stale = sorted(set(KNOWN_FAILURES) - existing)
    assert not stale, f"known_failures.toml [codegen] lists cases that do not exist: {stale}"
