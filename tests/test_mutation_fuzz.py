"""Mutation fuzzing of the front end: broken programs must give errors, never crashes.

Seeds are every `.rl` under tests/run-pass, tests/ui and the shared conformance
corpus (`<repo>/../shared/conformance`, left out with a visible note when absent).
A mutant is a seed with one to three token-level edits:

    delete a token · duplicate a token · swap two adjacent tokens ·
    replace an identifier by another identifier of the same file ·
    replace a literal by one from a pool of edge values (`0`, `255u8`, `1e309`, `""`, …) ·
    insert a keyword, `{`, `}`, `;`, `&` or `mut`

Tokens come from a small regex tokenizer (comments, strings, chars, lifetimes,
numbers, identifiers, multi-character punctuation); it keeps the whitespace before
each token, so joining the tokens gives back the file byte for byte, and a mutant
keeps the layout (and so the line numbers) of its seed.

Each mutant is checked with `rustlet check` (a fraction with `rustlet build`), two at
a time, on conftest's warm compile server (rustlet/server.py): each job runs
`rustlet.cli.main` in a fresh fork of a process that has the compiler imported and
std prepared, with stdout/stderr captured, under a timeout (a job that times out is
killed alone).  A mutant passes when the status is 0 or 1; a status of 101 (internal
compiler error), an exception escaping `cli.main`, a compiler process that dies, a
Python traceback or a timeout is a failure.

Mutant number i of a run draws everything from `random.Random(f"{base}:{i}")`, so a
run is reproducible from its base seed: `RUSTLET_FUZZ_SEED` (or a `--fuzz-seed`
option if conftest defines one), fixed by default.  A full run makes 2,000 mutants,
`--quick` 100.

A failing mutant is saved as `tests/fuzz/regressions/NAME.rl` with `NAME.info` (seed,
origin, edits, command, the crash), one per distinct crash signature; every saved
regression is re-run, as a fresh `python -m rustlet` process, by
`test_saved_regression`.  When the unmutated seed crashes the compiler the same way,
the crash is reported but not saved: the seed's own suite already covers it.
"""

from __future__ import annotations

import hashlib
import os
import queue
import random
import re
import subprocess
import sys
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from rustlet.server import CompileServer

TESTS_DIR = Path(__file__).resolve().parent
REPO_ROOT = TESTS_DIR.parent
SHARED_CONFORMANCE = REPO_ROOT.parent / "shared" / "conformance"
REGRESSIONS_DIR = TESTS_DIR / "fuzz" / "regressions"

DEFAULT_BASE_SEED = 20_251_120
FULL_MUTANTS = 2000
QUICK_MUTANTS = 100
BUILD_FRACTION = 0.05  # share of mutants that go through `rustlet build` as well
WORKERS = 2
# Bounds that catch a hung compiler; the seeds are small programs.
CHECK_TIMEOUT_SECONDS = 60
BUILD_TIMEOUT_SECONDS = 180
MAX_FAILURES = 40  # stop early once the run has clearly failed
MAX_SAVED = 10  # distinct crash signatures saved per run
COMPILER_ENTRY = "rustlet.cli:main"
CRASH_STATUS = -1  # an exception escaped cli.main
TIMEOUT_STATUS = -2


# ---------------------------------------------------------------------------
# Tokens and mutations

TOKEN_RE = re.compile(r"""
    (?P<comment>//[^\n]*|/\*(?:.|\n)*?\*/)
  | (?P<string>b?"(?:\\.|[^"\\])*"|b?r\#*"(?:.|\n)*?"\#*)
  | (?P<char>b?'(?:\\.|[^'\\\n])'|b?'\\u\{[0-9a-fA-F]+\}')
  | (?P<lifetime>'[A-Za-z_]\w*)
  | (?P<number>0[xob][0-9a-fA-F_]+\w*|\d[\d_]*(?:\.\d[\d_]*)?(?:[eE][+-]?\d+)?(?:[a-zA-Z]\w*)?)
  | (?P<ident>[A-Za-z_]\w*)
  | (?P<punct>::|->|=>|==|!=|<=|>=|&&|\|\||\.\.=|\.\.\.|\.\.|<<=|>>=|<<|>>|[-+*/%^&|]=|\S)
""", re.VERBOSE)
WHITESPACE_RE = re.compile(r"\s*")

