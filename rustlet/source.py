"""Source files and spans.

A `Span` is a half-open byte range `[lo, hi)` inside one file of the `SourceMap`.
Spans are small frozen values so every AST, THIR and MIR node can carry one.
Line and column numbers (1-based, columns counted in characters as rustc does)
are computed only when a diagnostic is rendered.
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class Span:
    file: int  # index into SourceMap.files
    lo: int  # byte offset of the first character
    hi: int  # byte offset one past the last character

    def to(self, other: "Span") -> "Span":
        """The span covering both `self` and `other` (same file)."""
        return Span(self.file, min(self.lo, other.lo), max(self.hi, other.hi))

    def shrink_to_lo(self) -> "Span":
        return Span(self.file, self.lo, self.lo)

    def shrink_to_hi(self) -> "Span":
        return Span(self.file, self.hi, self.hi)


DUMMY_SPAN = Span(-1, 0, 0)


@dataclass(slots=True)
class SourceFile:
    path: str  # as given on the command line (used in ` --> path:line:col`)
    text: str
    data: bytes = field(init=False)
    line_starts: list[int] = field(init=False)  # byte offsets where each line begins

    def __post_init__(self) -> None:
        self.data = self.text.encode("utf-8")
        self.line_starts = [0]
        for i, b in enumerate(self.data):
            if b == 0x0A:
                self.line_starts.append(i + 1)

    def line_col(self, offset: int) -> tuple[int, int]:
        """1-based (line, column); the column counts characters, not bytes."""
        line = bisect.bisect_right(self.line_starts, offset) - 1
        start = self.line_starts[line]
        col = len(self.data[start:offset].decode("utf-8", errors="replace")) + 1
        return line + 1, col

    def line_text(self, line: int) -> str:
        """Text of 1-based `line` without its newline."""
        start = self.line_starts[line - 1]
        end = self.line_starts[line] - 1 if line < len(self.line_starts) else len(self.data)
        return self.data[start:end].decode("utf-8", errors="replace")


class SourceMap:
    def __init__(self) -> None:
        self.files: list[SourceFile] = []

    def add_file(self, path: str, text: str) -> int:
        self.files.append(SourceFile(path, text))
        return len(self.files) - 1

    def file(self, file_id: int) -> SourceFile:
        return self.files[file_id]

    def snippet(self, span: Span) -> str:
        f = self.files[span.file]
        return f.data[span.lo:span.hi].decode("utf-8", errors="replace")

    def line_col(self, span: Span) -> tuple[str, int, int]:
        """(path, line, col) of the start of `span`."""
        f = self.files[span.file]
        line, col = f.line_col(span.lo)
        return f.path, line, col
