"""UI suite in rustc's compiletest conventions: `tests/ui/**/*.rl`, one small program each.

Directives sit in the leading comment lines of a case:

    //@ check-pass          `rustlet check` must succeed
    //@ build-pass          `rustlet build` must succeed
    //@ run-pass            build, run, exit status 0
    //@ run-fail            build, run, exit status 101 (a panic)
    //@ compile-flags: -O   extra arguments for rustlet (and for rustc in the oracle check)
    (none)                  compile-fail: `rustlet check` must exit 1 with errors

Annotations anywhere in the file say which diagnostics must be reported where:

    x = 1; //~ ERROR E0384          an error with code E0384 on this line
    //~^ ERROR mismatched types     an error on the line above whose message contains the text
    //~^^ WARN unreachable          each `^` goes one more line up
    //~| ERROR E0502                the same line as the previous annotation
    //~? ERROR E0601                an error reported on any line (or none)

The text after the kind is an error code (`E` and four digits: compared with the
code) or else a fragment of the message.  Kinds: ERROR, WARN, NOTE, HELP.  Matching
is exhaustive, as compiletest's: every annotation must match a reported diagnostic,
and every reported error must be annotated; warnings, notes and helps are only held
to that when the case annotates at least one of that kind.  A line annotation only
matches a diagnostic located in the case's own file (an error in the standard
library or a helper module is always "not annotated").  A `.rl` file whose first
line is `// not-a-test` is a helper (`mod name;`) and not a case.

Diagnostics are read from rustc-format output: a column-0 header
`error[E0382]: message` / `warning: message` / `note: message`, the primary location
from the next ` --> file:LINE:COL` line, and `= note: …` / `= help: …` lines as
children on their parent's line.  The short form `file:LINE:COL: error[E0382]: msg`
is accepted as well.

Besides the annotations, each case has a golden `X.stderr` beside it: the full
stderr with the case's directory written `$DIR`.  A missing golden means "stderr is
empty", so a failing case without one fails with a diff; `--bless` (conftest; else
`RUSTLET_BLESS=1`) rewrites the goldens (and deletes ones that became empty).

`test_ui_matches_rustc` validates the cases themselves (in the full run; `--quick`
skips it and `test_rendered_reader_on_rustc_output`): rustc (`--edition 2021`,
JSON diagnostics) must accept the pass cases and reject the compile-fail cases with
exactly the annotated diagnostics, by the same matching rules.  It is skipped with
the reason shown when rustc is not installed.

rustlet runs on conftest's warm compile server (`compiler`, rustlet/server.py), which
behaves as `python -m rustlet` does, at a fraction of the cost.

Known failures are listed in `tests/known_failures.toml` under `[ui]` with ids
"ui/<path>"; those rustlet tests are xfail(strict=True).
"""

from __future__ import annotations

import difflib
import json
import os
import re
import shutil
import subprocess
import tomllib
from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path

import pytest

from rustlet.server import CompileServer

TESTS_DIR = Path(__file__).resolve().parent
REPO_ROOT = TESTS_DIR.parent
UI_DIR = TESTS_DIR / "ui"
KNOWN_FAILURES_FILE = TESTS_DIR / "known_failures.toml"

HELPER_MARKER = "// not-a-test"
# Bounds that only stop a hung compiler or program; nothing is timed.
COMPILE_TIMEOUT_SECONDS = 300
RUN_TIMEOUT_SECONDS = 10
PANIC_EXIT_STATUS = 101


class Mode(Enum):
    COMPILE_FAIL = "compile-fail"
    CHECK_PASS = "check-pass"
    BUILD_PASS = "build-pass"
    RUN_PASS = "run-pass"
    RUN_FAIL = "run-fail"


class Kind(Enum):
    ERROR = "error"
    WARN = "warning"
    NOTE = "note"
    HELP = "help"


ANNOTATION_KINDS = {"ERROR": Kind.ERROR, "WARN": Kind.WARN, "WARNING": Kind.WARN, "NOTE": Kind.NOTE, "HELP": Kind.HELP}
CODE_RE = re.compile(r"E\d{4}")
ANNOTATION_RE = re.compile(
    r"//~(?P<adjust>\^+|\||\?)?\s*(?P<kind>ERROR|WARNING|WARN|NOTE|HELP)\b:?\s*(?P<text>.*?)\s*$")
DIRECTIVE_RE = re.compile(r"^\s*//@\s*(?P<name>[\w-]+)\s*(?::\s*(?P<value>.*?))?\s*$")


