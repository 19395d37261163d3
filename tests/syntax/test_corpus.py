"""Every `.rl` file of the shared conformance suite and benchmarks parses (a project
requirement: `rustlet build --emit=ast F` exits 0 for all of them, compile-fail ones
included), and so does every run-pass program of this repository."""
from __future__ import annotations

from pathlib import Path

import pytest

from rustlet import ast
from rustlet.source import SourceMap
from rustlet.syntax import parse_crate

REPO_ROOT = Path(__file__).resolve().parents[2]
SHARED = REPO_ROOT.parent / "shared"
SHARED_FILES = sorted(p for d in ("conformance", "bench") for p in (SHARED / d).rglob("*.rl")) if SHARED.is_dir() else []
RUN_PASS_FILES = sorted(p for p in (REPO_ROOT / "tests" / "run-pass").rglob("*.rl")
                        if not p.read_text(encoding="utf-8").startswith("// not-a-test"))


@pytest.mark.skipif(not SHARED.is_dir(), reason=f"shared test programs not found at {SHARED}")
@pytest.mark.parametrize("path", SHARED_FILES, ids=lambda p: str(p.relative_to(SHARED)))
def test_shared_program_parses(path: Path) -> None:
    crate = parse_crate(SourceMap(), str(path), "main")
    assert isinstance(crate, ast.Crate) and crate.items
    assert ast.dump(crate)


@pytest.mark.parametrize("path", RUN_PASS_FILES, ids=lambda p: str(p.relative_to(REPO_ROOT / "tests")))
def test_run_pass_program_parses(path: Path) -> None:
    crate = parse_crate(SourceMap(), str(path), "main")
    assert any(isinstance(item, ast.FnDecl) and item.name == "main" for item in crate.items)


def test_shared_corpus_is_present_when_the_checkout_has_it() -> None:
    if SHARED.is_dir():
        assert len(SHARED_FILES) > 100
