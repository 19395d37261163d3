"""Format strings (`format_args!`), parsed and checked at compile time as rustc does.

Grammar (std::fmt):

    format_string := text [ '{' '{' | '}' '}' | format ] *
    format        := '{' [ argument ] [ ':' format_spec ] '}'
    argument      := integer | identifier
    format_spec   := [[fill] align] [sign] ['#'] ['0'] [width] ['.' precision] type
    width         := count          precision := count | '*'
    count         := integer | argument '$'
    type          := '' | '?' | 'x?' | 'X?' | 'x' | 'X' | 'o' | 'b' | 'e' | 'E'

Arguments are resolved to indices into one flat list: the positional arguments,
then the named ones (`name = expr`), then the identifiers captured from the
surrounding scope (`{x}` with no argument named `x` becomes `PathExpr(x)`, once
per name).  Implicit `{}` take the next positional index; `.*` takes one for the
precision and then one for the value.  Errors use rustc's messages: `invalid format
string: …`, `N positional arguments in format string, but there is M argument`,
`invalid reference to positional argument N (…)`, `argument never used`,
`there is no argument named …`.

Spans.  Each placeholder's span covers its `{…}` in the source literal: the literal
is re-scanned from the source text to map every character of its value to a byte
offset (escapes make the two differ).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from rustlet import ast
from rustlet.diagnostics import CompileError, error
from rustlet.source import Span

TRAITS = {"": ast.FormatTrait.DISPLAY, "?": ast.FormatTrait.DEBUG, "x": ast.FormatTrait.LOWER_HEX,
          "X": ast.FormatTrait.UPPER_HEX, "o": ast.FormatTrait.OCTAL, "b": ast.FormatTrait.BINARY,
          "e": ast.FormatTrait.LOWER_EXP, "E": ast.FormatTrait.UPPER_EXP}
_IDENT = re.compile(r"[^\W\d]\w*")
_INT = re.compile(r"\d+")


@dataclass(slots=True)
class NamedArg:
    name: str
    expr: ast.Expr
    name_span: Span


@dataclass(slots=True)
class _Ref:
    """An argument reference before resolution: an implicit index, a number or a name."""

    kind: str  # "next", "index", "name"
    value: int | str
    span: Span


@dataclass(slots=True)
class _Resolver:
    positional: list[ast.Expr]
    named: list[NamedArg]
    captured: list[tuple[str, Span]] = field(default_factory=list)
    next_index: int = 0
    implicit_spans: list[Span] = field(default_factory=list)
    bad_refs: list[tuple[int, Span]] = field(default_factory=list)
    used: set[int] = field(default_factory=set)

    @property
    def explicit_count(self) -> int:
        return len(self.positional) + len(self.named)

    def resolve(self, ref: _Ref) -> int:
        if ref.kind == "next":
            index = self.next_index
            self.next_index += 1
            self.implicit_spans.append(ref.span)
            if index >= self.explicit_count:
                return -1  # reported together once all placeholders are seen
        elif ref.kind == "index":
            index = int(ref.value)
            if index >= self.explicit_count:
                self.bad_refs.append((index, ref.span))
                return -1
        else:
            name = str(ref.value)
            for i, arg in enumerate(self.named):
                if arg.name == name:
                    index = len(self.positional) + i
                    break
            else:
                for i, (captured, _) in enumerate(self.captured):
                    if captured == name:
                        index = self.explicit_count + i
                        break
                else:
                    self.captured.append((name, ref.span))
                    index = self.explicit_count + len(self.captured) - 1
        self.used.add(index)
        return index


def expand_format(fmt: ast.Lit, fmt_raw: str, positional: list[ast.Expr], named: list[NamedArg],
                  call_span: Span) -> ast.FormatArgs:
    """Parse the format string `fmt` (a string literal whose source text is `fmt_raw`)
    against the arguments; returns FormatArgs or raises CompileError."""
    assert isinstance(fmt.value, str)
    offsets = literal_offsets(fmt_raw, fmt.span.lo)
    resolver = _Resolver(positional, named)
    pieces: list[str | ast.FormatPlaceholder] = []
    parser = _FormatParser(fmt.value, offsets, fmt.span.file)
    text: list[str] = []
    for piece in parser.pieces():
        if isinstance(piece, str):
            text.append(piece)
            continue
        if text:
            pieces.append("".join(text))
            text = []
        pieces.append(_resolve_placeholder(piece, resolver))
    if text:
        pieces.append("".join(text))
    _check_counts(resolver, fmt.span)
    args = list(positional) + [n.expr for n in named]
    for name, span in resolver.captured:
        path = ast.Path([ast.PathSegment(name, span=span)], span=span)
        args.append(ast.PathExpr(path, span=span))
    return ast.FormatArgs(pieces, args, span=call_span)


@dataclass(slots=True)
class _RawPlaceholder:
    arg: _Ref
    spec: ast.FormatPlaceholder
    width: _Ref | int | None
    precision: _Ref | int | None
    precision_star: Span | None


def _resolve_placeholder(raw: _RawPlaceholder, resolver: _Resolver) -> ast.FormatPlaceholder:
    spec = raw.spec
    if raw.width is not None:
        spec.width = _count(raw.width, resolver)
    if raw.precision_star is not None:
        # `.*` takes the precision from the next implicit argument, before the value.
        spec.precision = ast.FormatCount(arg_index=resolver.resolve(_Ref("next", 0, spec.span)))
    elif raw.precision is not None:
        spec.precision = _count(raw.precision, resolver)
    spec.arg_index = resolver.resolve(raw.arg)
    return spec


def _count(count: _Ref | int, resolver: _Resolver) -> ast.FormatCount:
    if isinstance(count, int):
        return ast.FormatCount(literal=count)
    return ast.FormatCount(arg_index=resolver.resolve(count))


def _plural(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def _there_are(n: int) -> str:
    if n == 0:
        return "no arguments were given"
    return "there is 1 argument" if n == 1 else f"there are {n} arguments"


def _check_counts(r: _Resolver, literal_span: Span) -> None:
    n_args = r.explicit_count
    if r.next_index > n_args:
        msg = (f"{_plural(r.next_index, 'positional argument')} in format string, but "
               + ("no arguments were given" if n_args == 0 else
                  f"there {'is' if n_args == 1 else 'are'} {_plural(n_args, 'argument')}"))
        diag = error(msg, r.implicit_spans[0])
        for span in r.implicit_spans[1:]:
            diag.with_label(span, "")
        raise CompileError(diag)
    if r.bad_refs:
        indices = sorted({i for i, _ in r.bad_refs})
        if len(indices) == 1:
            what = f"positional argument {indices[0]}"
        else:
            what = "positional arguments " + ", ".join(map(str, indices[:-1])) + f" and {indices[-1]}"
        diag = error(f"invalid reference to {what} ({_there_are(n_args)})", r.bad_refs[0][1])
        for _, span in r.bad_refs[1:]:
            diag.with_label(span, "")
        raise CompileError(diag.with_note("positional arguments are zero-based"))
    unused = [i for i in range(n_args) if i not in r.used]
    if not unused:
        return
    spans = [(r.positional[i].span if i < len(r.positional) else r.named[i - len(r.positional)].expr.span, i)
             for i in unused]
    if len(unused) == 1:
        named = unused[0] >= len(r.positional)
        label = "named argument never used" if named else "argument never used"
        diag = error(label, spans[0][0], label)
        diag.with_label(literal_span, "formatting specifier missing")
        raise CompileError(diag)
    diag = error("multiple unused formatting arguments", spans[0][0], "argument never used")
    for span, _ in spans[1:]:
        diag.with_label(span, "argument never used")
    diag.with_label(literal_span, "multiple missing formatting specifiers")
    raise CompileError(diag)


class _FormatParser:
    def __init__(self, text: str, offsets: list[int], file: int) -> None:
        self.s = text
        self.offsets = offsets
        self.file = file
        self.i = 0

    def span(self, lo: int, hi: int) -> Span:
        return Span(self.file, self.offsets[lo], self.offsets[hi])

    def fail(self, message: str, lo: int, hi: int, label: str = "", note: str | None = None) -> None:
        diag = error(f"invalid format string: {message}", self.span(lo, hi), label)
        if note:
            diag.with_note(note)
        raise CompileError(diag)

    def pieces(self) -> list[str | _RawPlaceholder]:
        out: list[str | _RawPlaceholder] = []
        s = self.s
        n = len(s)
        while self.i < n:
            c = s[self.i]
            if c == "{":
                if self.i + 1 < n and s[self.i + 1] == "{":
                    out.append("{")
                    self.i += 2
                    continue
                out.append(self.placeholder())
            elif c == "}":
                if self.i + 1 < n and s[self.i + 1] == "}":
                    out.append("}")
                    self.i += 2
                    continue
                self.fail("unmatched `}` found", self.i, self.i + 1, "unmatched `}` in format string",
                          "if you intended to print `}`, you can escape it using `}}`")
            else:
                j = self.i
                while j < n and s[j] not in "{}":
                    j += 1
                out.append(s[self.i:j])
                self.i = j
        return out

    def expect_close(self, start: int) -> None:
        s = self.s
        while self.i < len(s) and s[self.i] in " \t\n":
            self.i += 1
        if self.i >= len(s):
            self.fail("expected `}` but string was terminated", len(s), len(s),
                      "expected `}` in format string",
                      "if you intended to print `{`, you can escape it using `{{`")
        if s[self.i] != "}":
            found = s[self.i]
            self.fail(f"expected `}}`, found `{found}`", self.i, self.i + 1, "expected `}` in format string",
                      "if you intended to print `{`, you can escape it using `{{`")
        self.i += 1

    def placeholder(self) -> _RawPlaceholder:
        s = self.s
        start = self.i
        self.i += 1
        while self.i < len(s) and s[self.i] in " \t\n":
            self.i += 1
        arg = self.argument()
        if arg is None:
            arg = _Ref("next", 0, self.span(start, start))  # span fixed below
        if self.i < len(s) and s[self.i] == ".":
            m = _IDENT.match(s, self.i + 1)
            if m and arg.kind == "name":
                self.fail("field access isn't supported", start + 1, m.end(), "not supported in format string")
        spec = ast.FormatPlaceholder(arg_index=0, trait=ast.FormatTrait.DISPLAY, span=self.span(start, start))
        width: _Ref | int | None = None
        precision: _Ref | int | None = None
        star: Span | None = None
        if self.i < len(s) and s[self.i] == ":":
            self.i += 1
            width, precision, star = self.format_spec(spec)
        self.expect_close(start)
        spec.span = self.span(start, self.i)
        if arg.kind == "next":
            arg.span = spec.span
        return _RawPlaceholder(arg, spec, width, precision, star)

    def argument(self) -> _Ref | None:
        s = self.s
        m = _INT.match(s, self.i)
        if m:
            self.i = m.end()
            return _Ref("index", int(m.group()), self.span(m.start(), m.end()))
        m = _IDENT.match(s, self.i)
        if m and m.group() != "_":
            self.i = m.end()
            return _Ref("name", m.group(), self.span(m.start(), m.end()))
        return None

    def format_spec(self, spec: ast.FormatPlaceholder) -> tuple[_Ref | int | None, _Ref | int | None, Span | None]:
        s = self.s
        n = len(s)
        align_chars = {"<": ast.Align.LEFT, ">": ast.Align.RIGHT, "^": ast.Align.CENTER}
        if self.i + 1 < n and s[self.i + 1] in align_chars and s[self.i] != "}":
            spec.fill = s[self.i]
            spec.align = align_chars[s[self.i + 1]]
            self.i += 2
        elif self.i < n and s[self.i] in align_chars:
            spec.align = align_chars[s[self.i]]
            self.i += 1
        if self.i < n and s[self.i] == "+":
            spec.sign_plus = True
            self.i += 1
        elif self.i < n and s[self.i] == "-":
            spec.sign_minus = True
            self.i += 1
        if self.i < n and s[self.i] == "#":
            spec.alternate = True
            self.i += 1
        if self.i < n and s[self.i] == "0" and not (self.i + 1 < n and s[self.i + 1] == "$"):
            spec.zero_pad = True
            self.i += 1
        width = self.count()
        precision: _Ref | int | None = None
        star: Span | None = None
        if self.i < n and s[self.i] == ".":
            self.i += 1
            if self.i < n and s[self.i] == "*":
                star = self.span(self.i - 1, self.i + 1)
                self.i += 1
            else:
                precision = self.count()
                if precision is None:
                    self.fail("expected `}`, found `.`" if self.i >= n else
                              f"expected `}}`, found `{s[self.i]}`", self.i - 1, self.i,
                              "expected `}` in format string")
        self.format_type(spec)
        return width, precision, star

    def count(self) -> _Ref | int | None:
        s = self.s
        m = _INT.match(s, self.i)
        if m:
            if m.end() < len(s) and s[m.end()] == "$":
                self.i = m.end() + 1
                return _Ref("index", int(m.group()), self.span(m.start(), m.end()))
            self.i = m.end()
            return int(m.group())
        m = _IDENT.match(s, self.i)
        if m and m.end() < len(s) and s[m.end()] == "$":
            self.i = m.end() + 1
            return _Ref("name", m.group(), self.span(m.start(), m.end()))
        return None

    def format_type(self, spec: ast.FormatPlaceholder) -> None:
        s = self.s
        if self.i < len(s) and s[self.i] == "?":
            spec.trait = ast.FormatTrait.DEBUG
            self.i += 1
            return
        m = _IDENT.match(s, self.i)
        if not m:
            return
        word = m.group()
        if word in ("x", "X") and m.end() < len(s) and s[m.end()] == "?":
            spec.trait = ast.FormatTrait.DEBUG
            spec.debug_hex = word
            self.i = m.end() + 1
            return
        if word not in TRAITS:
            diag = error(f"unknown format trait `{word}`", self.span(m.start(), m.end()))
            diag.with_note("the only appropriate formatting traits are:\n"
                           "- ``, which uses the `Display` trait\n"
                           "- `?`, which uses the `Debug` trait\n"
                           "- `e`, which uses the `LowerExp` trait\n"
                           "- `E`, which uses the `UpperExp` trait\n"
                           "- `o`, which uses the `Octal` trait\n"
                           "- `p`, which uses the `Pointer` trait\n"
                           "- `b`, which uses the `Binary` trait\n"
                           "- `x`, which uses the `LowerHex` trait\n"
                           "- `X`, which uses the `UpperHex` trait")
            raise CompileError(diag)
        spec.trait = TRAITS[word]
        self.i = m.end()


def literal_offsets(raw: str, base: int) -> list[int]:
    """Byte offset in the file of each character of a string literal's value, plus one
    entry for the end.  `raw` is the literal's source text (`"…"`, `r#"…"#`), `base`
    its byte offset."""
    offsets: list[int] = []
    if raw.startswith("r"):
        hashes = len(raw) - len(raw.lstrip("r#")) - 1
        pos = base + 1 + hashes + 1
        for ch in raw[2 + hashes:len(raw) - 1 - hashes]:
            offsets.append(pos)
            pos += len(ch.encode("utf-8"))
        offsets.append(pos)
        return offsets
    body = raw[1:-1]
    pos = base + 1
    i = 0
    n = len(body)
    while i < n:
        ch = body[i]
        if ch != "\\":
            offsets.append(pos)
            pos += len(ch.encode("utf-8"))
            i += 1
            continue
        nxt = body[i + 1] if i + 1 < n else ""
        if nxt == "\n":
            j = i + 2
            while j < n and body[j] in " \t\n\r":
                j += 1
            pos += j - i
            i = j
            continue
        if nxt == "x":
            length = 4
        elif nxt == "u":
            length = body.index("}", i) + 1 - i
        else:
            length = 2
        offsets.append(pos)
        pos += length
        i += length
    offsets.append(pos)
    return offsets

