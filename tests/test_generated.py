"""Differential testing on generated programs: rustlet -O0, rustlet -O2 and rustc agree.

Each hypothesis example is one program from `tests/gen` (see the generator's
docstring for the shapes: 0-2 Copy structs and enums, sometimes a trait with impls
for four integer types and two generic functions, 2-4 functions of 0-4 parameters
with loops, matches, arrays, casts and wrapping/checked/bounded arithmetic over
every integer width, f32/f64 and bool; in half of them move closures, Vec locals
and range iterator chains (map/filter/fold/count); main calls each function
twice, prints each result, and prints a checksum of all of them; functions print
intermediate lines and their final state).  Programs are ~60-200 lines; one program per example
batches several functions, since the build dominates the cost.

A full run checks 300 programs, `--quick` 20, in chunks that are separate tests
(`test_generated_programs[chunkN]`: hypothesis with seed RUSTLET_GEN_SEED + N, default
fixed, so a run is reproducible; each chunk checks one more program than its share, as
every hypothesis run may start with the same simplest program).  Each program is
built with `rustlet build` at `--opt-level 0` and `--opt-level 2` (on conftest's warm
compile server, rustlet/server.py) and, when rustc is installed, with
`rustc --edition 2021` (no -O; the programs never overflow, so debug and release
agree): the three builds run concurrently, each binary runs when its build is done
(10 s timeout each).  rustc's stdout is the expected output; both rustlet binaries
must print exactly it and exit 0.  Without rustc, the two rustlet builds are still
compared with each other, and the rustc comparison is skipped with the reason
shown (`test_rustc_available`).  A program rustc rejects or that panics under rustc
is a generator bug and fails the test as such.

A failing program is shrunk by hypothesis; the shrunk program (the final replay)
is saved as `tests/run-pass/fuzz/gen_<hash>.rl` with its rustc `.stdout` golden,
where test_run_pass.py keeps running it.  A saved program that still fails needs an
entry in tests/known_failures.toml (`"run-pass/fuzz/gen_<hash>.rl" = "reason"`).
`RUSTLET_GEN_SEED` changes the base seed (another set of programs).
"""
from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, seed, settings
from hypothesis.control import current_build_context

from gen import programs
from rustlet.server import CompileServer

TESTS_DIR = Path(__file__).resolve().parent
REPO_ROOT = TESTS_DIR.parent
FUZZ_DIR = TESTS_DIR / "run-pass" / "fuzz"

FULL_EXAMPLES = 300
QUICK_EXAMPLES = 20
# Separate tests (hypothesis runs with seeds base+0, base+1, …), so that pytest-xdist
# spreads the programs over the cores.
FULL_CHUNKS = 10
QUICK_CHUNKS = 2
DEFAULT_SEED = 20_251_121
BUILD_TIMEOUT_SECONDS = 300  # only stops a hung compiler
RUN_TIMEOUT_SECONDS = 10


def find_rustc() -> str | None:
    found = shutil.which("rustc")
    if found:
        return found
    cargo = Path.home() / ".cargo" / "bin" / "rustc"
    return str(cargo) if cargo.exists() else None


RUSTC = find_rustc()


@dataclass(frozen=True, slots=True)
class Outcome:
    """What one build-and-run produced; `problem` is None when it built and exited 0."""

    label: str
    stdout: str
    problem: str | None


def run_binary(label: str, binary: Path) -> Outcome:
    env = {k: v for k, v in os.environ.items() if k != "RUST_BACKTRACE"}
    try:
        run = subprocess.run([str(binary)], capture_output=True, text=True, timeout=RUN_TIMEOUT_SECONDS, env=env)
    except subprocess.TimeoutExpired:
        return Outcome(label, "", f"did not finish within {RUN_TIMEOUT_SECONDS} s")
    if run.returncode != 0:
        return Outcome(label, run.stdout, f"exit status {run.returncode}:\n{run.stderr[-3000:]}")
    return Outcome(label, run.stdout, None)


def built(label: str, status: int | None, stderr: str) -> Outcome | None:
    """The failed build's Outcome, or None when the build succeeded."""
    if status is None:
        return Outcome(label, "", f"build timed out after {BUILD_TIMEOUT_SECONDS} s")
    if status != 0:
        return Outcome(label, "", f"build failed (status {status}):\n{stderr[-3000:]}")
    return None


def rustlet_build(compiler: CompileServer, label: str, source: Path, binary: Path, opt_level: str) -> Outcome:
    argv = ["build", str(source), "-o", str(binary), "--opt-level", opt_level]
    try:
        result = compiler.run(argv, REPO_ROOT, BUILD_TIMEOUT_SECONDS)
    except subprocess.TimeoutExpired:
        return Outcome(label, "", f"build timed out after {BUILD_TIMEOUT_SECONDS} s")
    return built(label, result.returncode, result.stderr) or run_binary(label, binary)


