#!/usr/bin/env python3
"""Set up a development environment for rustlet and run the demo or the tests.

    python3 build.py demo                build and run examples/hello.rl
    python3 build.py test [PYTEST ARGS]  run the whole test suite (e.g. --quick, -k name)

The tests run on every core (pytest-xdist `-n auto`, one test at a time handed to
whichever worker is free: `--maxschedchunk 1`); pass `-n 0` to run them in this process.

Both commands first make sure that:
  1. `.venv/` exists and holds rustlet installed in editable mode with its test extras
     (skipped when `.venv/.rustlet-setup` records the hash of the current
     pyproject.toml, so a second run starts at once);
  2. `clang` is on PATH (the backend links with it). As root, it is installed with
     apt-get; otherwise we say what to install and exit 1.

Standard library only: this script runs before any dependency is installed.
"""
from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
STAMP = VENV / ".rustlet-setup"
VENV_PYTHON = VENV / "bin" / "python"
VENV_RUSTLET = VENV / "bin" / "rustlet"


def run(command: list[str], **kwargs: object) -> None:
    print("+ " + " ".join(str(part) for part in command), flush=True)
    subprocess.run(command, check=True, **kwargs)  # type: ignore[arg-type]


def pyproject_hash() -> str:
    return hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest()


def ensure_venv() -> None:
    """Create .venv and install rustlet[test] into it unless the stamp is current."""
    wanted = pyproject_hash()
    if VENV_PYTHON.exists() and STAMP.exists() and STAMP.read_text().strip() == wanted:
        return
    if not VENV_PYTHON.exists():
        run([sys.executable, "-m", "venv", str(VENV)])
    run([str(VENV_PYTHON), "-m", "pip", "install", "--quiet", "-e", f"{ROOT}[test]"])
    STAMP.write_text(wanted + "\n")


def ensure_clang() -> None:
    """The backend compiles the C runtime and links with clang."""
    if shutil.which("clang"):
        return
    if os.geteuid() != 0 or not shutil.which("apt-get"):
        print(
            "error: clang is not installed; rustlet links executables with it.\n"
            "       install it with:  sudo apt-get install -y clang",
            file=sys.stderr,
        )
        sys.exit(1)
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    run(["apt-get", "update"], env=env)
    run(["apt-get", "install", "-y", "clang"], env=env)


def setup() -> None:
    ensure_venv()
    ensure_clang()


def demo() -> int:
    source = ROOT / "examples" / "hello.rl"
    output = ROOT / "hello"
    command = [str(VENV_RUSTLET), "build", str(source), "-o", str(output)]
    print("+ " + " ".join(command), flush=True)
    status = subprocess.run(command).returncode
    if status != 0:
        return status
    print(f"+ {output}", flush=True)
    return subprocess.run([str(output)]).returncode


def test(pytest_args: list[str]) -> int:
    chosen = any(arg.startswith(("-n", "--numprocesses")) for arg in pytest_args)
    parallel = [] if chosen else ["-n", "auto", "--maxschedchunk", "1"]
    command = [str(VENV_PYTHON), "-m", "pytest", "-q", *parallel, *pytest_args]
    print("+ " + " ".join(command), flush=True)
    return subprocess.run(command, cwd=ROOT).returncode


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in ("demo", "test"):
        print(__doc__.strip().splitlines()[0], file=sys.stderr)
        print("usage: python3 build.py demo | test [PYTEST ARGS...]", file=sys.stderr)
        return 2
    try:
        setup()
    except subprocess.CalledProcessError as failure:
        print(f"error: setup step failed (exit status {failure.returncode})", file=sys.stderr)
        return 1
    return demo() if argv[0] == "demo" else test(argv[1:])


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