@dataclass(frozen=True, slots=True)
class Annotation:
    kind: Kind
    line: int | None  # None: `//~?`, any line
    text: str  # an error code, or a message fragment (may be empty: any message)

    def matches(self, diagnostic: "Reported", file_name: str) -> bool:
        if diagnostic.kind is not self.kind:
            return False
        if self.line is not None and (diagnostic.line != self.line or diagnostic.file_name != file_name):
            return False
        if CODE_RE.fullmatch(self.text):
            return diagnostic.code == self.text
        return self.text in diagnostic.message

    def __str__(self) -> str:
        where = "any line" if self.line is None else f"line {self.line}"
        return f"{self.kind.name} {self.text!r} on {where}"


@dataclass(frozen=True, slots=True)
class Reported:
    """One diagnostic as a compiler printed it (children count as their own entries)."""

    kind: Kind
    code: str | None
    message: str
    line: int | None
    file_name: str | None = None  # base name of the file the line is in

    def __str__(self) -> str:
        code = f"[{self.code}]" if self.code else ""
        where = f"{self.file_name}:{self.line}" if self.file_name else f"line {self.line}"
        return f"{self.kind.value}{code}: {self.message} ({where})"


@dataclass(slots=True)
class UiCase:
    test_id: str  # "ui/<path under tests/ui>"
    source: Path
    mode: Mode
    compile_flags: list[str]
    annotations: list[Annotation] = field(default_factory=list)

    @property
    def golden(self) -> Path:
        return self.source.with_suffix(".stderr")


# ---------------------------------------------------------------------------
# Reading cases


def parse_case(source: Path) -> UiCase:
    text = source.read_text(encoding="utf-8")
    mode = Mode.COMPILE_FAIL
    flags: list[str] = []
    lines = text.splitlines()
    # Directives: only in the comment block that opens the file, as compiletest's header.
    for line in lines:
        stripped = line.strip()
        if stripped and not stripped.startswith("//"):
            break
        directive = DIRECTIVE_RE.match(line)
        if directive is None:
            continue
        name, value = directive["name"], directive["value"]
        if name in {m.value for m in Mode}:
            mode = Mode(name)
        elif name == "compile-flags" and value:
            flags.extend(value.split())
        else:
            raise ValueError(f"{source}: unknown directive `//@ {name}`")
    annotations: list[Annotation] = []
    previous_line: int | None = None
    for number, line in enumerate(lines, start=1):
        found = ANNOTATION_RE.search(line)
        if found is None:
            continue
        adjust = found["adjust"] or ""
        target: int | None
        if adjust == "|":
            if previous_line is None:
                raise ValueError(f"{source}:{number}: `//~|` without a previous annotation")
            target = previous_line
        elif adjust == "?":
            target = None
        else:
            target = number - len(adjust)
        annotations.append(Annotation(ANNOTATION_KINDS[found["kind"]], target, found["text"]))
        previous_line = target
    relative = source.relative_to(UI_DIR).as_posix()
    return UiCase("ui/" + relative, source, mode, flags, annotations)


def is_helper_file(path: Path) -> bool:
    with path.open(encoding="utf-8") as f:
        return f.readline().rstrip("\r\n") == HELPER_MARKER


def collect_cases() -> list[UiCase]:
    return [parse_case(p) for p in sorted(UI_DIR.rglob("*.rl")) if not is_helper_file(p)]


def load_known_failures() -> dict[str, str]:
    """The `[ui]` table of known_failures.toml (the top level belongs to run-pass)."""
    if not KNOWN_FAILURES_FILE.exists():
        return {}
    with KNOWN_FAILURES_FILE.open("rb") as f:
        table = tomllib.load(f).get("ui", {})
    return {str(test_id): str(reason) for test_id, reason in table.items()}


# ---------------------------------------------------------------------------
# Reading diagnostics

HEADER_RE = re.compile(r"^(?P<level>error|warning|note|help)(?:\[(?P<code>E\d{4})\])?: (?P<message>.*)$")
SHORT_RE = re.compile(r"^(?P<path>[^\s:][^:]*):(?P<line>\d+):(?P<col>\d+): "
                      r"(?P<level>error|warning|note|help)(?:\[(?P<code>E\d{4})\])?: (?P<message>.*)$")
LOCATION_RE = re.compile(r"^\s*--> (?P<path>.*):(?P<line>\d+):(?P<col>\d+)\s*$")
CHILD_RE = re.compile(r"^\s*= (?P<level>note|help): (?P<message>.*)$")
# Closing summaries that are not diagnostics of the program.
SUMMARY_RE = re.compile(r"^(aborting due to|\d+ warnings? emitted|could not compile|"
                        r"For more information about|Some errors have detailed)")