KEYWORDS = frozenset("""as break const continue crate else enum false fn for if impl in let loop match mod
    move mut pub ref return self Self static struct super trait true type unsafe use where while dyn""".split())
INSERTIONS = ("let", "fn", "if", "else", "match", "loop", "while", "for", "in", "return", "break", "continue",
              "struct", "enum", "impl", "mut", "ref", "move", "as", "pub", "use", "mod", "const", "static",
              "trait", "where", "dyn", "self", "Self", "super", "crate", "unsafe", "_", "{", "}", ";", "&",
              "mut", "(", ")", "[", "]", ",", "::", "..", "=", "?", "!", "'a", "|")
LITERALS = ("0", "1", "-1", "255u8", "256u8", "-129i8", "2147483648", "18446744073709551616", "0usize",
            "1e309", "0.5", "1.0f32", "f64::NAN", "\"\"", "\"{}\"", "\"\\u{1F600}\"", "'x'", "'\\n'",
            "true", "false", "()", "i32::MAX", "[0; 3]", "b'a'")


@dataclass(frozen=True, slots=True)
class Token:
    kind: str  # comment, string, char, lifetime, number, ident, keyword, punct
    text: str
    space: str  # the whitespace before the token

    @property
    def is_literal(self) -> bool:
        return self.kind in ("string", "char", "number") or self.text in ("true", "false")


def tokenize(source: str) -> tuple[list[Token], str]:
    """Tokens with their leading whitespace, and the whitespace at the end of the file."""
    tokens: list[Token] = []
    position = 0
    while True:
        space = WHITESPACE_RE.match(source, position)
        assert space is not None
        position = space.end()
        if position == len(source):
            return tokens, space.group()
        found = TOKEN_RE.match(source, position)
        assert found is not None and found.lastgroup is not None  # `\S` matches any other character
        kind = found.lastgroup
        if kind == "ident" and found.group() in KEYWORDS:
            kind = "keyword"
        tokens.append(Token(kind, found.group(), space.group()))
        position = found.end()


def untokenize(tokens: list[Token], trailing: str) -> str:
    return "".join(t.space + t.text for t in tokens) + trailing


def _spaced(text: str, like: Token) -> Token:
    """A new token, separated from its neighbours so it cannot glue onto them."""
    kind = "ident" if re.fullmatch(r"[A-Za-z_]\w*", text) else "punct"
    return Token(kind, text, like.space or " ")


MUTATIONS: dict[str, Callable[[random.Random, list[Token], int], str]] = {}


def mutation(name: str) -> Callable[[Callable[[random.Random, list[Token], int], str]],
                                   Callable[[random.Random, list[Token], int], str]]:
    def register(function: Callable[[random.Random, list[Token], int], str]) -> Callable[
            [random.Random, list[Token], int], str]:
        MUTATIONS[name] = function
        return function
    return register


@mutation("delete")
def _delete(rng: random.Random, tokens: list[Token], i: int) -> str:
    removed = tokens.pop(i)
    return f"delete `{removed.text}`"


@mutation("duplicate")
def _duplicate(rng: random.Random, tokens: list[Token], i: int) -> str:
    tokens.insert(i + 1, Token(tokens[i].kind, tokens[i].text, " "))
    return f"duplicate `{tokens[i].text}`"


@mutation("swap")
def _swap(rng: random.Random, tokens: list[Token], i: int) -> str:
    if i + 1 >= len(tokens):
        return _delete(rng, tokens, i)
    a, b = tokens[i], tokens[i + 1]
    tokens[i], tokens[i + 1] = Token(b.kind, b.text, a.space or " "), Token(a.kind, a.text, b.space or " ")
    return f"swap `{a.text}` `{b.text}`"


@mutation("replace-ident")
def _replace_ident(rng: random.Random, tokens: list[Token], i: int) -> str:
    names = sorted({t.text for t in tokens if t.kind == "ident"})
    places = [j for j, t in enumerate(tokens) if t.kind == "ident"]
    if not names or not places:
        return _delete(rng, tokens, i)
    j = rng.choice(places)
    new = rng.choice(names)
    old = tokens[j]
    tokens[j] = Token("ident", new, old.space)
    return f"replace ident `{old.text}` by `{new}`"