def build_and_run(compiler: CompileServer, source: Path, work: Path) -> dict[str, Outcome]:
    """rustlet -O0, rustlet -O2 (on the warm compile server) and, when installed, rustc,
    built concurrently; each binary runs once its build is done."""
    rustc: subprocess.Popen[str] | None = None
    if RUSTC is not None:
        command = [RUSTC, "--edition", "2021", "-o", str(work / "rc"), str(source)]
        rustc = subprocess.Popen(command, cwd=REPO_ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    with ThreadPoolExecutor(2) as pool:
        rustlet = [pool.submit(rustlet_build, compiler, f"rustlet -O{level}", source, work / f"o{level}", level)
                   for level in ("0", "2")]
        outcomes = {outcome.label: outcome for outcome in (future.result() for future in rustlet)}
    if rustc is not None:
        try:
            _, err = rustc.communicate(timeout=BUILD_TIMEOUT_SECONDS)
            status: int | None = rustc.returncode
        except subprocess.TimeoutExpired:
            rustc.kill()
            _, err = rustc.communicate()
            status = None
        outcomes["rustc"] = built("rustc", status, err) or run_binary("rustc", work / "rc")
    return outcomes


def compare(outcomes: dict[str, Outcome]) -> list[str]:
    """The disagreements, or [] when every build matches the reference output."""
    if "rustc" in outcomes:
        reference = outcomes["rustc"]
        if reference.problem is not None:
            return [f"generator bug: rustc {reference.problem}"]
    else:
        reference = outcomes["rustlet -O0"]
    problems = []
    for outcome in outcomes.values():
        if outcome is reference:
            continue
        if outcome.problem is not None:
            problems.append(f"{outcome.label}: {outcome.problem}")
        elif outcome.stdout != reference.stdout:
            problems.append(f"{outcome.label}: stdout differs from {reference.label}:\n"
                            + first_difference(reference.stdout, outcome.stdout))
    if reference.problem is not None and reference.label != "rustc":
        problems.append(f"{reference.label}: {reference.problem}")
    return problems


def first_difference(expected: str, actual: str) -> str:
    want, got = expected.splitlines(), actual.splitlines()
    for i, (a, b) in enumerate(zip(want, got)):
        if a != b:
            return f"  line {i + 1}: expected {a!r}\n  line {i + 1}: got      {b!r}"
    return f"  expected {len(want)} lines, got {len(got)}"


def save_regression(source_text: str, outcomes: dict[str, Outcome], directory: Path = FUZZ_DIR) -> Path | None:
    """Save the shrunk failing program with rustc's stdout as a run-pass test."""
    rustc = outcomes.get("rustc")
    if rustc is None or rustc.problem is not None:
        return None  # no golden without rustc, and rustc failures are generator bugs
    name = "gen_" + hashlib.sha256(source_text.encode()).hexdigest()[:10]
    directory.mkdir(parents=True, exist_ok=True)
    program = directory / f"{name}.rl"
    program.write_text(source_text, encoding="utf-8")
    program.with_suffix(".stdout").write_text(rustc.stdout, encoding="utf-8")
    return program


def is_final_replay() -> bool:
    """True in hypothesis' last call, which replays the shrunk failing example."""
    try:
        return bool(current_build_context().is_final)
    except Exception:  # noqa: BLE001 - outside a hypothesis context: treat every failure as final
        return True


def chunk_sizes(quick: bool) -> list[int]:
    """Programs per chunk: the count split evenly, plus one per chunk, since each
    hypothesis run may start with the same simplest program."""
    total, chunks = (QUICK_EXAMPLES, QUICK_CHUNKS) if quick else (FULL_EXAMPLES, FULL_CHUNKS)
    return [-(-total // chunks) + 1] * chunks


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "chunk" in metafunc.fixturenames:
        sizes = chunk_sizes(bool(metafunc.config.getoption("quick", default=False)))
        metafunc.parametrize("chunk", range(len(sizes)), ids=[f"chunk{i}" for i in range(len(sizes))])


def test_rustc_available() -> None:
    if RUSTC is None:
        pytest.skip("rustc not installed: generated programs are only compared between rustlet -O0 and -O2")


def test_generated_programs(chunk: int, quick: bool, tmp_path_factory: pytest.TempPathFactory,
                            compiler: CompileServer) -> None:
    base_seed = int(os.environ.get("RUSTLET_GEN_SEED") or DEFAULT_SEED)

    @seed(base_seed + chunk)
    @settings(max_examples=chunk_sizes(quick)[chunk], deadline=None, database=None,
              suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                     HealthCheck.function_scoped_fixture])
    @given(programs())
    def check(source_text: str) -> None:
        work = tmp_path_factory.mktemp("gen")
        source = work / "main.rl"
        source.write_text(source_text, encoding="utf-8")
        outcomes = build_and_run(compiler, source, work)
        problems = compare(outcomes)
        if not problems:
            return
        saved = save_regression(source_text, outcomes) if is_final_replay() and not problems[0].startswith("generator bug") else None
        where = f"\nsaved as {saved.relative_to(REPO_ROOT)}" if saved else ""
        pytest.fail("\n".join(problems) + where + f"\n--- program ---\n{source_text}")

    check()


def test_compare_and_save(tmp_path: Path) -> None:
    """The verdict logic on made-up outcomes, and the files a saved regression gets."""
    good = {"rustc": Outcome("rustc", "1\n2\n", None), "rustlet -O0": Outcome("rustlet -O0", "1\n2\n", None),
            "rustlet -O2": Outcome("rustlet -O2", "1\n2\n", None)}
    assert compare(good) == []
    wrong = dict(good, **{"rustlet -O2": Outcome("rustlet -O2", "1\n3\n", None)})
    [problem] = compare(wrong)
    assert problem.startswith("rustlet -O2: stdout differs") and "line 2" in problem
    crashed = dict(good, **{"rustlet -O0": Outcome("rustlet -O0", "", "build failed (status 101)")})
    assert compare(crashed) == ["rustlet -O0: build failed (status 101)"]
    bad_program = dict(good, rustc=Outcome("rustc", "", "build failed (status 1)"))
    assert compare(bad_program)[0].startswith("generator bug")
    saved = save_regression("fn main() {}\n", wrong, tmp_path)
    assert saved is not None and saved.name.startswith("gen_") and saved.suffix == ".rl"
    assert saved.read_text() == "fn main() {}\n"
    assert saved.with_suffix(".stdout").read_text() == "1\n2\n"
    assert save_regression("fn main() {}\n", bad_program, tmp_path / "none") is None
