"""The backend on hand-written LLVM IR that calls the C runtime."""
from __future__ import annotations

import importlib
import os
import subprocess
from pathlib import Path

import pytest

from rustlet import backend
from rustlet.diagnostics import CompileError

# `rustlet.backend.link` the module, not the function the package re-exports
link_module = importlib.import_module("rustlet.backend.link")

# __rustlet_main prints "sum = 4950" from a loop, then "tail" through a second buffer.
HELLO_IR = r"""
%RlBuf = type { ptr, i64, i64, i32, i8 }
%RlFmtSpec = type { i32, i8, i8, i8, i8, i64, i64 }
@prefix = private unnamed_addr constant [6 x i8] c"sum = "
@newline = private unnamed_addr constant [1 x i8] c"\0A"
@display = private unnamed_addr constant %RlFmtSpec { i32 32, i8 0, i8 0, i8 0, i8 0, i64 -1, i64 -1 }
declare void @rl_buf_init(ptr)
declare void @rl_buf_push(ptr, ptr, i64)
declare void @rl_fmt_int(ptr, i64, i8, i8, ptr)
declare void @rl_buf_write_fd(ptr, i32)
declare void @rl_buf_free(ptr)

define internal i64 @sum_below(i64 %n) {
entry:
  br label %loop
loop:
  %i = phi i64 [ 0, %entry ], [ %next, %loop ]
  %acc = phi i64 [ 0, %entry ], [ %acc.next, %loop ]
  %acc.next = add i64 %acc, %i
  %next = add i64 %i, 1
  %done = icmp eq i64 %next, %n
  br i1 %done, label %exit, label %loop
exit:
  ret i64 %acc.next
}

define void @__rustlet_main() {
  %buf = alloca %RlBuf
  call void @rl_buf_init(ptr %buf)
  call void @rl_buf_push(ptr %buf, ptr @prefix, i64 6)
  %sum = call i64 @sum_below(i64 100)
  call void @rl_fmt_int(ptr %buf, i64 %sum, i8 1, i8 64, ptr @display)
  call void @rl_buf_push(ptr %buf, ptr @newline, i64 1)
  call void @rl_buf_write_fd(ptr %buf, i32 1)
  call void @rl_buf_free(ptr %buf)
  ret void
}
"""


@pytest.mark.parametrize("opt_level", [0, 1, 2, 3])
def test_hello_links_and_runs(opt_level: int, tmp_path: Path) -> None:
    module = backend.optimize_ir(HELLO_IR, opt_level)
    executable = tmp_path / "hello"
    backend.link([backend.emit_object(module, opt_level)], executable)
    result = subprocess.run([str(executable)], capture_output=True)
    assert (result.returncode, result.stdout) == (0, b"sum = 4950\n")


def test_optimization_folds_the_loop() -> None:
    optimized = str(backend.optimize_ir(HELLO_IR, 2))
    assert "i64 4950" in optimized
    assert "phi" not in optimized
    assert "phi" in str(backend.optimize_ir(HELLO_IR, 0))


def test_generic_cpu_small_code_model() -> None:
    assembly = backend.emit_asm(HELLO_IR, 2)
    assert "movabs" not in assembly and ".ltext" not in assembly
    assert "callq\trl_buf_init@PLT" in assembly


def test_native_cpu_is_accepted() -> None:
    assert "__rustlet_main" in backend.emit_asm(HELLO_IR, 1, "native")


def test_invalid_ir_is_an_internal_error() -> None:
    with pytest.raises(RuntimeError, match="LLVM rejected the generated IR"):
        backend.optimize_ir("define i32 @f() {\n  ret i64 0\n}\n", 0)


def test_object_file_is_elf() -> None:
    assert backend.emit_object(HELLO_IR, 0)[:4] == b"\x7fELF"


def test_runtime_object_is_cached_by_content(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    first = backend.runtime_object()
    assert first.parent == tmp_path / "rustlet"
    stamp = first.stat().st_mtime_ns
    assert backend.runtime_object() == first
    assert first.stat().st_mtime_ns == stamp  # not recompiled


def test_missing_clang_is_a_diagnostic(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(link_module.shutil, "which", lambda name: None)
    with pytest.raises(CompileError) as failure:
        backend.link([b""], tmp_path / "out")
    diagnostic = failure.value.diagnostics[0]
    assert "could not find `clang`" in diagnostic.message
    assert any("apt-get install clang" in text for text in diagnostic.helps)


def test_link_failure_is_a_diagnostic(tmp_path: Path) -> None:
    # No __rustlet_main: the runtime's main cannot be linked.
    empty = backend.emit_object("define void @unrelated() {\n  ret void\n}\n", 0)
    with pytest.raises(CompileError) as failure:
        backend.link([empty], tmp_path / "out")
    assert "linking with `clang` failed" in failure.value.diagnostics[0].message
    assert not os.path.exists(tmp_path / "out")
