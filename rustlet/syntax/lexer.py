r"""The lexer: Rust source text → a list of tokens with byte spans.

Two passes.  `RustLexer` (SLY) turns text into raw tokens; `tokenize()` then
- converts SLY's character indices into byte offsets (Span is byte based),
- checks that delimiters balance, reporting rustc's `unclosed delimiter`,
  `mismatched closing delimiter` and `unexpected closing delimiter` errors before
  any parsing happens (as rustc's token-tree builder does),
- folds the delimited group after `name!` into one `TT` token whose value is the
  list of inner tokens: macro arguments are opaque token trees that the macro
  expander re-parses (`rustlet.syntax.macros`), and the grammar never sees them.

Tricky tokens
- `'a'` is a char literal and `'a` a lifetime: the char pattern is tried first and
  needs the closing quote.
- `>` is never part of a multi-character token, so `Vec<Vec<T>>` can close two
  generic lists.  Instead the lexer tells the grammar what follows it: `GTGT` is a
  `>` immediately followed by `>`, `GTEQ` a `>` immediately followed by `=`, `GT`
  any other `>`.  The grammar forms `>>` (GTGT GT), `>=` (GTEQ EQ) and `>>=`
  (GTGT GTEQ EQ) from adjacent tokens, and a generic list closes on any of the three.
- `1.` is a float only when not followed by `.` or an identifier (`1..2`,
  `1.max(2)`); `t.0.1` lexes `0.1` as one float that the parser splits into two
  tuple-field accesses, as rustc does.
- An integer with an `f32`/`f64` suffix (`1f64`) is a float literal.
- Byte literals `b'x'` (BYTE, an int) and byte strings `b"…"`, `br#"…"#` (BSTR, bytes)
  take ASCII characters only, `\xHH` with any value and no `\u{…}` (rustc's errors:
  `non-ASCII character in byte literal`, `unicode escape in byte string`, `unknown
  byte escape`).  A `b'` or `b"` that does not lex as a literal is an error (E0763,
  E0766, …), never the identifier `b` followed by a char or a lifetime.
"""
from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

from sly import Lexer
from sly.lex import Token

from rustlet.diagnostics import CompileError, error
from rustlet.source import Span

INT_SUFFIXES = {"i8", "i16", "i32", "i64", "i128", "isize", "u8", "u16", "u32", "u64", "u128", "usize"}
FLOAT_SUFFIXES = {"f32", "f64"}

KEYWORDS = {
    "as": "AS", "break": "BREAK", "const": "CONST", "continue": "CONTINUE", "crate": "CRATE",
    "else": "ELSE", "enum": "ENUM", "extern": "EXTERN", "false": "FALSE", "fn": "FN", "for": "FOR",
    "if": "IF", "impl": "IMPL", "in": "IN", "let": "LET", "loop": "LOOP", "match": "MATCH",
    "mod": "MOD", "move": "MOVE", "mut": "MUT", "pub": "PUB", "ref": "REF", "return": "RETURN",
    "self": "SELF", "Self": "SELFTYPE", "static": "STATIC", "struct": "STRUCT", "super": "SUPER",
    "trait": "TRAIT", "true": "TRUE", "type": "TYPE", "unsafe": "UNSAFE", "use": "USE",
    "where": "WHERE", "while": "WHILE", "dyn": "DYN", "async": "ASYNC", "await": "AWAIT", "_": "UNDERSCORE",
}

# How each token kind is written, for "expected one of …" messages.
TOKEN_TEXT = {
    "PLUS": "+", "MINUS": "-", "STAR": "*", "SLASH": "/", "PERCENT": "%", "CARET": "^", "NOT": "!",
    "AND": "&", "OR": "|", "ANDAND": "&&", "OROR": "||", "SHL": "<<", "GT": ">", "GTGT": ">", "GTEQ": ">",
    "EQ": "=", "EQEQ": "==", "NE": "!=", "LT": "<", "LE": "<=", "PLUSEQ": "+=", "MINUSEQ": "-=",
    "STAREQ": "*=", "SLASHEQ": "/=", "PERCENTEQ": "%=", "CARETEQ": "^=", "ANDEQ": "&=", "OREQ": "|=",
    "SHLEQ": "<<=", "AT": "@", "DOT": ".", "DOTDOT": "..", "DOTDOTDOT": "...", "DOTDOTEQ": "..=",
    "COMMA": ",", "SEMI": ";", "COLON": ":", "PATHSEP": "::", "ARROW": "->", "FATARROW": "=>",
    "POUND": "#", "DOLLAR": "$", "QUESTION": "?", "TILDE": "~", "LPAREN": "(", "RPAREN": ")",
    "LBRACKET": "[", "RBRACKET": "]", "LBRACE": "{", "RBRACE": "}",
}
TOKEN_TEXT.update({kind: word for word, kind in KEYWORDS.items()})
_KEYWORD_KINDS = KEYWORDS  # the lexer class body cannot name an upper-case global

