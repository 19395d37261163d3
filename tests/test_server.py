"""The compile server (rustlet/server.py): a compile on it is the `rustlet` command's
compile, and no state survives from one compile to the next."""
from __future__ import annotations

import os
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from rustlet.server import CompileServer

REPO_ROOT = Path(__file__).resolve().parent.parent
TIMEOUT_SECONDS = 300  # only stops a hung compiler

DEFINES_POINT = "struct Point { x: i32 }\nfn main() {\n    let p = Point { x: 1 };\n    println!(\"{}\", p.x);\n}\n"
USES_POINT = "fn main() {\n    let p = Point { x: 1 };\n    println!(\"{}\", p.x);\n}\n"


def command_line(argv: list[str], cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "rustlet", *argv], cwd=cwd, capture_output=True, text=True,
                          timeout=TIMEOUT_SECONDS, env=dict(os.environ, PYTHONPATH=str(REPO_ROOT)))


def test_compiles_as_the_command_does(compiler: CompileServer, tmp_path: Path) -> None:
    (tmp_path / "bad.rl").write_text(USES_POINT)
    (tmp_path / "good.rl").write_text(DEFINES_POINT)
    for argv in (["check", "bad.rl"], ["build", "good.rl", "--emit=mir"], ["build", "good.rl", "--emit=mono-items"],
                 ["check", "missing.rl"], ["build", "good.rl", "--no-such-flag"]):
        served = compiler.run(argv, tmp_path, TIMEOUT_SECONDS)
        direct = command_line(argv, tmp_path)
        assert (served.returncode, served.stdout, served.stderr) == (direct.returncode, direct.stdout,
                                                                    direct.stderr), argv


def test_builds_run_and_nothing_leaks_between_compiles(compiler: CompileServer, tmp_path: Path) -> None:
    (tmp_path / "defines.rl").write_text(DEFINES_POINT)
    (tmp_path / "uses.rl").write_text(USES_POINT)
    built = compiler.run(["build", "defines.rl", "-o", "defines"], tmp_path, TIMEOUT_SECONDS)
    assert built.returncode == 0, built.stderr
    assert subprocess.run([str(tmp_path / "defines")], capture_output=True, text=True).stdout == "1\n"
    # `Point` belonged to the previous compile only.
    unresolved = compiler.run(["check", "uses.rl"], tmp_path, TIMEOUT_SECONDS)
    assert unresolved.returncode == 1 and "error[E0422]: cannot find struct" in unresolved.stderr
    again = compiler.run(["check", "defines.rl"], tmp_path, TIMEOUT_SECONDS)
    assert (again.returncode, again.stderr) == (0, "")


def test_concurrent_compiles(compiler: CompileServer, tmp_path: Path) -> None:
    (tmp_path / "good.rl").write_text(DEFINES_POINT)
    (tmp_path / "bad.rl").write_text(USES_POINT)
    with ThreadPoolExecutor(4) as pool:
        results = list(pool.map(lambda name: compiler.run(["check", name], tmp_path, TIMEOUT_SECONDS),
                                ["good.rl", "bad.rl"] * 3))
    assert [r.returncode for r in results] == [0, 1] * 3


def exits_at_once(argv: list[str]) -> int:
    """An entry that ends its process without answering, as a crash in C code would."""
    os._exit(3)


def test_a_child_that_dies_is_reported(compiler: CompileServer, tmp_path: Path) -> None:
    result = compiler.compile(["check", "x.rl"], tmp_path, TIMEOUT_SECONDS, entry=f"{__name__}:exits_at_once",
                              sys_path=[str(Path(__file__).parent), str(REPO_ROOT)])
    assert result.died and not result.timed_out
