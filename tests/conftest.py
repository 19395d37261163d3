"""Shared pytest options and fixtures.

    --quick   smaller loads (tests read `request.config.getoption("quick")`)
    --bless   rewrite golden files instead of comparing against them
    rustc_path  session fixture: the rustc oracle, or None when it is not installed
"""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--quick", action="store_true", default=False,
                     help="run smaller loads (fewer random cases, fewer programs)")
    parser.addoption("--bless", action="store_true", default=False,
                     help="rewrite golden files from the current output")


@pytest.fixture(scope="session")
def rustc_path() -> Path | None:
    """rustc from PATH or ~/.cargo/bin, used as the behavioural oracle."""
    found = shutil.which("rustc")
    if found:
        return Path(found)
    cargo = Path.home() / ".cargo" / "bin" / "rustc"
    return cargo if cargo.exists() else None


@pytest.fixture(scope="session")
def quick(request: pytest.FixtureRequest) -> bool:
    return bool(request.config.getoption("quick"))


@pytest.fixture(scope="session")
def bless(request: pytest.FixtureRequest) -> bool:
    return bool(request.config.getoption("bless"))