@mutation("replace-literal")
def _replace_literal(rng: random.Random, tokens: list[Token], i: int) -> str:
    places = [j for j, t in enumerate(tokens) if t.is_literal]
    if not places:
        return _delete(rng, tokens, i)
    j = rng.choice(places)
    new = rng.choice(LITERALS)
    old = tokens[j]
    tokens[j] = Token("number", new, old.space)
    return f"replace literal `{old.text}` by `{new}`"


@mutation("insert")
def _insert(rng: random.Random, tokens: list[Token], i: int) -> str:
    text = rng.choice(INSERTIONS)
    tokens.insert(i, _spaced(text, tokens[i]))
    return f"insert `{text}`"


@dataclass(slots=True)
class Mutant:
    origin: Path
    index: int
    source: str
    edits: list[str]
    build: bool


def make_mutant(base_seed: str, index: int, seeds: list[Path]) -> Mutant:
    """Mutant number `index` of the run with `base_seed`: deterministic."""
    rng = random.Random(f"{base_seed}:{index}")
    origin = rng.choice(seeds)
    tokens, trailing = tokenize(origin.read_text(encoding="utf-8"))
    edits: list[str] = []
    for _ in range(rng.choices((1, 2, 3), weights=(60, 25, 15))[0]):
        # Comments are dead text to the compiler: edit only real tokens.
        code = [j for j, t in enumerate(tokens) if t.kind != "comment"]
        if not code:
            break
        name = rng.choice(sorted(MUTATIONS))
        edits.append(MUTATIONS[name](rng, tokens, rng.choice(code)))
    return Mutant(origin, index, untokenize(tokens, trailing), edits, rng.random() < BUILD_FRACTION)


# ---------------------------------------------------------------------------
# Seeds


def seed_files() -> tuple[list[Path], list[str]]:
    """The seed programs, and notes on corpora that are missing."""
    notes: list[str] = []
    roots = [TESTS_DIR / "run-pass", TESTS_DIR / "ui"]
    if SHARED_CONFORMANCE.is_dir():
        roots.append(SHARED_CONFORMANCE)
    else:
        notes.append(f"shared conformance corpus not found at {SHARED_CONFORMANCE}: not used as seeds")
    seeds = [p for root in roots if root.is_dir() for p in sorted(root.rglob("*.rl"))]
    return seeds, notes


MOD_DECL_RE = re.compile(r"^\s*(?:pub\s+)?mod\s+(\w+)\s*;", re.MULTILINE)


def module_files(origin: Path) -> list[Path]:
    """`mod name;` files beside the seed, copied next to its mutant so they still resolve."""
    text = origin.read_text(encoding="utf-8")
    return [origin.parent / f"{name}.rl" for name in MOD_DECL_RE.findall(text)
            if (origin.parent / f"{name}.rl").exists()]


# ---------------------------------------------------------------------------
# Running the compiler in worker processes


@dataclass(frozen=True, slots=True)
class Outcome:
    status: int  # cli.main's status, CRASH_STATUS or TIMEOUT_STATUS
    output: str  # stdout and stderr of the compile (tail)

    @property
    def ok(self) -> bool:
        return self.status in (0, 1) and "Traceback (most recent call last)" not in self.output

    def signature(self) -> str:
        """What identifies the crash: the ICE line, the last traceback line, or the timeout."""
        if self.status == TIMEOUT_STATUS:
            return "timeout"
        lines = self.output.splitlines()
        for line in lines:
            if "internal compiler error" in line:
                # Numbers (offsets, ids) differ between mutants of one bug; the message does not.
                return re.sub(r"\d+", "N", line.strip()) + _stage(lines)
        tail = [line for line in lines if line.strip()]
        return re.sub(r"\d+", "N", tail[-1].strip()) if tail else f"exit status {self.status}"


def _stage(lines: list[str]) -> str:
    for line in lines:
        found = re.search(r"\(stage [\w.]+\)", line)
        if found:
            return " " + found.group()
    return ""


