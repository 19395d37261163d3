"""Shared pytest options and fixtures.

    --quick   smaller loads (tests read `request.config.getoption("quick")`)
    --bless   rewrite golden files instead of comparing against them
    rustc_path  session fixture: the rustc oracle, or None when it is not installed
    compiler    session fixture: a warm compile server (rustlet/server.py);
                `compiler.run(["build", F, "-o", OUT], cwd, timeout)` is
                `subprocess.run([python, "-m", "rustlet", ...], capture_output=True, text=True)`
                at a fraction of the cost (the compiler is imported and std prepared once)

`python3 build.py test` runs the suite on every core (pytest-xdist, `-n auto`): each
worker process has its own compile server, and tests write only under `tmp_path`.
"""
from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from rustlet.server import CompileServer


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
def compiler() -> Iterator[CompileServer]:
    with CompileServer() as server:
        yield server


@pytest.fixture(scope="session")
def quick(request: pytest.FixtureRequest) -> bool:
    return bool(request.config.getoption("quick"))


@pytest.fixture(scope="session")
def bless(request: pytest.FixtureRequest) -> bool:
    return bool(request.config.getoption("bless"))


def _unit_known_failures() -> dict[str, str]:
    """The `[unit]` table of known_failures.toml: pytest node ids of ordinary unit tests that
    are known to fail, with the reason (the file-based harnesses read their own tables)."""
    import tomllib

    path = Path(__file__).parent / "known_failures.toml"
    if not path.exists():
        return {}
    with path.open("rb") as f:
        return {str(k): str(v) for k, v in tomllib.load(f).get("unit", {}).items()}


# The longest tests (minutes each) start first, so that the run does not end with one
# worker busy on one of them while the others are idle.
LONGEST_FIRST = ("test_every_run_pass_program_type_checks", "test_generated_programs",
                 "test_mutants_never_crash_the_compiler")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    known = _unit_known_failures()
    for item in items:
        if item.nodeid in known:
            item.add_marker(pytest.mark.xfail(reason=known[item.nodeid], strict=True))
    order = {name: rank for rank, name in enumerate(LONGEST_FIRST)}
    items.sort(key=lambda item: order.get(getattr(item, "originalname", item.name), len(order)))