OPEN_DELIMS = {"LPAREN": "RPAREN", "LBRACKET": "RBRACKET", "LBRACE": "RBRACE"}
CLOSE_DELIMS = {close: open_ for open_, close in OPEN_DELIMS.items()}

_ESCAPES = {"n": "\n", "r": "\r", "t": "\t", "\\": "\\", "0": "\0", "'": "'", '"': '"'}


class LexError(Exception):
    """An error found while scanning; `offset` is a character index into the text."""

    def __init__(self, message: str, offset: int, end: int, label: str = "", code: str | None = None,
                 help_text: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.offset = offset
        self.end = end
        self.label = label
        self.code = code
        self.help_text = help_text


_ESCAPE_HELP = "for more information, visit <https://doc.rust-lang.org/reference/tokens.html#literals>"


def non_ascii_error(c: str, offset: int, what: str, suggest: bool = True) -> LexError:
    """rustc's error for a non-ASCII character in a byte (string) literal."""
    if not suggest:
        help_text = None
    elif ord(c) < 0x100:
        help_text = f"if you meant to use the unicode code point for '{c}', use a \\xHH escape"
    else:
        help_text = f"if you meant to use the UTF-8 encoding of '{c}', use \\xHH escapes"
    return LexError(f"non-ASCII character in {what}", offset, offset + 1, "must be ASCII", help_text=help_text)


def unescape(body: str, base: int, byte_what: str | None) -> str:
    """Process the escapes of a (non-raw) char/string literal body.  `base` is the
    character index of the body in the file, for error positions.  `byte_what` names
    a byte literal's kind ("byte literal", "byte string literal"), None for char/str:
    bytes must be ASCII, take any `\\xHH` and no `\\u{…}`."""
    is_byte = byte_what is not None
    if "\\" not in body and (not is_byte or body.isascii()):
        return body
    out: list[str] = []
    i = 0
    n = len(body)
    while i < n:
        c = body[i]
        if c != "\\":
            if byte_what is not None and not c.isascii():
                raise non_ascii_error(c, base + i, byte_what)
            out.append(c)
            i += 1
            continue
        nxt = body[i + 1] if i + 1 < n else ""
        if nxt in _ESCAPES:
            out.append(_ESCAPES[nxt])
            i += 2
        elif nxt == "\n":
            # Line continuation: skip the newline and the next line's leading whitespace.
            i += 2
            while i < n and body[i] in " \t\n\r":
                i += 1
        elif nxt == "x":
            digits = body[i + 2:i + 4]
            if len(digits) != 2 or not all(d in "0123456789abcdefABCDEF" for d in digits):
                raise LexError("numeric character escape is too short", base + i, base + i + 2 + len(digits))
            value = int(digits, 16)
            if value > 0x7F and not is_byte:
                raise LexError("out of range hex escape", base + i, base + i + 4,
                               "must be a character in the range [\\x00-\\x7f]")
            out.append(chr(value))
            i += 4
        elif nxt == "u" and is_byte:
            m = re.match(r"u(?:\{[^}'\"\n]*\}?)?", body[i + 1:])
            assert m is not None
            raise LexError("unicode escape in byte string", base + i, base + i + 1 + m.end(),
                           "unicode escape in byte string",
                           help_text="unicode escape sequences cannot be used as a byte or in a byte string")
        elif nxt == "u":
            m = re.match(r"u\{([0-9a-fA-F_]{1,8})\}", body[i + 1:])
            if not m:
                raise LexError("invalid unicode character escape", base + i, base + i + 2)
            value = int(m.group(1).replace("_", ""), 16)
            if value > 0x10FFFF or 0xD800 <= value <= 0xDFFF:
                raise LexError("invalid unicode character escape", base + i, base + i + 1 + m.end(),
                               "invalid escape")
            out.append(chr(value))
            i += 1 + m.end()
        else:
            shown = nxt if nxt else ""
            what = "byte" if is_byte else "character"
            raise LexError(f"unknown {what} escape: `{shown}`", base + i + 1, base + i + 2,
                           f"unknown {what} escape", help_text=_ESCAPE_HELP)
    return "".join(out)


class RustLexer(Lexer):
    tokens = {
        IDENT, RAW_IDENT, LIFETIME, INT, FLOAT, STR, ESC_STR, BSTR, CHAR, BYTE,  # noqa: F821
        AS, BREAK, CONST, CONTINUE, CRATE, ELSE, ENUM, EXTERN, FALSE, FN, FOR, IF, IMPL, IN,  # noqa: F821
        LET, LOOP, MATCH, MOD, MOVE, MUT, PUB, REF, RETURN, SELF, SELFTYPE, STATIC, STRUCT,  # noqa: F821
        SUPER, TRAIT, TRUE, TYPE, UNSAFE, USE, WHERE, WHILE, DYN, ASYNC, AWAIT, UNDERSCORE,  # noqa: F821
        PLUSEQ, MINUSEQ, STAREQ, SLASHEQ, PERCENTEQ, CARETEQ, ANDEQ, OREQ, SHLEQ,  # noqa: F821
        PLUS, MINUS, STAR, SLASH, PERCENT, CARET, NOT, AND, OR, ANDAND, OROR, SHL,  # noqa: F821
        GT, GTGT, GTEQ, EQ, EQEQ, NE, LT, LE, AT, DOT, DOTDOT, DOTDOTDOT, DOTDOTEQ,  # noqa: F821
        COMMA, SEMI, COLON, PATHSEP, ARROW, FATARROW, POUND, DOLLAR, QUESTION, TILDE,  # noqa: F821
        LPAREN, RPAREN, LBRACKET, RBRACKET, LBRACE, RBRACE,  # noqa: F821
    }
    ignore = " \t\r\n"

    # Comments.  Block comments nest, so they are scanned by hand.
    ignore_line_comment = r"//[^\n]*"

    @_(r"/\*")
    def ignore_block_comment(self, t: Token) -> None:
        depth = 1
        text = self.text
        i = self.index
        while depth:
            j = text.find("*/", i)
            k = text.find("/*", i)
            if j < 0:
                raise LexError("unterminated block comment", t.index, t.index + 2, code="E0758")
            if 0 <= k < j:
                depth += 1
                i = k + 2
            else:
                depth -= 1
                i = j + 2
        self.index = i

    # Literals: the prefixed forms (b'', b"", r"", br"") come before identifiers.
    @_(r'b?r\#*"')
    def STR(self, t: Token) -> Token:
        is_byte = t.value.startswith("b")
        hashes = t.value.count("#")
        closing = '"' + "#" * hashes
        end = self.text.find(closing, self.index)
        if end < 0:
            raise LexError("unterminated raw string", t.index, t.index + 1, "unterminated raw string", "E0748")
        body = self.text[self.index:end]
        if is_byte and not body.isascii():
            at = next(i for i, c in enumerate(body) if not c.isascii())
            raise non_ascii_error(body[at], self.index + at, "raw byte string literal", suggest=False)
        self.index = end + len(closing)
        t.end = self.index
        if is_byte:
            t.type = "BSTR"
            t.value = body.encode("ascii")
        else:
            t.value = body
        return t

    @_(r'b?"(?:[^"\\]|\\[\s\S])*"')
    def ESC_STR(self, t: Token) -> Token:
        is_byte = t.value.startswith("b")
        start = 2 if is_byte else 1
        body = unescape(t.value[start:-1], t.index + start, "byte string literal" if is_byte else None)
        if is_byte:
            t.type = "BSTR"
            t.value = body.encode("latin-1", errors="replace")
        else:
            t.type = "STR"
            t.value = body
        return t

    @_(r"b?'(?:[^'\\\n]|\\(?:x[0-9a-fA-F]{2}|u\{[0-9a-fA-F_]{1,8}\}|[^\n]))'")
    def CHAR(self, t: Token) -> Token:
        is_byte = t.value.startswith("b")
        start = 2 if is_byte else 1
        value = unescape(t.value[start:-1], t.index + start, "byte literal" if is_byte else None)
        if is_byte:
            t.type = "BYTE"
            t.value = ord(value)
        else:
            t.value = value
        return t

    # A `b'` or `b"` that did not lex as a literal above: an error (not the identifier `b`).
    @_(r"b['\"]")
    def ignore_malformed_byte_literal(self, t: Token) -> None:
        text = self.text
        if t.value == 'b"':
            raise LexError("unterminated double quote byte string", t.index + 1, len(text), code="E0766")
        quote = t.index + 1
        if text.startswith("''", quote):
            raise LexError("empty character literal", quote + 1, quote + 1, "empty character literal")
        m = re.compile(r"'([^'\\\n]{2,})'").match(text, quote)
        if m:
            raise LexError("character literal may only contain one codepoint", t.index, m.end(),
                           help_text="if you meant to write a byte string literal, use double quotes")
        m = re.compile(r"'\\x([^'\n]{0,2})").match(text, quote)
        if m:
            bad = next((i for i, d in enumerate(m.group(1)) if d not in "0123456789abcdefABCDEF"), None)
            if bad is not None:
                c = m.group(1)[bad]
                shown = c if c.isprintable() and c.isascii() else f"\\u{{{ord(c):x}}}"
                at = m.start(1) + bad
                raise LexError(f"invalid character in numeric character escape: `{shown}`", at, at + 1,
                               "invalid character in numeric character escape")
        line_end = text.find("\n", quote)
        raise LexError("unterminated byte constant", quote, len(text) if line_end < 0 else line_end, code="E0763")

    LIFETIME = r"'(?:r\#)?[A-Za-z_]\w*+(?!')"

    @_(r"r\#[A-Za-z_][A-Za-z0-9_]*")
    def RAW_IDENT(self, t: Token) -> Token:
        t.type = "IDENT"
        t.value = t.value[2:]
        return t

    IDENT = r"[^\W\d]\w*"
    list(itertools.starmap(IDENT.__setitem__, _KEYWORD_KINDS.items()))  # keyword remapping

    # Numbers: floats first (`1e10`, `1.5`, `1.`), then integers in every base.
    @_(r"\d[\d_]*(?:\.\d[\d_]*)?[eE][+-]?_*\d[\d_]*(?:[A-Za-z_]\w*)?",
       r"\d[\d_]*\.\d[\d_]*(?:[A-Za-z_]\w*)?",
       r"\d[\d_]*\.(?![.\w])")
    def FLOAT(self, t: Token) -> Token:
        m = re.match(r"([\d_]*(?:\.[\d_]*)?(?:[eE][+-]?[\d_]+)?)(.*)", t.value)
        assert m is not None
        digits, suffix = m.group(1), m.group(2)
        if suffix and suffix not in FLOAT_SUFFIXES:
            raise LexError(f"invalid suffix `{suffix}` for float literal", t.index, t.end,
                           "invalid suffix `" + suffix + "`")
        t.value = (digits.replace("_", ""), suffix or None)
        return t

    @_(r"0x[0-9a-fA-F_]*(?:[g-zG-Z_]\w*)?",
       r"0o[0-7_]*(?:[A-Za-z_89]\w*)?",
       r"0b[01_]*(?:[A-Za-z_2-9]\w*)?",
       r"\d[\d_]*(?:[A-Za-z_]\w*)?")
    def INT(self, t: Token) -> Token:
        text = t.value
        if text[:2] in ("0x", "0o", "0b"):
            radix = {"0x": 16, "0o": 8, "0b": 2}[text[:2]]
            digit_re = {16: r"[0-9a-fA-F_]*", 8: r"[0-7_]*", 2: r"[01_]*"}[radix]
            m = re.match(digit_re, text[2:])
            assert m is not None
            digits, suffix = m.group(), text[2 + m.end():]
        else:
            radix = 10
            m = re.match(r"[\d_]*", text)
            assert m is not None
            digits, suffix = m.group(), text[m.end():]
            # `1_f32`-style suffixes keep their leading underscores in `digits`.
        digits = digits.replace("_", "")
        if not digits:
            raise LexError("no valid digits found for number", t.index, t.end, code="E0768")
        if suffix in FLOAT_SUFFIXES and radix == 10:
            t.type = "FLOAT"
            t.value = (digits, suffix)
            return t
        if suffix and suffix not in INT_SUFFIXES and re.fullmatch(r"[iu]\d+", suffix):
            raise LexError(f"invalid width `{suffix[1:]}` for integer literal", t.index, t.end)
        if suffix and suffix not in INT_SUFFIXES:
            what = "float literal" if suffix in FLOAT_SUFFIXES else "number literal"
            raise LexError(f"invalid suffix `{suffix}` for {what}", t.index, t.end,
                           f"invalid suffix `{suffix}`")
        t.value = (int(digits, radix), suffix or None)
        return t

    # Punctuation, longest first.
    SHLEQ = r"<<="
    DOTDOTDOT = r"\.\.\."
    DOTDOTEQ = r"\.\.="
    DOTDOT = r"\.\."
    DOT = r"\."
    PATHSEP = r"::"
    COLON = r":"
    ARROW = r"->"
    FATARROW = r"=>"
    EQEQ = r"=="
    NE = r"!="
    LE = r"<="
    SHL = r"<<"
    GTGT = r">(?=>)"
    GTEQ = r">(?==)"
    GT = r">"
    LT = r"<"
    PLUSEQ = r"\+="
    MINUSEQ = r"-="
    STAREQ = r"\*="
    SLASHEQ = r"/="
    PERCENTEQ = r"%="
    CARETEQ = r"\^="
    ANDEQ = r"&="
    OREQ = r"\|="
    ANDAND = r"&&"
    OROR = r"\|\|"
    EQ = r"="
    PLUS = r"\+"
    MINUS = r"-"
    STAR = r"\*"
    SLASH = r"/"
    PERCENT = r"%"
    CARET = r"\^"
    NOT = r"!"
    AND = r"&"
    OR = r"\|"
    AT = r"@"
    COMMA = r","
    SEMI = r";"
    POUND = r"\#"
    DOLLAR = r"\$"
    QUESTION = r"\?"
    TILDE = r"~"
    LPAREN = r"\("
    RPAREN = r"\)"
    LBRACKET = r"\["
    RBRACKET = r"\]"
    LBRACE = r"\{"
    RBRACE = r"\}"

    def error(self, t: Token) -> None:
        c = t.value[0]
        if c == "'":
            if t.value.startswith("''"):
                raise LexError("empty character literal", self.index + 1, self.index + 1, "empty character literal")
            m = re.match(r"'([^'\\\n]{2,})'", t.value)
            if m:
                raise LexError("character literal may only contain one codepoint", self.index, self.index + m.end())
            raise LexError("unterminated character literal", self.index, len(self.text), code="E0762")
        if c == '"' or t.value.startswith('b"'):
            raise LexError("unterminated double quote string", self.index, len(self.text), code="E0765")
        shown = c if c.isprintable() and c.isascii() else f"\\u{{{ord(c):x}}}"
        raise LexError(f"unknown start of token: {shown}", self.index, self.index + 1)


@dataclass(slots=True)
class TokenTree:
    """The value of a `TT` token: the tokens between the delimiters of a macro call."""

    delim: str  # "LPAREN", "LBRACKET" or "LBRACE"
    tokens: list[Token]
    open_span: Span
    close_span: Span


_LEXER = RustLexer()


def _char_to_byte_map(text: str) -> list[int] | None:
    if text.isascii():
        return None
    return list(itertools.accumulate((len(c.encode("utf-8")) for c in text), initial=0))


def tokenize(text: str, file: int) -> list[Token]:
    """Lex `text` (file index `file`) into tokens with byte offsets, delimiters
    checked and macro arguments folded into `TT` tokens.  Raises CompileError."""
    byte_of = _char_to_byte_map(text)
    try:
        raw = list(_LEXER.tokenize(text))
    except LexError as e:
        lo, hi = e.offset, max(e.end, e.offset + 1)
        if byte_of is not None:
            lo, hi = byte_of[min(lo, len(text))], byte_of[min(hi, len(text))]
        diag = error(e.message, Span(file, lo, hi), e.label, e.code)
        if e.help_text is not None:
            diag.with_help(e.help_text)
        raise CompileError(diag) from None
    for tok in raw:
        if byte_of is not None:
            tok.index = byte_of[tok.index]
            tok.end = byte_of[tok.end]
    _check_delimiters(raw, file, eof_offset(text))
    return fold_macro_arguments(raw, file)


def eof_offset(text: str) -> int:
    """Where rustc puts `<eof>`: the end of the file, or its final newline."""
    size = len(text.encode("utf-8"))
    return size - 1 if text.endswith("\n") else size


def _check_delimiters(tokens: list[Token], file: int, eof: int) -> None:
    stack: list[Token] = []
    for tok in tokens:
        if tok.type in OPEN_DELIMS:
            stack.append(tok)
        elif tok.type in CLOSE_DELIMS:
            if not stack:
                raise CompileError(error(f"unexpected closing delimiter: `{TOKEN_TEXT[tok.type]}`",
                                         Span(file, tok.index, tok.end), "unexpected closing delimiter"))
            open_tok = stack.pop()
            if OPEN_DELIMS[open_tok.type] != tok.type:
                diag = error(f"mismatched closing delimiter: `{TOKEN_TEXT[tok.type]}`",
                             Span(file, tok.index, tok.end), "mismatched closing delimiter")
                diag.with_label(Span(file, open_tok.index, open_tok.end), "unclosed delimiter")
                raise CompileError(diag)
    if stack:
        diag = error("this file contains an unclosed delimiter", Span(file, eof, eof))
        for open_tok in stack:
            diag.with_label(Span(file, open_tok.index, open_tok.end), "unclosed delimiter")
        raise CompileError(diag)


def fold_macro_arguments(tokens: list[Token], file: int) -> list[Token]:
    """Replace the delimited group after `name!` (and after `macro_rules! name`) by one
    TT token.  Delimiters are known to balance."""
    out: list[Token] = []
    i = 0
    n = len(tokens)
    while i < n:
        tok = tokens[i]
        out.append(tok)
        i += 1
        if tok.type != "NOT" or len(out) < 2 or out[-2].type != "IDENT" or i >= n:
            continue
        if out[-2].value == "macro_rules" and tokens[i].type == "IDENT":
            out.append(tokens[i])
            i += 1
        if i < n and tokens[i].type in OPEN_DELIMS:
            j = _matching_close(tokens, i)
            group = Token()
            group.type = "TT"
            group.index = tokens[i].index
            group.end = tokens[j].end
            group.lineno = tokens[i].lineno
            group.value = TokenTree(
                tokens[i].type, tokens[i + 1:j],
                Span(file, tokens[i].index, tokens[i].end), Span(file, tokens[j].index, tokens[j].end))
            out.append(group)
            i = j + 1
    return out


def _matching_close(tokens: list[Token], start: int) -> int:
    depth = 0
    for j in range(start, len(tokens)):
        kind = tokens[j].type
        if kind in OPEN_DELIMS:
            depth += 1
        elif kind in CLOSE_DELIMS:
            depth -= 1
            if depth == 0:
                return j
    raise AssertionError("delimiters were checked to balance")


def describe_token(tok: Token | None) -> str:
    """rustc's way of naming a found token: `x`, keyword `let`, `<eof>`."""
    if tok is None:
        return "`<eof>`"
    kind = tok.type
    if kind in KEYWORDS.values() and kind != "UNDERSCORE":
        return f"keyword `{TOKEN_TEXT[kind]}`"
    if kind in TOKEN_TEXT:
        return f"`{TOKEN_TEXT[kind]}`"
    if kind == "IDENT":
        return f"`{tok.value}`"
    if kind == "LIFETIME":
        return f"lifetime `{tok.value}`"
    return f"`{getattr(tok, 'text', None) or _literal_text(tok)}`"


def _literal_text(tok: Token) -> str:
    value = tok.value
    if tok.type == "INT":
        return f"{value[0]}{value[1] or ''}"
    if tok.type == "FLOAT":
        return f"{value[0]}{value[1] or ''}"
    if tok.type == "STR":
        return '"' + value + '"'
    if tok.type == "CHAR":
        return "'" + value + "'"
    if tok.type == "TT":
        return "(" if value.delim == "LPAREN" else "[" if value.delim == "LBRACKET" else "{"
    return str(value)