LEVELS = {"error": Kind.ERROR, "warning": Kind.WARN, "note": Kind.NOTE, "help": Kind.HELP}


def parse_rendered(stderr: str) -> list[Reported]:
    """Diagnostics from rustc-format text (human or short form)."""
    reported: list[Reported] = []
    lines = stderr.splitlines()
    parent_line: int | None = None
    parent_file: str | None = None
    for index, line in enumerate(lines):
        short = SHORT_RE.match(line)
        if short is not None:
            parent_line, parent_file = int(short["line"]), Path(short["path"]).name
            reported.append(Reported(LEVELS[short["level"]], short["code"], short["message"], parent_line,
                                     parent_file))
            continue
        header = HEADER_RE.match(line)
        if header is not None:
            if SUMMARY_RE.match(header["message"]):
                continue
            # The primary location, when there is one, is the line right after the header.
            location = LOCATION_RE.match(lines[index + 1]) if index + 1 < len(lines) else None
            location_line = int(location["line"]) if location is not None else None
            location_file = Path(location["path"]).name if location is not None else None
            kind = LEVELS[header["level"]]
            if kind in (Kind.ERROR, Kind.WARN):
                parent_line, parent_file = location_line, location_file
            elif location_line is None:  # a spanless note/help belongs to its parent
                location_line, location_file = parent_line, parent_file
            reported.append(Reported(kind, header["code"], header["message"], location_line, location_file))
            continue
        child = CHILD_RE.match(line)
        if child is not None:
            reported.append(Reported(LEVELS[child["level"]], None, child["message"], parent_line, parent_file))
    return reported


def parse_rustc_json(stderr: str) -> list[Reported]:
    """Diagnostics from `rustc --error-format=json`; children get their own primary line or the parent's."""
    reported: list[Reported] = []
    for raw in stderr.splitlines():
        if not raw.startswith("{"):
            continue
        item = json.loads(raw)
        if item.get("$message_type") != "diagnostic" or item["level"] not in ("error", "warning"):
            continue
        if SUMMARY_RE.match(item["message"]):
            continue
        code = (item.get("code") or {}).get("code")
        line, file_name = _primary_location(item, (None, None))
        reported.append(Reported(LEVELS[item["level"]], code if code and CODE_RE.fullmatch(code) else None,
                                 item["message"], line, file_name))
        for child in item.get("children", []):
            if child["level"] in ("note", "help"):
                reported.append(Reported(LEVELS[child["level"]], None, child["message"],
                                         *_primary_location(child, (line, file_name))))
    return reported


def _primary_location(item: dict[str, object], default: tuple[int | None, str | None]) -> tuple[int | None, str | None]:
    spans = item.get("spans") or []
    assert isinstance(spans, list)
    for span in spans:
        if span.get("is_primary"):
            return int(span["line_start"]), Path(span["file_name"]).name
    return default


def match_annotations(case: UiCase, reported: list[Reported]) -> list[str]:
    """Problems between the annotations and the diagnostics, compiletest's rules; [] when they agree."""
    problems = []
    unmatched = list(reported)
    for annotation in case.annotations:
        for candidate in unmatched:
            if annotation.matches(candidate, case.source.name):
                unmatched.remove(candidate)
                break
        else:
            problems.append(f"expected but not reported: {annotation}")
    checked_kinds = {Kind.ERROR} | {a.kind for a in case.annotations}
    for diagnostic in unmatched:
        if diagnostic.kind in checked_kinds:
            problems.append(f"reported but not annotated: {diagnostic}")
    return problems


def normalize(stderr: str, case: UiCase) -> str:
    """Make output independent of where the checkout lives."""
    text = stderr.replace(str(case.source.parent) + os.sep, "$DIR/")
    return text.replace(str(REPO_ROOT) + os.sep, "$REPO/")


# ---------------------------------------------------------------------------
# Running compilers


COMPILE_ENV = dict(os.environ, NO_COLOR="1", RUST_BACKTRACE="0")


def run_command(command: list[str], timeout: int, what: str) -> subprocess.CompletedProcess[str]:
    try:
        return subprocess.run(command, cwd=REPO_ROOT, capture_output=True, text=True, timeout=timeout,
                              env=COMPILE_ENV)
    except subprocess.TimeoutExpired:
        pytest.fail(f"{what} timed out after {timeout} s: {' '.join(command)}")


