"""Run-pass suite: every `tests/run-pass/**/*.rl` must build, run and print its golden.

A test is a file dropped into `tests/run-pass/` (subfolders by topic): `X.rl` beside
`X.stdout`, and `X.stdin` when the program reads input. A `.rl` file whose first line
is `// not-a-test` is a helper loaded by another test (`mod helper;`) and is skipped.

For each program, `test_run_pass` builds it with rustlet twice — a debug build and an
`-O` build, on conftest's warm compile server (`compiler`) — runs both binaries (stdin from `X.stdin` if present, 10 s timeout) and
requires exit status 0 and stdout equal to `X.stdout` byte for byte; a mismatch shows
a unified diff.

The goldens come from rustc, the oracle. `test_golden_matches_rustc` compiles each
program with rustc (`--edition 2021`, debug and `-O`; `-O` turns overflow checks off
just as rustlet's `-O` does) and requires the same golden, so a wrong `.stdout` cannot
slip in (in the full run: `--quick` skips it).  Without rustc these tests are skipped
with the reason shown.  With `--bless` (the conftest option; `RUSTLET_BLESS=1` where
conftest lacks it) that test rewrites `X.stdout` from rustc's debug build instead;
review the diff before committing.

`tests/known_failures.toml` maps test ids (`"run-pass/fmt/float_edge.rl"`) to the
reason they fail today. Those tests are marked `xfail(strict=True)`: a known failure
that starts passing fails the run, so the list can only shrink.
"""

from __future__ import annotations

import difflib
import os
import shutil
import subprocess
import tomllib
from dataclasses import dataclass
from pathlib import Path

import pytest

from rustlet.server import CompileServer

TESTS_DIR = Path(__file__).resolve().parent
REPO_ROOT = TESTS_DIR.parent
RUN_PASS_DIR = TESTS_DIR / "run-pass"
KNOWN_FAILURES_FILE = TESTS_DIR / "known_failures.toml"

HELPER_MARKER = "// not-a-test"
RUN_TIMEOUT_SECONDS = 10
# Building is not what this suite measures; the bound only stops a hung compiler.
BUILD_TIMEOUT_SECONDS = 300


@dataclass(frozen=True, slots=True)
class RunPassCase:
    """One program of the suite and the files that go with it."""

    test_id: str  # "run-pass/<path relative to tests/run-pass>", the key used in known_failures.toml
    source: Path
    expected_stdout: Path
    stdin: Path | None


def is_helper_file(path: Path) -> bool:
    with path.open(encoding="utf-8") as f:
        return f.readline().rstrip("\r\n") == HELPER_MARKER


def collect_cases() -> list[RunPassCase]:
    cases = []
    for source in sorted(RUN_PASS_DIR.rglob("*.rl")):
        if is_helper_file(source):
            continue
        stdin = source.with_suffix(".stdin")
        cases.append(
            RunPassCase(
                test_id="run-pass/" + source.relative_to(RUN_PASS_DIR).as_posix(),
                source=source,
                expected_stdout=source.with_suffix(".stdout"),
                stdin=stdin if stdin.exists() else None,
            )
        )
    return cases


def load_known_failures() -> dict[str, str]:
    if not KNOWN_FAILURES_FILE.exists():
        return {}
    with KNOWN_FAILURES_FILE.open("rb") as f:
        table = tomllib.load(f)
    # Top-level keys are run-pass ids; tables (`[ui]`, `[codegen]`, …) belong to other harnesses.
    return {str(test_id): str(reason) for test_id, reason in table.items() if not isinstance(reason, dict)}


CASES = collect_cases()
KNOWN_FAILURES = load_known_failures()


def rustlet_params() -> list[object]:
    params = []
    for case in CASES:
        marks = []
        if case.test_id in KNOWN_FAILURES:
            marks.append(pytest.mark.xfail(reason=KNOWN_FAILURES[case.test_id], strict=True))
        params.append(pytest.param(case, id=case.test_id, marks=marks))
    return params


def rustc_params() -> list[object]:
    return [pytest.param(case, id=case.test_id) for case in CASES]


@pytest.fixture
def rustc(request: pytest.FixtureRequest) -> str | None:
    """Path of rustc, or None: the shared `rustc_path` fixture when conftest has one."""
    try:
        shared = request.getfixturevalue("rustc_path")
        return None if shared is None else str(shared)
    except pytest.FixtureLookupError:
        pass
    on_path = shutil.which("rustc")
    if on_path is not None:
        return on_path
    home_rustc = Path.home() / ".cargo" / "bin" / "rustc"
    return str(home_rustc) if home_rustc.exists() else None


@pytest.fixture
def bless_goldens(request: pytest.FixtureRequest) -> bool:
    """True when goldens should be rewritten: conftest's `--bless`, else RUSTLET_BLESS=1."""
    try:
        return bool(request.getfixturevalue("bless"))
    except pytest.FixtureLookupError:
        return os.environ.get("RUSTLET_BLESS") == "1"


