"""The lexer: every literal form, lifetimes vs chars, `>` splitting, comments, errors."""
from __future__ import annotations

import pytest

from rustlet.diagnostics import CompileError
from rustlet.syntax.lexer import tokenize


def kinds(text: str) -> list[str]:
    return [t.type for t in tokenize(text, 0)]


def values(text: str) -> list[object]:
    return [t.value for t in tokenize(text, 0)]


@pytest.mark.parametrize("text, value", [
    ("42", (42, None)), ("1_000_000", (1000000, None)), ("0x1F", (31, None)), ("0xffu8", (255, "u8")),
    ("0o17", (15, None)), ("0b1010_1010", (170, None)), ("7i64", (7, "i64")), ("3_usize", (3, "usize")),
    ("0b1u8", (1, "u8")),
])
def test_integer_literals(text: str, value: tuple[int, str | None]) -> None:
    assert kinds(text) == ["INT"]
    assert values(text) == [value]


@pytest.mark.parametrize("text, value", [
    ("1.5", ("1.5", None)), ("1e10", ("1e10", None)), ("2.5E-3", ("2.5E-3", None)), ("1.", ("1.", None)),
    ("1f64", ("1", "f64")), ("1.0f32", ("1.0", "f32")), ("1_000.5", ("1000.5", None)), ("3e+2_f64", ("3e+2", "f64")),
])
def test_float_literals(text: str, value: tuple[str, str | None]) -> None:
    assert kinds(text) == ["FLOAT"]
    assert values(text) == [value]


def test_dot_after_integer_is_not_a_float() -> None:
    assert kinds("1..2") == ["INT", "DOTDOT", "INT"]
    assert kinds("1.max(2)") == ["INT", "DOT", "IDENT", "LPAREN", "INT", "RPAREN"]
    assert kinds("t.0.1") == ["IDENT", "DOT", "FLOAT"]  # split by the parser
    assert kinds("1.5.max(2.0)") == ["FLOAT", "DOT", "IDENT", "LPAREN", "FLOAT", "RPAREN"]


@pytest.mark.parametrize("text, kind, value", [
    (r"'a'", "CHAR", "a"), (r"'\n'", "CHAR", "\n"), (r"'\''", "CHAR", "'"), (r"'\x7f'", "CHAR", "\x7f"),
    (r"'\u{1F600}'", "CHAR", "\U0001F600"), ("'é'", "CHAR", "é"), (r"'\\'", "CHAR", "\\"), (r"'\0'", "CHAR", "\0"),
    (r"b'a'", "BYTE", 97), (r"b'\xff'", "BYTE", 255),
    (r'"a\tb\"c\\"', "STR", 'a\tb"c\\'), ('"line\\\n     next"', "STR", "linenext"),
    ('r"raw\\n"', "STR", "raw\\n"), ('r#"has "quotes""#', "STR", 'has "quotes"'),
    ('b"bytes\\x00"', "BSTR", b"bytes\x00"), ('br"raw"', "BSTR", b"raw"),
    (r"b'\''", "BYTE", 39), (r"b'\0'", "BYTE", 0), (r"b'\\'", "BYTE", 92), (r"b'\x80'", "BYTE", 128),
    (r'b"\n\r\t\\\0\'\"\xfe"', "BSTR", b"\n\r\t\\\0'\"\xfe"), ('br#"a"b\\n"#', "BSTR", b'a"b\\n'),
    ('b"a\\\n    b"', "BSTR", b"ab"), ('b""', "BSTR", b""),
])
def test_char_and_string_literals(text: str, kind: str, value: object) -> None:
    assert kinds(text) == [kind]
    assert values(text) == [value]


def test_byte_literal_error_positions() -> None:
    """As rustc: the offending character, the escape, or the whole literal for `b'ab'`."""
    spans = {}
    for text in ("x b'é'", 'x b"\\u{41}"', "x b'ab'", "x b'a"):
        with pytest.raises(CompileError) as info:
            tokenize(text, 0)
        span = info.value.diagnostics[0].span
        spans[text] = (span.lo, span.hi)
    assert spans == {"x b'é'": (4, 6), 'x b"\\u{41}"': (4, 10), "x b'ab'": (2, 7), "x b'a": (3, 5)}


