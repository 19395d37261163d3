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

import unicodedata
from dataclasses import dataclass, field
from enum import Enum

from rustlet.explain import has_explanation
from rustlet.source import SourceMap, Span


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


# ─────────────────────────────── rendering ───────────────────────────────
#
# `render` lays diagnostics out exactly as rustc 1.95 does (checked against rustc):
#
#     error[E0308]: mismatched types                      header: level[code]: message
#      --> main.rl:7:18                                   primary location
#       |                                                 gutter as wide as the largest line number
#     7 |     let x: i32 = "s";                           source lines in line order
#       |            ---   ^^^ expected `i32`, found `&str`   `^` primary, `-` secondary;
#       |            |                                    the rightmost label is inline, the
#       |            expected due to this                 others hang below on `|` connectors
#       |
#       = note: …                                         notes, then helps
#
# Between two shown lines one unannotated line is printed, a longer gap is `...`.
# Labels in another file get their own ` ::: path:line:col` section. A span over
# several lines is underlined from its start to the end of its first line (rustc
# draws a `_|` bracket down to the last line; that layout is not reproduced).
# Columns are display columns: a tab is 4 wide, East Asian wide characters 2.
# Colours (only on a terminal) follow rustc: bold red errors, yellow warnings,
# blue gutter and secondary labels.

_STYLE_CODES = {"error": "\x1b[1m\x1b[38;5;9m", "warning": "\x1b[1m\x1b[38;5;11m", "gutter": "\x1b[1m\x1b[38;5;12m",
                "bold": "\x1b[1m", "note": "\x1b[1m", "help": "\x1b[1m"}
_RESET = "\x1b[0m"


@dataclass(slots=True)
class _Annotation:
    line: int  # 1-based
    start: int  # display column, 0-based
    end: int  # display column, exclusive, > start
    label: str
    primary: bool


def _paint(text: str, style: str, color: bool) -> str:
    return f"{_STYLE_CODES[style]}{text}{_RESET}" if color and text else text


def _display_width(text: str) -> int:
    width = 0
    for char in text:
        if char == "\t":
            width += 4
        elif unicodedata.east_asian_width(char) in ("W", "F"):
            width += 2
        elif not unicodedata.combining(char):
            width += 1
    return width


def _annotation(source_map: SourceMap, span: Span, label: str, primary: bool) -> _Annotation:
    source = source_map.file(span.file)
    line, _ = source.line_col(span.lo)
    text = source.line_text(line)
    line_start = source.line_starts[line - 1]
    before = source.data[line_start:span.lo].decode("utf-8", errors="replace")
    end_offset = min(span.hi, line_start + len(text.encode("utf-8")))
    inside = source.data[span.lo:max(span.lo, end_offset)].decode("utf-8", errors="replace")
    start = _display_width(before)
    return _Annotation(line, start, start + max(1, _display_width(inside)), label, primary)


def _annotation_rows(annotations: list[_Annotation], level_style: str, color: bool) -> list[str]:
    """The underline row and the hanging label rows under one source line."""
    annotations = sorted(annotations, key=lambda a: (a.start, not a.primary))
    width = max(a.end for a in annotations)
    marks = [" "] * width
    styles: list[str | None] = [None] * width
    for annotation in sorted(annotations, key=lambda a: a.primary):  # primary drawn last, wins
        for column in range(annotation.start, annotation.end):
            marks[column] = "^" if annotation.primary else "-"
            styles[column] = level_style if annotation.primary else "gutter"

    def styled(characters: list[str], column_styles: list[str | None]) -> str:
        return "".join(_paint(c, s, color) if s else c for c, s in zip(characters, column_styles)).rstrip()

    def label_style(annotation: _Annotation) -> str:
        return level_style if annotation.primary else "gutter"

    labelled = [a for a in annotations if a.label]
    underline = styled(marks, styles)
    if labelled and labelled[-1] is annotations[-1]:
        last = labelled.pop()
        underline += " " + _paint(last.label, label_style(last), color)
    rows = [underline]
    if not labelled:
        return rows

    def bar_row(bars: list[_Annotation], label_of: _Annotation | None) -> str:
        parts, column = [], 0
        for annotation in bars:
            parts.append(" " * (annotation.start - column) + _paint("|", label_style(annotation), color))
            column = annotation.start + 1
        if label_of is not None:
            parts.append(" " * (label_of.start - column) + _paint(label_of.label, label_style(label_of), color))
        return "".join(parts)

    rows.append(bar_row(labelled, None))
    for index in range(len(labelled) - 1, -1, -1):
        rows.append(bar_row(labelled[:index], labelled[index]))
    return rows


