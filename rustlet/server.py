"""A compile server: pay for the compiler's start-up and for std once per process, not per build.

A build spends most of its CPU on work that never depends on the program: starting
Python and importing the compiler (~0.4 s), and taking crate `std` through the front
end (parse from the cache, resolve, collect its signatures: ~0.7 s; driver.prepare_std).
The test harnesses run thousands of builds, so:

    python -m rustlet.server SOCKET

imports the whole pipeline, initializes LLVM, compiles (or finds) the C runtime,
prepares std, moves every object it holds into the GC's permanent generation
(`gc.freeze`: a child's collections then never touch, and so never copy, the shared
pages) and listens on the Unix socket SOCKET.  Each connection is one compile: the
server forks, and the child, a copy-on-write snapshot of the warm process (so no state
leaks from one compile into the next: each child consumes its own copy of the
prepared std), sends its pid, reads the request, runs `rustlet.cli.main(argv)` in the
requested directory and environment with stdout and stderr captured, sends back the
result and exits.  The server returns to `accept` at once, so compiles run
concurrently; it exits when its stdin closes (the client is gone).

Messages are pickled objects behind a 4-byte length (`_send` / `_receive`): child →
client the child's pid, client → child a `Request`, child → client a `Result`.  A child
that dies without answering (a crash in C code) is reported as `died`; a compile that
outlives its timeout is killed with its process group (clang included), `timed_out`.

`CompileServer` is the client: it starts the server process and runs compiles on it,
from any number of threads.  `entry` ("module:function", argv → status) replaces
`rustlet.cli:main`, e.g. with a stand-in that misbehaves on purpose; `sys_path` is put
in front of the child's `sys.path` to find it.
"""
from __future__ import annotations

import gc
import importlib
import io
import os
import pickle
import signal
import socket
import struct
import subprocess
import sys
import tempfile
import threading
import time
import traceback
from dataclasses import dataclass, field
from pathlib import Path

COMPILER_ENTRY = "rustlet.cli:main"
_LENGTH = struct.Struct("!I")
_STARTUP_TIMEOUT_SECONDS = 600  # importing and preparing std, on a loaded machine


@dataclass(frozen=True, slots=True)
class Request:
    argv: list[str]
    cwd: str
    env: dict[str, str]
    entry: str = COMPILER_ENTRY
    sys_path: list[str] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class Result:
    """What a compile did.  `status` is the entry's return value or SystemExit code;
    `crashed`: an exception escaped the entry (its traceback ends `stderr`); `died`: the
    child ended without answering; `timed_out`: it was killed after the timeout."""

    status: int
    stdout: str
    stderr: str
    crashed: bool = False
    died: bool = False
    timed_out: bool = False


# ---------------------------------------------------------------------------
# Framing


def _send(sock: socket.socket, value: object) -> None:
    data = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
    sock.sendall(_LENGTH.pack(len(data)) + data)


def _receive_exactly(sock: socket.socket, size: int) -> bytes:
    chunks: list[bytes] = []
    while size:
        chunk = sock.recv(min(size, 1 << 20))
        if not chunk:
            raise EOFError("connection closed")
        chunks.append(chunk)
        size -= len(chunk)
    return b"".join(chunks)


def _receive(sock: socket.socket) -> object:
    (size,) = _LENGTH.unpack(_receive_exactly(sock, _LENGTH.size))
    return pickle.loads(_receive_exactly(sock, size))


# ---------------------------------------------------------------------------
# The server process


def _warm_up() -> object:
    """Imports and initializes everything a compile uses; returns a prepared std."""
    from rustlet import (  # noqa: F401 - imported for their side effect: loaded once, shared by children
        backend, borrowck, cli, codegen, driver, mono, ondemand, pattern, resolve, stdcache, syntax, typeck,
    )
    from rustlet.diagnostics import DiagnosticSink
    from rustlet.mir import build, pretty  # noqa: F401
    from rustlet.source import SourceMap

    stdcache.enable_bytecode_cache(stdcache.default_cache_dir())
    backend.optimize_ir("define void @warm_up() {\n  ret void\n}\n", 0)  # initializes LLVM's target
    backend.runtime_object()  # compiles the C runtime if needed; remembers `clang --version`
    return driver.prepare_std(SourceMap(), DiagnosticSink())


def serve(socket_path: str) -> None:
    prepared = _warm_up()
    listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    listener.bind(socket_path)
    listener.listen(64)
    gc.collect()
    gc.freeze()
    # Reaping (rather than SIG_IGN) adds the children's CPU time to the server's, so
    # `time python3 build.py test` counts it; each child restores the default handler.
    signal.signal(signal.SIGCHLD, _reap_children)
    threading.Thread(target=_exit_when_stdin_closes, daemon=True).start()
    print("ready", flush=True)
    while True:
        connection, _ = listener.accept()
        if os.fork() == 0:
            listener.close()
            _child(connection, prepared)  # never returns
        connection.close()


def _reap_children(signum: int, frame: object) -> None:
    while True:
        try:
            pid, _ = os.waitpid(-1, os.WNOHANG)
        except ChildProcessError:
            return
        if pid == 0:
            return


def _exit_when_stdin_closes() -> None:
    sys.stdin.buffer.read()
    os._exit(0)