def run_checked(command: list[str], what: str, timeout: int) -> None:
    """Run a build command; fail the test with its output if it does not succeed."""
    try:
        result = subprocess.run(command, cwd=REPO_ROOT, capture_output=True, text=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        pytest.fail(f"{what} timed out after {timeout} s: {' '.join(command)}")
    if result.returncode != 0:
        pytest.fail(
            f"{what} failed with status {result.returncode}: {' '.join(command)}\n"
            f"--- stdout ---\n{result.stdout}--- stderr ---\n{result.stderr}"
        )


def run_program(binary: Path, case: RunPassCase) -> subprocess.CompletedProcess[bytes]:
    stdin_bytes = case.stdin.read_bytes() if case.stdin is not None else b""
    try:
        return subprocess.run([str(binary)], input=stdin_bytes, capture_output=True, timeout=RUN_TIMEOUT_SECONDS)
    except subprocess.TimeoutExpired:
        pytest.fail(f"{binary.name} did not finish within {RUN_TIMEOUT_SECONDS} s")


def check_output(case: RunPassCase, label: str, result: subprocess.CompletedProcess[bytes]) -> None:
    """Exit status 0 and stdout equal to the golden, byte for byte."""
    expected = case.expected_stdout.read_bytes()
    problems = []
    if result.returncode != 0:
        problems.append(f"exit status {result.returncode}, expected 0")
    if result.stdout != expected:
        diff = difflib.unified_diff(
            expected.decode("utf-8", errors="replace").splitlines(keepends=True),
            result.stdout.decode("utf-8", errors="replace").splitlines(keepends=True),
            fromfile=f"{case.expected_stdout.name} (expected)",
            tofile=f"{label} stdout (actual)",
        )
        problems.append("stdout differs from the golden:\n" + "".join(diff))
    if problems:
        stderr = result.stderr.decode("utf-8", errors="replace")
        pytest.fail(f"{case.test_id} [{label}]: " + "\n".join(problems) + f"\n--- stderr ---\n{stderr}")


def require_golden(case: RunPassCase) -> None:
    if not case.expected_stdout.exists():
        pytest.fail(f"{case.test_id} has no golden {case.expected_stdout.name} (generate it with rustc)")


@pytest.mark.parametrize("case", rustlet_params())
def test_run_pass(case: RunPassCase, tmp_path: Path, compiler: CompileServer) -> None:
    require_golden(case)
    for label, flags in (("rustlet debug", []), ("rustlet -O", ["-O"])):
        binary = tmp_path / ("opt" if flags else "debug")
        argv = ["build", str(case.source), "-o", str(binary), *flags]
        try:
            result = compiler.run(argv, REPO_ROOT, BUILD_TIMEOUT_SECONDS)
        except subprocess.TimeoutExpired:
            pytest.fail(f"{label} timed out after {BUILD_TIMEOUT_SECONDS} s: rustlet {' '.join(argv)}")
        if result.returncode != 0:
            pytest.fail(f"{label} failed with status {result.returncode}: rustlet {' '.join(argv)}\n"
                        f"--- stdout ---\n{result.stdout}--- stderr ---\n{result.stderr}")
        check_output(case, label, run_program(binary, case))


@pytest.mark.parametrize("case", rustc_params())
def test_golden_matches_rustc(case: RunPassCase, tmp_path: Path, rustc: str | None, bless_goldens: bool,
                              quick: bool) -> None:
    if rustc is None:
        pytest.skip("rustc not installed")
    if quick and not bless_goldens:
        pytest.skip("--quick: the goldens are validated against rustc in the full run")
    if bless_goldens:
        binary = tmp_path / "rustc_debug"
        run_checked([rustc, "--edition", "2021", "-o", str(binary), str(case.source)], "rustc", BUILD_TIMEOUT_SECONDS)
        result = run_program(binary, case)
        assert result.returncode == 0, f"rustc's binary exited with {result.returncode}: a run-pass program must exit 0"
        case.expected_stdout.write_bytes(result.stdout)
        return
    require_golden(case)
    for label, flags in (("rustc debug", []), ("rustc -O", ["-O"])):
        binary = tmp_path / ("opt" if flags else "debug")
        command = [rustc, "--edition", "2021", *flags, "-o", str(binary), str(case.source)]
        run_checked(command, label, BUILD_TIMEOUT_SECONDS)
        check_output(case, label, run_program(binary, case))


def test_known_failures_name_existing_tests() -> None:
    """A stale entry would silently mark nothing; every key must be a collected test id."""
    existing = {case.test_id for case in CASES}
    stale = sorted(set(KNOWN_FAILURES) - existing)
    assert not stale, f"known_failures.toml lists tests that do not exist: {stale}"


def test_every_program_has_a_golden() -> None:
    missing = [case.test_id for case in CASES if not case.expected_stdout.exists()]
    assert not missing, f"run-pass programs without a .stdout golden: {missing}"