def _render_one(diagnostic: Diagnostic, source_map: SourceMap, color: bool) -> str:
    level_style = "warning" if diagnostic.level is Level.WARNING else "error"
    if diagnostic.level in (Level.NOTE, Level.HELP):
        level_style = "bold"
    title = diagnostic.level.value + (f"[{diagnostic.code}]" if diagnostic.code else "")
    lines = [_paint(title, level_style, color) + _paint(": " + diagnostic.message, "bold", color)]

    labelled_spans = [(diagnostic.span, diagnostic.label, True)] if diagnostic.span is not None else []
    labelled_spans += [(label.span, label.message, False) for label in diagnostic.secondary]
    labelled_spans = [(s, m, p) for s, m, p in labelled_spans if 0 <= s.file < len(source_map.files)]
    by_file: dict[int, list[_Annotation]] = {}
    for span, message, primary in labelled_spans:
        by_file.setdefault(span.file, []).append(_annotation(source_map, span, message, primary))
    gutter = len(str(max((a.line for group in by_file.values() for a in group), default=1)))
    pad = " " * gutter
    bar = _paint("|", "gutter", color)

    for index, (file_id, annotations) in enumerate(by_file.items()):
        source = source_map.file(file_id)
        anchor = next((s for s, _, p in labelled_spans if p and s.file == file_id), None)
        first = anchor or min((s for s, _, _ in labelled_spans if s.file == file_id), key=lambda s: s.lo)
        path, line, col = source_map.line_col(first)
        arrow = "-->" if index == 0 and anchor is not None else ":::"
        lines.append(f"{pad}{_paint(arrow, 'gutter', color)} {path}:{line}:{col}")
        lines.append(f"{pad} {bar}")
        shown = sorted({a.line for a in annotations})
        previous: int | None = None
        for number in shown:
            if previous is not None and number - previous == 2:
                lines.append(_source_line(source.line_text(previous + 1), previous + 1, gutter, color))
            elif previous is not None and number - previous > 2:
                lines.append(_paint("...", "gutter", color))
            lines.append(_source_line(source.line_text(number), number, gutter, color))
            for row in _annotation_rows([a for a in annotations if a.line == number], level_style, color):
                lines.append(f"{pad} {bar} {row}".rstrip())
            previous = number

    extras = [("note", text) for text in diagnostic.notes] + [("help", text) for text in diagnostic.helps]
    if extras:
        lines.append(f"{pad} {bar}")
        for kind, text in extras:
            head = f"{pad} {_paint('=', 'gutter', color)} {_paint(kind + ':', kind, color)} "
            continuation = " " * (gutter + 3 + len(kind) + 2)
            text_lines = text.split("\n")
            lines.append(head + text_lines[0])
            lines.extend(continuation + more for more in text_lines[1:])
    return "\n".join(lines) + "\n\n"


def _source_line(text: str, number: int, gutter: int, color: bool) -> str:
    return f"{_paint(str(number).rjust(gutter), 'gutter', color)} {_paint('|', 'gutter', color)} " \
           f"{text.replace(chr(9), '    ')}".rstrip()


def _plural(count: int, noun: str) -> str:
    return f"{count} {noun}" + ("" if count == 1 else "s")


def render(diagnostics: list[Diagnostic], source_map: SourceMap, color: bool, summary: bool = True) -> str:
    """All diagnostics in rustc's layout, then (with `summary`) rustc's closing lines:
    `error: aborting due to N previous errors; M warnings emitted` and the
    `rustlet --explain` hint for the codes that have an explanation."""
    text = "".join(_render_one(d, source_map, color) for d in diagnostics)
    if not summary:
        return text
    errors = sum(1 for d in diagnostics if d.level is Level.ERROR)
    warnings = sum(1 for d in diagnostics if d.level is Level.WARNING)
    if errors:
        closing = f"aborting due to {'1 previous error' if errors == 1 else f'{errors} previous errors'}"
        if warnings:
            closing += f"; {_plural(warnings, 'warning')} emitted"
        text += _paint("error", "error", color) + _paint(": " + closing, "bold", color) + "\n\n"
        codes = sorted({d.code for d in diagnostics if d.level is Level.ERROR and d.code and has_explanation(d.code)})
        if len(codes) == 1:
            text += _paint(f"For more information about this error, try `rustlet --explain {codes[0]}`.", "bold",
                           color) + "\n"
        elif codes:
            text += _paint(f"Some errors have detailed explanations: {', '.join(codes)}.", "bold", color) + "\n"
            text += _paint(f"For more information about an error, try `rustlet --explain {codes[0]}`.", "bold",
                           color) + "\n"
    elif warnings:
        text += _paint("warning", "warning", color) + _paint(f": {_plural(warnings, 'warning')} emitted", "bold",
                                                             color) + "\n\n"
    return text
