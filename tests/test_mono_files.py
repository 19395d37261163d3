"""Monomorphization instance sets: `tests/mono/**/*.rl` with inline expectations.

In the spirit of rustc's codegen-units tests, a case is a small program whose
comments list the mono items (instances) the collector must produce, as printed
by `rustlet build --emit=mono-items FILE`:

    //~ MONO_ITEM fn main::id::<i32>          this item is collected (once per line:
                                              two identical lines expect two items)
    //~ MONO_ITEM drop-glue Holder
    //~ NO_MONO_ITEM fn main::unused          no item with exactly this text

An item's text is an output line up to its location (` @ FILE:LINE:COL`) and
requester (` (from …)`), i.e. `KIND NAME`: `fn main::get::<f64>`,
`fmt-glue <Point as Debug>`, `drop-glue Holder`.

The check is exact for the user crate: the multiset of collected user items must
equal the multiset of MONO_ITEM annotations on user items.  A user item is a `fn`
whose path starts with `main::`, or an item of any other kind (glue) whose type is
declared in the case file (`struct`/`enum` names, read from the source).  Items of
the standard library (`fn std::…`, glue for primitive or std types) are not
checked unless annotated: an annotated std item must be among the collected items.

Known failures: `tests/known_failures.toml`, table `[mono]`, ids "mono/<path>",
strict xfail as everywhere.
"""
from __future__ import annotations

import re
import subprocess
import tomllib
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import pytest

from rustlet.server import CompileServer

TESTS_DIR = Path(__file__).resolve().parent
REPO_ROOT = TESTS_DIR.parent
MONO_DIR = TESTS_DIR / "mono"
KNOWN_FAILURES_FILE = TESTS_DIR / "known_failures.toml"
BUILD_TIMEOUT_SECONDS = 300  # only stops a hung compiler

ANNOTATION_RE = re.compile(r"//~\s*(?P<kind>MONO_ITEM|NO_MONO_ITEM)\s+(?P<item>.+?)\s*$")
TYPE_DECL_RE = re.compile(r"^\s*(?:pub\s+)?(?:struct|enum)\s+(?P<name>[A-Za-z_][A-Za-z0-9_]*)", re.MULTILINE)
LOCATION_RE = re.compile(r" @ .*$| \(from .*\)$")


@dataclass(frozen=True, slots=True)
class MonoCase:
    test_id: str  # "mono/<path>", the key in known_failures.toml [mono]
    source: Path
    expected: Counter[str]
    absent: frozenset[str]
    user_types: frozenset[str]


def parse_case(source: Path) -> MonoCase:
    text = source.read_text(encoding="utf-8")
    expected: Counter[str] = Counter()
    absent: set[str] = set()
    for line in text.splitlines():
        m = ANNOTATION_RE.search(line)
        if m is None:
            continue
        if m["kind"] == "MONO_ITEM":
            expected[m["item"]] += 1
        else:
            absent.add(m["item"])
    user_types = frozenset(m["name"] for m in TYPE_DECL_RE.finditer(text))
    return MonoCase("mono/" + source.relative_to(MONO_DIR).as_posix(), source, expected, frozenset(absent), user_types)


def item_text(line: str) -> str:
    """`KIND NAME` of one --emit=mono-items line (location and requester dropped)."""
    previous = None
    while previous != line:
        previous, line = line, LOCATION_RE.sub("", line)
    return line.strip()


def is_user_item(item: str, user_types: frozenset[str]) -> bool:
    kind, _, name = item.partition(" ")
    if kind == "fn":  # `main::f`, or a method of a user impl: `<main::P as …>::m`, `<u8 as main::Tr>::m`
        return name.startswith(("main::", "<main::")) or re.match(r"<[^<>]* as main::", name) is not None
    head = re.match(r"<?&?(?:mut )?(?:main::)?([A-Za-z_][A-Za-z0-9_]*)", name)
    return head is not None and head.group(1) in user_types


def collected_items(compiler: CompileServer, source: Path) -> list[str]:
    """`rustlet build --emit=mono-items`, on conftest's warm compile server."""
    command = ["build", "--emit=mono-items", str(source)]
    try:
        result = compiler.run(command, REPO_ROOT, BUILD_TIMEOUT_SECONDS)
    except subprocess.TimeoutExpired:
        pytest.fail(f"timed out after {BUILD_TIMEOUT_SECONDS} s: {' '.join(command)}")
    if result.returncode != 0:
        pytest.fail(f"{' '.join(command)} failed with status {result.returncode}:\n{result.stderr}")
    return [item_text(line) for line in result.stdout.splitlines() if line.strip()]


def load_known_failures() -> dict[str, str]:
    if not KNOWN_FAILURES_FILE.exists():
        return {}
    with KNOWN_FAILURES_FILE.open("rb") as f:
        table = tomllib.load(f).get("mono", {})
    return {str(test_id): str(reason) for test_id, reason in table.items()}


CASES = [parse_case(p) for p in sorted(MONO_DIR.rglob("*.rl"))]
KNOWN_FAILURES = load_known_failures()


def case_params() -> list[object]:
    params = []
    for case in CASES:
        marks = []
        if case.test_id in KNOWN_FAILURES:
            marks.append(pytest.mark.xfail(reason=KNOWN_FAILURES[case.test_id], strict=True))
        params.append(pytest.param(case, id=case.test_id, marks=marks))
    return params


@pytest.mark.parametrize("case", case_params())
def test_mono_items(case: MonoCase, compiler: CompileServer) -> None:
    items = collected_items(compiler, case.source)
    got = Counter(item for item in items if is_user_item(item, case.user_types))
    want = Counter({item: n for item, n in case.expected.items() if is_user_item(item, case.user_types)})
    problems = []
    for item in sorted(set(got) | set(want)):
        if got[item] != want[item]:
            problems.append(f"  {item}: expected {want[item]}, collected {got[item]}")
    all_items = Counter(items)
    for item, n in sorted(case.expected.items()):
        if not is_user_item(item, case.user_types) and all_items[item] < n:
            problems.append(f"  {item} (std): expected {n}, collected {all_items[item]}")
    for item in sorted(case.absent):
        if all_items[item]:
            problems.append(f"  {item}: annotated NO_MONO_ITEM but collected")
    if problems:
        pytest.fail(f"{case.test_id}: instance set differs\n" + "\n".join(problems)
                    + "\n--- collected ---\n" + "\n".join(items))


def test_cases_are_annotated() -> None:
    assert len(CASES) >= 10, f"only {len(CASES)} mono cases"
    bare = [case.test_id for case in CASES if not case.expected]
    assert not bare, f"mono cases without MONO_ITEM annotations: {bare}"


def test_known_failures_name_existing_cases() -> None:
    stale = sorted(set(KNOWN_FAILURES) - {case.test_id for case in CASES})
    assert not stale, f"known_failures.toml [mono] lists cases that do not exist: {stale}"


def test_item_reader() -> None:
    """The reader drops location and requester, and classifies user vs std items."""
    line = "fn main::get::<i32> @ /x/a.rl:4:9 (from fn main::main)"
    assert item_text(line) == "fn main::get::<i32>"
    assert item_text("drop-glue Noisy (from drop-glue Holder)") == "drop-glue Noisy"
    users = frozenset({"Holder", "Point"})
    assert is_user_item("fn main::main", users)
    assert not is_user_item("fn std::mem::replace::<i32>", users)
    assert is_user_item("drop-glue Holder", users)
    assert is_user_item("fmt-glue <Point as Debug>", users)
    assert not is_user_item("fmt-glue <i32 as Display>", users)