def _child(connection: socket.socket, prepared: object) -> None:
    status = 1
    try:
        signal.signal(signal.SIGCHLD, signal.SIG_DFL)
        os.setpgid(0, 0)  # a timeout kills the compile and its clang together
        _send(connection, os.getpid())
        request = _receive(connection)
        assert isinstance(request, Request)
        _send(connection, _compile(request, prepared))
        status = 0
    except BaseException:  # noqa: BLE001 - the server's stderr: the client only sees `died`
        traceback.print_exc(file=sys.__stderr__)
    finally:
        os._exit(status)


def _compile(request: Request, prepared: object) -> Result:
    from rustlet import driver

    os.chdir(request.cwd)
    os.environ.clear()
    os.environ.update(request.env)
    sys.path[:0] = request.sys_path
    # stdin is the server's pipe from the client, whose reader thread holds sys.stdin's lock.
    null = os.open(os.devnull, os.O_RDONLY)
    os.dup2(null, 0)
    sys.stdin = open(null, closefd=False)
    captured = [os.memfd_create("stdout"), os.memfd_create("stderr")]
    sys.stdout.flush()
    sys.stderr.flush()
    os.dup2(captured[0], 1)
    os.dup2(captured[1], 2)
    crashed = False
    driver.use_prepared_std(prepared)  # type: ignore[arg-type]
    try:
        module, _, function = request.entry.partition(":")
        status = getattr(importlib.import_module(module), function)(request.argv)
    except SystemExit as stop:
        status = stop.code if isinstance(stop.code, int) else 0 if stop.code is None else 1
    except BaseException:  # noqa: BLE001 - an exception escaping the compiler is what the caller asks about
        traceback.print_exc()
        status, crashed = 1, True
    sys.stdout.flush()
    sys.stderr.flush()
    stdout, stderr = (_read_all(fd) for fd in captured)
    return Result(int(status), stdout, stderr, crashed=crashed)


def _read_all(fd: int) -> str:
    os.lseek(fd, 0, os.SEEK_SET)
    with io.open(fd, "rb", closefd=False) as file:
        return file.read().decode("utf-8", errors="replace")


# ---------------------------------------------------------------------------
# The client


class CompileServer:
    """Starts `python -m rustlet.server` and runs compiles on it (thread-safe)."""

    def __init__(self) -> None:
        self._scratch = tempfile.TemporaryDirectory(prefix="rustlet-server-")
        self.socket_path = str(Path(self._scratch.name) / "socket")
        self._process = subprocess.Popen([sys.executable, "-m", "rustlet.server", self.socket_path],
                                         stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
        assert self._process.stdout is not None
        ready = _readline_within(self._process.stdout, _STARTUP_TIMEOUT_SECONDS)
        if ready.strip() != "ready":
            self.close()
            raise RuntimeError(f"the compile server did not start (status {self._process.poll()})")

    def compile(self, argv: list[str], cwd: str | Path, timeout: float, env: dict[str, str] | None = None,
                entry: str = COMPILER_ENTRY, sys_path: list[str] | None = None) -> Result:
        """Runs `entry(argv)` in a fresh fork of the warm server."""
        request = Request(list(argv), str(cwd), dict(os.environ if env is None else env), entry, sys_path or [])
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as sock:
            sock.connect(self.socket_path)
            deadline = time.monotonic() + timeout
            sock.settimeout(timeout)
            pid = _receive(sock)
            assert isinstance(pid, int)
            try:
                _send(sock, request)
                sock.settimeout(max(deadline - time.monotonic(), 0.001))
                result = _receive(sock)
                assert isinstance(result, Result)
                return result
            except (TimeoutError, socket.timeout):
                _kill_group(pid)
                return Result(-1, "", f"no result within {timeout} s", timed_out=True)
            except (EOFError, ConnectionError):
                return Result(-1, "", "the compiler process died without answering", died=True)

    def run(self, argv: list[str], cwd: str | Path, timeout: float,
            env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
        """`rustlet ARGV` as `subprocess.run(..., capture_output=True, text=True)` gives it:
        an escaped exception is status 1 with its traceback, as from `python -m rustlet`;
        raises subprocess.TimeoutExpired after `timeout` seconds."""
        result = self.compile(argv, cwd, timeout, env)
        if result.timed_out:
            raise subprocess.TimeoutExpired(["rustlet", *argv], timeout)
        status = -signal.SIGKILL if result.died else result.status
        return subprocess.CompletedProcess(["rustlet", *argv], status, result.stdout, result.stderr)

    def close(self) -> None:
        if self._process.poll() is None:
            assert self._process.stdin is not None
            self._process.stdin.close()
            try:
                self._process.wait(10)
            except subprocess.TimeoutExpired:
                self._process.kill()
                self._process.wait()
        self._scratch.cleanup()

    def __enter__(self) -> CompileServer:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _kill_group(pid: int) -> None:
    try:
        os.killpg(pid, signal.SIGKILL)
    except ProcessLookupError:
        pass


def _readline_within(stream: io.TextIOBase, timeout: float) -> str:
    """One line from `stream`, or "" when none comes within `timeout` seconds."""
    lines: list[str] = []
    reader = threading.Thread(target=lambda: lines.append(stream.readline()), daemon=True)
    reader.start()
    reader.join(timeout)
    return lines[0] if lines else ""


if __name__ == "__main__":
    # Through the module's own name, so that pickled Requests and Results are its classes.
    from rustlet import server

    server.serve(sys.argv[1])