def test_lifetimes_versus_chars() -> None:
    assert kinds("'a") == ["LIFETIME"]
    assert kinds("&'a str") == ["AND", "LIFETIME", "IDENT"]
    assert kinds("'a: loop {}") == ["LIFETIME", "COLON", "LOOP", "LBRACE", "RBRACE"]
    assert kinds("f('a', 'b')") == ["IDENT", "LPAREN", "CHAR", "COMMA", "CHAR", "RPAREN"]
    assert kinds("'static") == ["LIFETIME"]


def test_greater_than_is_marked_by_its_neighbour() -> None:
    assert kinds("a >> b") == ["IDENT", "GTGT", "GT", "IDENT"]
    assert kinds("a >= b") == ["IDENT", "GTEQ", "EQ", "IDENT"]
    assert kinds("a >>= b") == ["IDENT", "GTGT", "GTEQ", "EQ", "IDENT"]
    assert kinds("Vec<Vec<u8>>") == ["IDENT", "LT", "IDENT", "LT", "IDENT", "GTGT", "GT"]
    assert kinds("a -> b => c") == ["IDENT", "ARROW", "IDENT", "FATARROW", "IDENT"]


def test_keywords_and_raw_identifiers() -> None:
    assert kinds("fn r#fn Self self _ x_") == ["FN", "IDENT", "SELFTYPE", "SELF", "UNDERSCORE", "IDENT"]
    assert values("r#match")[0] == "match"


def test_comments_nest() -> None:
    assert kinds("a /* x /* y */ z */ b // c\n d /// doc\n") == ["IDENT", "IDENT", "IDENT"]


def test_macro_arguments_fold_into_one_token_tree() -> None:
    toks = tokenize("println!(\"{}\", f(x)); y", 0)
    assert [t.type for t in toks] == ["IDENT", "NOT", "TT", "SEMI", "IDENT"]
    tree = toks[2].value
    assert tree.delim == "LPAREN"
    assert [t.type for t in tree.tokens] == ["STR", "COMMA", "IDENT", "LPAREN", "IDENT", "RPAREN"]
    assert (toks[2].index, toks[2].end) == (8, 20)


def test_spans_are_byte_offsets() -> None:
    toks = tokenize('"é" x', 0)
    assert (toks[1].index, toks[1].end) == (5, 6)  # `é` is two bytes


@pytest.mark.parametrize("text, message", [
    ("let x = $ ` ;", "unknown start of token: `"),
    ("a ¤", "unknown start of token: \\u{a4}"),
    ("'ab'", "character literal may only contain one codepoint"),
    ("''", "empty character literal"),
    ('"abc', "unterminated double quote string"),
    ("/* open", "unterminated block comment"),
    ("1i33", "invalid width `33` for integer literal"),
    ("1.5u32", "invalid suffix `u32` for float literal"),
    ("5xyz", "invalid suffix `xyz` for number literal"),
    ("0x", "no valid digits found for number"),
    (r"'\q'", "unknown character escape: `q`"),
    (r"b'\q'", "unknown byte escape: `q`"),
    ("b'é'", "non-ASCII character in byte literal"),
    ('b"aé"', "non-ASCII character in byte string literal"),
    ('br"é"', "non-ASCII character in raw byte string literal"),
    (r"b'\u{41}'", "unicode escape in byte string"),
    (r'b"\u{41}"', "unicode escape in byte string"),
    ("b'ab'", "character literal may only contain one codepoint"),
    ("b''", "empty character literal"),
    ("b'a", "unterminated byte constant"),
    ('b"abc', "unterminated double quote byte string"),
    ('br"abc', "unterminated raw string"),
    ("(1, 2]", "mismatched closing delimiter: `]`"),
    ("fn f() {}}", "unexpected closing delimiter: `}`"),
    ("fn f() {", "this file contains an unclosed delimiter"),
])
def test_lexical_errors(text: str, message: str) -> None:
    with pytest.raises(CompileError) as info:
        tokenize(text, 0)
    assert info.value.diagnostics[0].message == message
