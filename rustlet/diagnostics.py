"""Diagnostics are data.

Stages never print: they build `Diagnostic` values (code, message, primary span with
a label, secondary labels, notes, help) and return or raise them.  The driver renders
them once, in rustc's format:

    error[E0382]: borrow of moved value: `v`
     --> main.rl:4:20
      |
    3 |     let w = v;
      |             - value moved here
    4 |     println!("{:?}", v);
      |                      ^ value borrowed here after move

A stage that must stop at the first error raises `CompileError(diagnostics)`; one
that can go on collects diagnostics in a `DiagnosticSink` and the driver stops after
the stage if any error was reported.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum

from rustlet.source import Span


class Level(Enum):
    ERROR = "error"
    WARNING = "warning"
    NOTE = "note"
    HELP = "help"


@dataclass(slots=True)
class Label:
    span: Span
    message: str = ""


@dataclass(slots=True)
class Diagnostic:
    level: Level
    message: str  # `mismatched types`
    span: Span | None = None  # primary span (None: no location, e.g. a CLI error)
    label: str = ""  # text under the primary carets
    code: str | None = None  # `E0308`
    secondary: list[Label] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # rendered as `= note: …`
    helps: list[str] = field(default_factory=list)  # rendered as `= help: …`

    def with_label(self, span: Span, message: str) -> "Diagnostic":
        self.secondary.append(Label(span, message))
        return self

    def with_note(self, note: str) -> "Diagnostic":
        self.notes.append(note)
        return self

    def with_help(self, help_text: str) -> "Diagnostic":
        self.helps.append(help_text)
        return self


def error(message: str, span: Span | None = None, label: str = "", code: str | None = None) -> Diagnostic:
    return Diagnostic(Level.ERROR, message, span, label, code)


def unsupported(what: str, span: Span | None) -> Diagnostic:
    """The error for a construct a later stage does not implement yet."""
    return Diagnostic(Level.ERROR, f"unsupported: {what}", span, "not supported by rustlet yet")


class CompileError(Exception):
    """Raised by a stage that cannot continue; carries the diagnostics to report."""

    def __init__(self, diagnostics: list[Diagnostic] | Diagnostic) -> None:
        if isinstance(diagnostics, Diagnostic):
            diagnostics = [diagnostics]
        self.diagnostics = diagnostics
        super().__init__(diagnostics[0].message if diagnostics else "compile error")


class DiagnosticSink:
    """Collects the diagnostics of a stage that keeps going after an error."""

    def __init__(self) -> None:
        self.diagnostics: list[Diagnostic] = []

    def emit(self, diagnostic: Diagnostic) -> None:
        self.diagnostics.append(diagnostic)

    @property
    def error_count(self) -> int:
        return sum(1 for d in self.diagnostics if d.level is Level.ERROR)

    def abort_if_errors(self) -> None:
        if self.error_count:
            raise CompileError(self.diagnostics)
