"""clang: the C runtime and the final link.

The runtime (`rustlet/runtime/*.c`, `*.h`) is compiled once with `clang -O2` and the
object cached under `$XDG_CACHE_HOME/rustlet` (default `~/.cache/rustlet`), named by
a hash of the runtime sources and of `clang --version`, so editing the runtime or
upgrading clang rebuilds it and nothing else does. The object is written to a
temporary name and renamed, so concurrent compilers never see a partial file.

Linking is `clang -o OUT objects... runtime.o -lm`. Debian's clang 14 links LLVM 22
objects fine. A missing clang is a compile error that says how to install it.
"""
from __future__ import annotations

import functools
import hashlib
import os
import shutil
import subprocess
import tempfile
from pathlib import Path

from rustlet.diagnostics import CompileError, Diagnostic, Level

RUNTIME_DIR = Path(__file__).resolve().parent.parent / "runtime"
RUNTIME_SOURCES = ("rustlet_rt.c", "rustlet_rt.h", "rustlet_unicode.h")


def _tool_error(message: str, *notes: str, help_text: str | None = None) -> CompileError:
    diagnostic = Diagnostic(Level.ERROR, message, notes=list(notes))
    if help_text:
        diagnostic.helps.append(help_text)
    return CompileError(diagnostic)


def find_clang() -> str:
    """Path of clang, or a CompileError saying how to install it."""
    clang = shutil.which("clang")
    if clang is None:
        raise _tool_error(
            "could not find `clang`, which rustlet needs to link executables",
            help_text="install it with `apt-get install clang` (as root, or with sudo)")
    return clang


@functools.cache
def _clang_version(clang: str) -> str:
    return subprocess.run([clang, "--version"], capture_output=True, text=True, check=True).stdout


def cache_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "rustlet"


def runtime_object() -> Path:
    """The compiled C runtime, built on first use and cached across runs."""
    clang = find_clang()
    digest = hashlib.sha256(_clang_version(clang).encode())
    for name in RUNTIME_SOURCES:
        digest.update(name.encode() + b"\0" + (RUNTIME_DIR / name).read_bytes())
    cached = cache_dir() / f"rustlet_rt-{digest.hexdigest()[:16]}.o"
    if cached.exists():
        return cached
    cached.parent.mkdir(parents=True, exist_ok=True)
    fd, partial = tempfile.mkstemp(suffix=".o", dir=cached.parent)
    os.close(fd)
    try:
        _run_clang([clang, "-O2", "-fPIC", "-std=c11", "-D_GNU_SOURCE", "-c",
                    str(RUNTIME_DIR / "rustlet_rt.c"), "-o", partial], "compiling the rustlet runtime")
        os.replace(partial, cached)
    finally:
        if os.path.exists(partial):
            os.unlink(partial)
    return cached


def _run_clang(command: list[str], what: str) -> None:
    result = subprocess.run(command, capture_output=True, text=True)
    if result.returncode != 0:
        raise _tool_error(
            f"{what} with `clang` failed: exit status: {result.returncode}",
            f"command: {' '.join(command)}",
            *(line for line in result.stderr.strip().splitlines()))


def link(objects: list[bytes | Path], output: Path) -> None:
    """Links objects (bytes are written to a temporary directory first) with the runtime."""
    clang = find_clang()
    runtime = runtime_object()
    with tempfile.TemporaryDirectory(prefix="rustlet-link-") as scratch:
        paths: list[str] = []
        for index, obj in enumerate(objects):
            if isinstance(obj, bytes):
                path = Path(scratch) / f"module{index}.o"
                path.write_bytes(obj)
                obj = path
            paths.append(str(obj))
        _run_clang([clang, "-o", str(output), *paths, str(runtime), "-lm"], "linking")