def run_binary(binary: Path) -> subprocess.CompletedProcess[str]:
    try:
        return subprocess.run([str(binary)], capture_output=True, text=True, timeout=RUN_TIMEOUT_SECONDS)
    except subprocess.TimeoutExpired:
        pytest.fail(f"{binary.name} did not finish within {RUN_TIMEOUT_SECONDS} s")


def check_run_status(case: UiCase, result: subprocess.CompletedProcess[str], who: str) -> None:
    expected = PANIC_EXIT_STATUS if case.mode is Mode.RUN_FAIL else 0
    if result.returncode != expected:
        pytest.fail(f"{who} binary exited with {result.returncode}, expected {expected}\n"
                    f"--- stdout ---\n{result.stdout}--- stderr ---\n{result.stderr}")


def describe(result: subprocess.CompletedProcess[str]) -> str:
    return f"exit status {result.returncode}\n--- stderr ---\n{result.stderr}"


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


@pytest.fixture
def bless_goldens(request: pytest.FixtureRequest) -> bool:
    """conftest's `--bless`, else RUSTLET_BLESS=1."""
    try:
        return bool(request.getfixturevalue("bless"))
    except pytest.FixtureLookupError:
        return os.environ.get("RUSTLET_BLESS") == "1"


@pytest.fixture
def rustc(request: pytest.FixtureRequest) -> Path | None:
    """conftest's `rustc_path`, else rustc from PATH or ~/.cargo/bin."""
    try:
        found = request.getfixturevalue("rustc_path")
        return None if found is None else Path(found)
    except pytest.FixtureLookupError:
        on_path = shutil.which("rustc")
        if on_path:
            return Path(on_path)
        home = Path.home() / ".cargo" / "bin" / "rustc"
        return home if home.exists() else None


@pytest.mark.parametrize("case", rustlet_params())
def test_ui(case: UiCase, tmp_path: Path, bless_goldens: bool, compiler: CompileServer) -> None:
    if case.mode in (Mode.COMPILE_FAIL, Mode.CHECK_PASS):
        argv = ["check", str(case.source), *case.compile_flags]
    else:
        argv = ["build", str(case.source), "-o", str(tmp_path / "main"), *case.compile_flags]
    try:
        result = compiler.run(argv, REPO_ROOT, COMPILE_TIMEOUT_SECONDS, env=COMPILE_ENV)
    except subprocess.TimeoutExpired:
        pytest.fail(f"rustlet timed out after {COMPILE_TIMEOUT_SECONDS} s: rustlet {' '.join(argv)}")

    if result.returncode == PANIC_EXIT_STATUS or "Traceback (most recent call last)" in result.stderr:
        pytest.fail(f"internal compiler error: {describe(result)}")
    if case.mode is Mode.COMPILE_FAIL:
        if result.returncode != 1:
            pytest.fail(f"expected compile errors (exit status 1), got {describe(result)}")
    elif result.returncode != 0:
        pytest.fail(f"expected `{case.mode.value}`, compilation failed: {describe(result)}")

    problems = match_annotations(case, parse_rendered(result.stderr))
    if problems:
        pytest.fail("diagnostics do not match the annotations:\n  " + "\n  ".join(problems)
                    + f"\n--- stderr ---\n{result.stderr}")

    actual = normalize(result.stderr, case)
    expected = case.golden.read_text(encoding="utf-8") if case.golden.exists() else ""
    if actual != expected:
        if bless_goldens:
            if actual:
                case.golden.write_text(actual, encoding="utf-8")
            else:
                case.golden.unlink()
        else:
            diff = "".join(difflib.unified_diff(expected.splitlines(True), actual.splitlines(True),
                                                str(case.golden.name), "actual stderr"))
            pytest.fail(f"stderr differs from {case.golden.name} (run with --bless to accept):\n{diff}")

    if case.mode in (Mode.RUN_PASS, Mode.RUN_FAIL):
        check_run_status(case, run_binary(tmp_path / "main"), "rustlet")