class Worker:
    """Runs compile jobs in `scratch` on the warm compile server: each job is a fresh fork
    of a process that has the compiler imported and std prepared, so no job sees state
    left by another, and a job that hangs is killed (with its process group) alone."""

    def __init__(self, server: CompileServer, scratch: Path, entry: str = COMPILER_ENTRY) -> None:
        self.server = server
        self.scratch = scratch
        self.entry = entry

    def run(self, argv: list[str], timeout: float) -> Outcome:
        result = self.server.compile(argv, self.scratch, timeout, entry=self.entry,
                                     sys_path=[str(TESTS_DIR), str(REPO_ROOT)])
        if result.timed_out:
            return Outcome(TIMEOUT_STATUS, f"no result within {timeout} s")
        if result.died:  # e.g. a recursion overflow in C code
            return Outcome(CRASH_STATUS, "compiler process died without answering")
        output = (result.stdout + result.stderr)[-6000:]
        return Outcome(CRASH_STATUS if result.crashed else result.status, output)


def compile_argv(source: Path, build: bool) -> list[str]:
    if build:
        return ["build", str(source), "-o", str(source.with_suffix(".out"))]
    return ["check", str(source)]


@dataclass(slots=True)
class Failure:
    mutant: Mutant
    outcome: Outcome
    seed_crashes_too: bool


@dataclass(slots=True)
class FuzzRun:
    base_seed: str
    mutants: int
    failures: list[Failure] = field(default_factory=list)
    checked: int = 0
    accepted: int = 0  # status 0: shows whether a run exercised the later stages at all


