"""The on-disk LALR table cache (rustlet/syntax/tables.py)."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from sly.yacc import LRTable

from rustlet.syntax import tables
from rustlet.syntax.parser import RustParser

REPO_ROOT = Path(__file__).resolve().parents[2]


def make_parser(rule: str) -> type:
    """A tiny grammar built through CachedParser; `rule` varies the grammar."""

    class Tiny(tables.CachedParser):
        tokens = {"NUM", "PLUS", "STAR"}
        precedence = (("left", "PLUS"), ("left", "STAR"))
        start = "e"

        @_(rule, "e STAR e")  # noqa: F821
        def e(self, p):
            return p[0]

        @_("NUM")  # noqa: F821
        def e(self, p):  # noqa: F811
            return p[0]

    return Tiny


def test_the_rust_grammar_has_only_the_declared_conflicts() -> None:
    table = RustParser._lrtable
    assert len(table.sr_conflicts) == RustParser.expected_shift_reduce
    assert len(table.rr_conflicts) == 0


def test_tables_are_saved_then_loaded(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    first = make_parser("e PLUS e")
    files = list((tmp_path / "rustlet").glob("parser-Tiny-*.marshal"))
    assert len(files) == 1 and isinstance(first._lrtable, LRTable)

    def fail(*args: object) -> None:
        raise AssertionError("tables rebuilt although cached")

    monkeypatch.setattr(tables, "LRTable", fail)
    second = make_parser("e PLUS e")
    assert isinstance(second._lrtable, tables.CachedTables)
    assert second._lrtable.lr_action == first._lrtable.lr_action
    assert second.table_key == first.table_key


def test_a_grammar_change_changes_the_key(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    one = make_parser("e PLUS e")
    other = make_parser("e PLUS NUM")
    assert one.table_key != other.table_key
    assert len(list((tmp_path / "rustlet").glob("parser-Tiny-*.marshal"))) == 2


def test_unwritable_cache_still_builds(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a directory")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocker))
    parser = make_parser("e PLUS e")
    assert isinstance(parser._lrtable, LRTable)


def test_corrupt_cache_file_is_ignored(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    parser = make_parser("e PLUS e")
    path = tmp_path / "rustlet" / f"parser-Tiny-{parser.table_key}.marshal"
    path.write_bytes(b"garbage")
    again = make_parser("e PLUS e")
    assert isinstance(again._lrtable, LRTable)


def test_cached_parser_parses_the_same(tmp_path: Path) -> None:
    """A fresh interpreter with a warm cache loads the Rust tables and parses."""
    code = ("from rustlet.syntax import parse_expr_for_tests, RustParser; from rustlet.syntax import tables;"
            "e = parse_expr_for_tests('1 + 2 * 3');"
            "print(type(RustParser._lrtable).__name__, type(e).__name__, e.op.value)")
    env = {"XDG_CACHE_HOME": str(tmp_path), "PATH": "/usr/bin:/bin", "PYTHONPATH": str(REPO_ROOT)}
    cold = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True)
    warm = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True)
    assert cold.stdout.split() == ["LRTable", "Binary", "+"]
    assert warm.stdout.split() == ["CachedTables", "Binary", "+"]