@pytest.mark.parametrize("case", [pytest.param(c, id=c.test_id) for c in CASES])
def test_ui_matches_rustc(case: UiCase, tmp_path: Path, rustc: Path | None, quick: bool) -> None:
    """The annotations are what rustc reports: the oracle validates every case."""
    if rustc is None:
        pytest.skip("rustc not found (PATH or ~/.cargo/bin): UI annotations not validated against the oracle")
    if quick:
        pytest.skip("--quick: the cases are validated against rustc in the full run")
    base = [str(rustc), "--edition", "2021", "--error-format=json", "--crate-name", "main", *case.compile_flags]
    if case.mode in (Mode.COMPILE_FAIL, Mode.CHECK_PASS):
        command = [*base, "--emit=metadata", "-o", str(tmp_path / "main.rmeta"), str(case.source)]
    else:
        command = [*base, "-o", str(tmp_path / "main"), str(case.source)]
    result = run_command(command, COMPILE_TIMEOUT_SECONDS, "rustc")
    if "internal compiler error" in result.stderr:
        pytest.fail(f"rustc crashed: {result.stderr}")
    if case.mode is Mode.COMPILE_FAIL:
        assert result.returncode != 0, "rustc accepts this compile-fail case"
        assert any(a.kind is Kind.ERROR for a in case.annotations), "a compile-fail case needs an ERROR annotation"
    else:
        assert result.returncode == 0, f"rustc rejects this `{case.mode.value}` case:\n{result.stderr}"
    problems = match_annotations(case, parse_rustc_json(result.stderr))
    assert not problems, "rustc's diagnostics do not match the annotations:\n  " + "\n  ".join(problems)
    if case.mode in (Mode.RUN_PASS, Mode.RUN_FAIL):
        check_run_status(case, run_binary(tmp_path / "main"), "rustc")


@pytest.mark.parametrize("case", [pytest.param(c, id=c.test_id) for c in CASES if c.mode is Mode.COMPILE_FAIL
                                    or any(a.kind is not Kind.ERROR for a in c.annotations)])
def test_rendered_reader_on_rustc_output(case: UiCase, tmp_path: Path, rustc: Path | None, quick: bool) -> None:
    """The reader of rendered diagnostics (used on rustlet's output) understands rustc's own."""
    if rustc is None:
        pytest.skip("rustc not found (PATH or ~/.cargo/bin): the diagnostics reader is not validated")
    if quick:
        pytest.skip("--quick: the reader is validated on rustc's output in the full run")
    command = [str(rustc), "--edition", "2021", "--error-format=human", "--crate-name", "main",
               *case.compile_flags, "--emit=metadata", "-o", str(tmp_path / "main.rmeta"), str(case.source)]
    result = run_command(command, COMPILE_TIMEOUT_SECONDS, "rustc")
    problems = match_annotations(case, parse_rendered(result.stderr))
    assert not problems, "reading rustc's rendered output:\n  " + "\n  ".join(problems) + "\n" + result.stderr


def test_known_ui_failures_name_existing_cases() -> None:
    ids = {case.test_id for case in CASES}
    stale = sorted(set(KNOWN_FAILURES) - ids)
    assert not stale, f"known_failures.toml [ui] lists cases that do not exist: {stale}"


def test_annotation_parsing() -> None:
    """The harness's own reading of annotations and of rendered diagnostics."""
    source = UI_DIR / "example.rl"
    case = UiCase("ui/example.rl", source, Mode.COMPILE_FAIL, [])
    rendered = (
        "error[E0382]: borrow of moved value: `v`\n"
        " --> $DIR/example.rl:4:20\n"
        "  |\n"
        "4 |     v;\n"
        "  = note: move occurs because `v` has type `Vec<i32>`\n"
        "\n"
        "warning: unreachable pattern\n"
        " --> $DIR/example.rl:7:9\n"
        "error: aborting due to 1 previous error; 1 warning emitted\n"
        "main.rl:9:1: error: expected one of `;` or `}`, found `x`\n"
    )
    reported = parse_rendered(rendered)
    assert [(r.kind, r.code, r.line, r.file_name) for r in reported] == [
        (Kind.ERROR, "E0382", 4, "example.rl"), (Kind.NOTE, None, 4, "example.rl"),
        (Kind.WARN, None, 7, "example.rl"), (Kind.ERROR, None, 9, "main.rl")]
    case.annotations = [Annotation(Kind.ERROR, 4, "E0382"), Annotation(Kind.ERROR, None, "expected one of")]
    assert match_annotations(case, reported) == []
    case.annotations = [Annotation(Kind.ERROR, 4, "E0382"), Annotation(Kind.WARN, 7, "unreachable"),
                        Annotation(Kind.ERROR, 9, "expected one of")]
    # The error on line 9 is in another file: it cannot satisfy an annotation of this one.
    assert match_annotations(case, reported) == [
        "expected but not reported: ERROR 'expected one of' on line 9",
        "reported but not annotated: error: expected one of `;` or `}`, found `x` (main.rl:9)"]