def fuzz(base_seed: str, count: int, seeds: list[Path], scratch: Path, server: CompileServer) -> FuzzRun:
    """Checks `count` mutants, WORKERS at a time; stops early after MAX_FAILURES failures."""
    run = FuzzRun(base_seed, count)
    jobs: queue.Queue[int] = queue.Queue()
    for index in range(count):
        jobs.put(index)
    lock = threading.Lock()
    seed_outcomes: dict[Path, Outcome] = {}

    def seed_outcome(worker: Worker, origin: Path, build: bool, directory: Path) -> Outcome:
        with lock:
            known = seed_outcomes.get(origin)
        if known is None:
            seed_dir = directory / "seed"
            seed_dir.mkdir()
            for source in (origin, *module_files(origin)):
                (seed_dir / source.name).write_text(source.read_text(encoding="utf-8"), encoding="utf-8")
            copy = seed_dir / origin.name
            known = worker.run(compile_argv(copy, build), BUILD_TIMEOUT_SECONDS if build else CHECK_TIMEOUT_SECONDS)
            with lock:
                seed_outcomes[origin] = known
        return known

    def drain(number: int) -> None:
        directory = scratch / f"worker{number}"
        directory.mkdir()
        worker = Worker(server, directory)
        while True:
            with lock:
                if len(run.failures) >= MAX_FAILURES:
                    return
            try:
                index = jobs.get_nowait()
            except queue.Empty:
                return
            mutant = make_mutant(base_seed, index, seeds)
            job_dir = directory / f"m{index}"
            job_dir.mkdir()
            for module in module_files(mutant.origin):
                (job_dir / module.name).write_text(module.read_text(encoding="utf-8"), encoding="utf-8")
            path = job_dir / mutant.origin.name
            path.write_text(mutant.source, encoding="utf-8")
            timeout = BUILD_TIMEOUT_SECONDS if mutant.build else CHECK_TIMEOUT_SECONDS
            outcome = worker.run(compile_argv(path, mutant.build), timeout)
            if not outcome.ok:
                original = seed_outcome(worker, mutant.origin, mutant.build, job_dir)
                same = not original.ok and original.signature() == outcome.signature()
                with lock:
                    run.failures.append(Failure(mutant, outcome, same))
            with lock:
                run.checked += 1
                run.accepted += outcome.status == 0

    threads = [threading.Thread(target=drain, args=(n,)) for n in range(WORKERS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return run


def save_regressions(run: FuzzRun, directory: Path) -> list[Path]:
    """One saved mutant per new crash signature, at most MAX_SAVED."""
    directory.mkdir(parents=True, exist_ok=True)
    known = {p.read_text(encoding="utf-8").partition("\nsignature: ")[2].partition("\n")[0]
             for p in directory.glob("*.info")}
    saved: list[Path] = []
    for failure in sorted(run.failures, key=lambda f: f.mutant.index):
        signature = failure.outcome.signature()
        if failure.seed_crashes_too or signature in known or len(saved) >= MAX_SAVED:
            continue
        known.add(signature)
        mutant = failure.mutant
        digest = hashlib.sha1(signature.encode()).hexdigest()[:8]
        name = f"{mutant.origin.stem}-{digest}"
        (directory / f"{name}.rl").write_text(mutant.source, encoding="utf-8")
        info = [
            f"origin: {_display_path(mutant.origin)}",
            f"seed: {run.base_seed}:{mutant.index}",
            f"command: {'build' if mutant.build else 'check'}",
            f"edits: {'; '.join(mutant.edits)}",
            f"signature: {signature}",
            f"status: {failure.outcome.status}",
            "output:",
            failure.outcome.output,
        ]
        (directory / f"{name}.info").write_text("\n".join(info) + "\n", encoding="utf-8")
        saved.append(directory / f"{name}.rl")
    return saved


def _display_path(path: Path) -> Path:
    """A seed's path relative to the directory above the repository (`main/tests/…`, `shared/…`)."""
    return path.relative_to(REPO_ROOT.parent) if path.is_relative_to(REPO_ROOT.parent) else path


def describe_failure(failure: Failure) -> str:
    mutant = failure.mutant
    note = " (the unmutated seed crashes the same way)" if failure.seed_crashes_too else ""
    return (f"mutant {mutant.index} of {mutant.origin.name} [{'; '.join(mutant.edits)}] "
            f"{'build' if mutant.build else 'check'}: status {failure.outcome.status}: "
            f"{failure.outcome.signature()}{note}")


# ---------------------------------------------------------------------------
# Tests


@pytest.fixture
def base_seed(request: pytest.FixtureRequest) -> str:
    """`--fuzz-seed` when conftest defines it, else RUSTLET_FUZZ_SEED, else the fixed default."""
    option = request.config.getoption("fuzz_seed", default=None)
    return str(option or os.environ.get("RUSTLET_FUZZ_SEED") or DEFAULT_BASE_SEED)


@pytest.fixture
def quick_run(request: pytest.FixtureRequest) -> bool:
    return bool(request.config.getoption("quick", default=False))


def test_tokenizer_round_trips_every_seed() -> None:
    seeds, _ = seed_files()
    assert seeds, "no seed programs found"
    for path in seeds:
        source = path.read_text(encoding="utf-8")
        tokens, trailing = tokenize(source)
        assert untokenize(tokens, trailing) == source, path


def test_tokenizer_kinds() -> None:
    tokens, _ = tokenize("let s: &'a str = \"a\\\"b\"; x..=1.5e3 // c\n'c' 0xffu8 <<= ::")
    assert [(t.kind, t.text) for t in tokens] == [
        ("keyword", "let"), ("ident", "s"), ("punct", ":"), ("punct", "&"), ("lifetime", "'a"),
        ("ident", "str"), ("punct", "="), ("string", '"a\\"b"'), ("punct", ";"), ("ident", "x"),
        ("punct", "..="), ("number", "1.5e3"), ("comment", "// c"), ("char", "'c'"), ("number", "0xffu8"),
        ("punct", "<<="), ("punct", "::")]


def test_mutants_are_deterministic_and_edit_the_seed() -> None:
    seeds, _ = seed_files()
    first = [make_mutant("7", i, seeds) for i in range(30)]
    again = [make_mutant("7", i, seeds) for i in range(30)]
    assert [(m.origin, m.source, m.edits) for m in first] == [(m.origin, m.source, m.edits) for m in again]
    assert all(m.edits for m in first)
    changed = sum(m.source != m.origin.read_text(encoding="utf-8") for m in first)
    assert changed >= 25, "mutations should almost always change the program"


def test_mutants_never_crash_the_compiler(base_seed: str, quick_run: bool, tmp_path: Path,
                                          capsys: pytest.CaptureFixture[str], compiler: CompileServer) -> None:
    seeds, notes = seed_files()
    with capsys.disabled():
        for note in notes:
            print(f"\nnote: {note}")
    count = QUICK_MUTANTS if quick_run else FULL_MUTANTS
    run = fuzz(base_seed, count, seeds, tmp_path, compiler)
    with capsys.disabled():
        print(f"\nfuzz: base seed {base_seed}, {run.checked} mutants of {len(seeds)} seeds checked, "
              f"{run.accepted} accepted, {len(run.failures)} crashed or hung")
    if not run.failures:
        return
    saved = save_regressions(run, REGRESSIONS_DIR)
    lines = [describe_failure(f) for f in run.failures[:20]]
    stopped = f" (stopped after {MAX_FAILURES} failures)" if len(run.failures) >= MAX_FAILURES else ""
    pytest.fail(f"{len(run.failures)} of {run.checked} mutants crashed or hung the compiler{stopped}, "
                f"base seed {base_seed}; saved {len(saved)} new regressions under {REGRESSIONS_DIR}:\n  "
                + "\n  ".join(lines))


def fake_compiler(argv: list[str]) -> int:
    """A stand-in for `rustlet.cli.main` that misbehaves on request, to test the fuzzing machinery."""
    text = Path(argv[-1]).read_text(encoding="utf-8")
    if "hang" in text:
        while True:
            pass
    if "boom" in text:
        raise RuntimeError("boom at offset 1234")
    if "ice" in text:
        print("error: internal compiler error: KeyError: 'x'\nnote: while compiling f.rl (stage typeck)",
              file=sys.stderr)
        return 101
    print("error: expected item", file=sys.stderr)
    return 1


def test_worker_reports_errors_crashes_and_hangs(tmp_path: Path, compiler: CompileServer) -> None:
    worker = Worker(compiler, tmp_path, entry=f"{__name__}:fake_compiler")
    cases = {"fine": True, "hang": False, "boom": False, "ice": False, "fine again": True}
    outcomes = {}
    for text in cases:
        source = tmp_path / f"{text.replace(' ', '_')}.rl"
        source.write_text(text, encoding="utf-8")
        # Generous bounds (a job imports this test module first) except for the job that hangs.
        outcomes[text] = worker.run(["check", str(source)], timeout=3 if text == "hang" else 120)
    assert {text: outcome.ok for text, outcome in outcomes.items()} == cases
    assert outcomes["fine"].status == 1 and "expected item" in outcomes["fine"].output
    assert outcomes["hang"].signature() == "timeout"
    assert outcomes["boom"].status == CRASH_STATUS and outcomes["boom"].signature() == "RuntimeError: boom at offset N"
    assert outcomes["ice"].signature() == "error: internal compiler error: KeyError: 'x' (stage typeck)"


def test_regressions_are_saved_once_per_signature(tmp_path: Path) -> None:
    seeds, _ = seed_files()
    run = FuzzRun("1", 3)
    crash = Outcome(101, "error: internal compiler error: IndexError: list index out of range\n")
    for index in range(3):
        run.failures.append(Failure(make_mutant("1", index, seeds), crash, seed_crashes_too=False))
    run.failures.append(Failure(make_mutant("1", 3, seeds), Outcome(TIMEOUT_STATUS, ""), seed_crashes_too=True))
    saved = save_regressions(run, tmp_path)
    assert len(saved) == 1 and saved[0].read_text(encoding="utf-8") == run.failures[0].mutant.source
    info = saved[0].with_suffix(".info").read_text(encoding="utf-8")
    assert "seed: 1:0\n" in info and "signature: error: internal compiler error: IndexError" in info
    assert save_regressions(run, tmp_path) == []


REGRESSIONS = sorted(REGRESSIONS_DIR.glob("*.rl")) if REGRESSIONS_DIR.is_dir() else []


@pytest.mark.parametrize("source", [pytest.param(p, id=p.name) for p in REGRESSIONS])
def test_saved_regression(source: Path, tmp_path: Path) -> None:
    info_path = source.with_suffix(".info")
    info = info_path.read_text(encoding="utf-8") if info_path.exists() else ""
    build = "\ncommand: build\n" in info
    argv = compile_argv(source, build)
    if build:
        argv[argv.index("-o") + 1] = str(tmp_path / "main")
    try:
        result = subprocess.run([sys.executable, "-m", "rustlet", *argv], cwd=tmp_path, capture_output=True,
                                text=True, timeout=BUILD_TIMEOUT_SECONDS if build else CHECK_TIMEOUT_SECONDS,
                                env=dict(os.environ, PYTHONPATH=str(REPO_ROOT), NO_COLOR="1"))
    except subprocess.TimeoutExpired:
        pytest.fail(f"{source.name}: the compiler still hangs")
    outcome = Outcome(result.returncode, result.stdout + result.stderr)
    assert outcome.ok, f"{source.name}: status {result.returncode}\n{result.stderr[-3000:]}"
