"""The pattern checker on hand-built THIR, against what rustc 1.95 prints.

Each case pairs a one-line Rust function with the THIR typeck would produce for it and
the diagnostics rustc reports (code, message, primary label, secondary labels).  The
expectations were copied from rustc's output; `test_expectations_match_rustc` compiles
all the Rust sources in one file and checks that rustc still says exactly that, on
the case's line (skipped when rustc is not installed).
"""
from __future__ import annotations

import os
import re
import subprocess
import tempfile
from dataclasses import dataclass, field
from typing import Callable

import pytest

from rustlet import thir
from rustlet.diagnostics import Level
from rustlet.types import (
    BOOL,
    CHAR,
    F64,
    I32,
    ISIZE,
    STR_REF,
    U8,
    USIZE,
    IntKind,
    IntTy,
    RefTy,
    TupleTy,
)
from tests.pattern.builders import Builder

RUSTC = os.path.expanduser("~/.cargo/bin/rustc")

PRELUDE = """#![allow(dead_code, unused_variables)]
enum Color { Red, Green, Blue }
enum Shape { Circle { r: i32 }, Square(i32), Empty }
struct P { x: i32, y: bool }
struct T(i32, bool);
enum Void {}
"""

I8 = IntTy(IntKind.I8)
U16 = IntTy(IntKind.U16)
U64 = IntTy(IntKind.U64)


@dataclass
class Defs:
    b: Builder
    color: object = None
    shape: object = None
    p: object = None
    t: object = None
    void: object = None

    def __post_init__(self) -> None:
        b = self.b
        self.color = b.ty(b.enum("Color", [("Red", []), ("Green", []), ("Blue", [])]))
        self.shape = b.ty(b.enum("Shape", [("Circle", {"r": I32}), ("Square", [I32]), ("Empty", [])]))
        self.p = b.ty(b.struct("P", {"x": I32, "y": BOOL}))
        self.t = b.ty(b.struct("T", [I32, BOOL]))
        self.void = b.ty(b.enum("Void", []))


@dataclass
class Expect:
    code: str | None  # None for a warning
    message: str
    label: str = ""
    secondary: list[str] = field(default_factory=list)


@dataclass
class Case:
    name: str
    rust: str  # one line
    build: Callable[[Builder, Defs], list]
    expect: list[Expect]


def err4(witnesses: str) -> Expect:
    plural = "s" if " and " in witnesses else ""
    return Expect("E0004", f"non-exhaustive patterns: {witnesses} not covered", f"pattern{plural} {witnesses} not covered")


def unreachable(*secondary: str) -> Expect:
    return Expect(None, "unreachable pattern", "no value can reach this", list(secondary))


def opt(b: Builder, t=I32):
    return b.option_ty(t)


TUP_BB = TupleTy((BOOL, BOOL))

CASES = [
    # ── E0004 witness formats ──
    Case("option_none", "fn f(x: Option<i32>) { match x { Some(_) => {} } }",
         lambda b, d: [b.match(opt(b), b.variant(opt(b), "Some", b.wild(I32)))],
         [err4("`None`")]),
    Case("option_empty_match", "fn f(x: Option<i32>) { match x { } }",
         lambda b, d: [b.match(opt(b))],
         [err4("`None` and `Some(_)`")]),
    Case("i32_around_zero", "fn f(x: i32) { match x { 0 => {} } }",
         lambda b, d: [b.match(I32, b.const(I32, 0))],
         [err4("`i32::MIN..=-1_i32` and `1_i32..=i32::MAX`")]),
    Case("ref_i32", "fn f(x: &i32) { match x { &0 => {} } }",
         lambda b, d: [b.match(RefTy(I32), b.deref(RefTy(I32), b.const(I32, 0)))],
         [err4("`&i32::MIN..=-1_i32` and `&1_i32..=i32::MAX`")]),
    Case("bool_pair", "fn f(x: (bool, bool)) { match x { (true, true) => {} (false, _) => {} } }",
         lambda b, d: [b.match(TUP_BB, b.leaf(TUP_BB, b.const(BOOL, True), b.const(BOOL, True)),
                               b.leaf(TUP_BB, b.const(BOOL, False), b.wild(BOOL)))],
         [err4("`(true, false)`")]),
    Case("bool_pair_relevancy", "fn f(x: (bool, bool)) { match x { (true, _) => {} (_, true) => {} } }",
         lambda b, d: [b.match(TUP_BB, b.leaf(TUP_BB, b.const(BOOL, True), b.wild(BOOL)),
                               b.leaf(TUP_BB, b.wild(BOOL), b.const(BOOL, True)))],
         [err4("`(false, false)`")]),
    Case("str_needs_wildcard", "fn f(x: &str) { match x { \"a\" => {} } }",
         lambda b, d: [b.match(STR_REF, b.const(STR_REF, "a"))],
         [err4("`&_`")]),
    Case("enum_variant", "fn f(x: Color) { match x { Color::Red | Color::Green => {} } }",
         lambda b, d: [b.match(d.color, b.or_(d.color, b.variant(d.color, "Red"), b.variant(d.color, "Green")))],
         [err4("`Color::Blue`")]),
    Case("struct_variant", "fn f(x: Shape) { match x { Shape::Square(_) | Shape::Empty => {} } }",
         lambda b, d: [b.match(d.shape, b.or_(d.shape, b.variant(d.shape, "Square", b.wild(I32)),
                                              b.variant(d.shape, "Empty")))],
         [err4("`Shape::Circle { .. }`")]),
    Case("and_n_more", "fn f(x: u8) { match x { 0 => {} 2 => {} 4 => {} 6 => {} 8 => {} } }",
         lambda b, d: [b.match(U8, *[b.const(U8, i) for i in (0, 2, 4, 6, 8)])],
         [err4("`1_u8`, `3_u8`, `5_u8` and 2 more")]),
    Case("float_wildcard", "fn f(x: f64) { match x { 0.0 => {} } }",
         lambda b, d: [b.match(F64, b.const(F64, 0.0))],
         [err4("`_`")]),
    Case("char_ranges", "fn f(x: char) { match x { 'a' => {} } }",
         lambda b, d: [b.match(CHAR, b.const(CHAR, "a"))],
         [err4("`'\\0'..='`'`, `'b'..='\\u{d7ff}'` and `'\\u{e000}'..='\\u{10ffff}'`")]),
    Case("char_surrogate_gap", "fn f(x: char) { match x { '\\0'..='\\u{D7FF}' => {} } }",
         lambda b, d: [b.match(CHAR, b.range(CHAR, "\0", "\ud7ff"))],
         [err4("`'\\u{e000}'..='\\u{10ffff}'`")]),
    Case("named_struct", "fn f(x: P) { match x { P { x: 0, y: true } => {} } }",
         lambda b, d: [b.match(d.p, b.leaf(d.p, b.const(I32, 0), b.const(BOOL, True)))],
         [err4("`P { x: i32::MIN..=-1_i32, .. }` and `P { x: 1_i32..=i32::MAX, .. }`")]),
    Case("tuple_struct", "fn f(x: T) { match x { T(0, _) => {} } }",
         lambda b, d: [b.match(d.t, b.leaf(d.t, b.const(I32, 0), b.wild(BOOL)))],
         [err4("`T(i32::MIN..=-1_i32, _)` and `T(1_i32..=i32::MAX, _)`")]),
    Case("tuple_option", "fn f(x: (i32, Option<bool>)) { match x { (_, Some(true)) => {} } }",
         lambda b, d: [b.match(TupleTy((I32, opt(b, BOOL))),
                               b.leaf(TupleTy((I32, opt(b, BOOL))), b.wild(I32),
                                      b.variant(opt(b, BOOL), "Some", b.const(BOOL, True))))],
         [err4("`(_, None)`")]),
    Case("unmentioned_column_is_wildcard", "fn f(x: (i32, i32)) { match x { (0, _) => {} } }",
         lambda b, d: [b.match(TupleTy((I32, I32)), b.leaf(TupleTy((I32, I32)), b.const(I32, 0), b.wild(I32)))],
         [err4("`(i32::MIN..=-1_i32, _)` and `(1_i32..=i32::MAX, _)`")]),
    Case("u8_range_to_max", "fn f(x: u8) { match x { 0..=100 => {} } }",
         lambda b, d: [b.match(U8, b.range(U8, 0, 100))],
         [err4("`101_u8..=u8::MAX`")]),
    Case("i8_gap", "fn f(x: i8) { match x { -128..=0 => {} 2..=127 => {} } }",
         lambda b, d: [b.match(I8, b.range(I8, -128, 0), b.range(I8, 2, 127))],
         [err4("`1_i8`")]),
    Case("u64_open_range", "fn f(x: u64) { match x { 1.. => {} } }",
         lambda b, d: [b.match(U64, b.range(U64, 1, None))],
         [err4("`0_u64`")]),
    Case("exclusive_range", "fn f(x: u8) { match x { 0..10 => {} 10..=254 => {} } }",
         lambda b, d: [b.match(U8, b.range(U8, 0, 10, inclusive=False), b.range(U8, 10, 254))],
         [err4("`u8::MAX`")]),
    Case("i8_many_with_or", "fn f(x: i8) { match x { 0 | 2 | 4 | 6 => {} 8..=100 => {} } }",
         lambda b, d: [b.match(I8, b.or_(I8, *[b.const(I8, i) for i in (0, 2, 4, 6)]), b.range(I8, 8, 100))],
         [err4("`i8::MIN..=-1_i8`, `1_i8`, `3_i8` and 3 more")]),
    Case("nested_option", "fn f(x: Option<Option<Color>>) { match x { Some(Some(Color::Red)) => {} None => {} } }",
         lambda b, d: [b.match(opt(b, opt(b, d.color)),
                               b.variant(opt(b, opt(b, d.color)), "Some",
                                         b.variant(opt(b, d.color), "Some", b.variant(d.color, "Red"))),
                               b.variant(opt(b, opt(b, d.color)), "None"))],
         [err4("`Some(None)`")]),
    Case("bool_false", "fn f(x: bool) { match x { true => {} } }",
         lambda b, d: [b.match(BOOL, b.const(BOOL, True))],
         [err4("`false`")]),
    Case("enum_empty_match", "fn f(x: Color) { match x { } }",
         lambda b, d: [b.match(d.color)],
         [err4("`Color::Red`, `Color::Green` and `Color::Blue`")]),
    Case("result_err", "fn f(x: Result<i32, bool>) { match x { Ok(_) => {} } }",
         lambda b, d: [b.match(b.ty(b.result, I32, BOOL), b.variant(b.ty(b.result, I32, BOOL), "Ok", b.wild(I32)))],
         [err4("`Err(_)`")]),
    Case("guard_does_not_count", "fn f(x: Option<i32>) { match x { Some(n) if n > 0 => {} None => {} } }",
         lambda b, d: [b.match(opt(b), (b.variant(opt(b), "Some", b.bind(I32)), "guard"), b.variant(opt(b), "None"))],
         [err4("`Some(_)`")]),
    Case("default_binding_deref", "fn f(x: &Option<i32>) { match x { Some(_) => {} } }",
         lambda b, d: [b.match(RefTy(opt(b)), b.deref(RefTy(opt(b)), b.variant(opt(b), "Some", b.wild(I32))))],
         [err4("`&None`")]),
    Case("mut_ref", "fn f(x: &mut Option<i32>) { match x { &mut Some(_) => {} } }",
         lambda b, d: [b.match(RefTy(opt(b), True),
                               b.deref(RefTy(opt(b), True), b.variant(opt(b), "Some", b.wild(I32))))],
         [err4("`&mut None`")]),
    Case("double_ref", "fn f(x: &&bool) { match x { &&true => {} } }",
         lambda b, d: [b.match(RefTy(RefTy(BOOL)),
                               b.deref(RefTy(RefTy(BOOL)), b.deref(RefTy(BOOL), b.const(BOOL, True))))],
         [err4("`&&false`")]),
    Case("ref_tuple", "fn f(x: &(i32, bool)) { match x { (_, true) => {} } }",
         lambda b, d: [b.match(RefTy(TupleTy((I32, BOOL))),
                               b.deref(RefTy(TupleTy((I32, BOOL))),
                                       b.leaf(TupleTy((I32, BOOL)), b.wild(I32), b.const(BOOL, True))))],
         [err4("`&(_, false)`")]),
    Case("one_tuple", "fn f(x: (bool,)) { match x { (true,) => {} } }",
         lambda b, d: [b.match(TupleTy((BOOL,)), b.leaf(TupleTy((BOOL,)), b.const(BOOL, True)))],
         [err4("`(false,)`")]),
    Case("option_str", "fn f(x: Option<&str>) { match x { Some(\"a\") => {} None => {} } }",
         lambda b, d: [b.match(opt(b, STR_REF), b.variant(opt(b, STR_REF), "Some", b.const(STR_REF, "a")),
                               b.variant(opt(b, STR_REF), "None"))],
         [err4("`Some(&_)`")]),
    Case("usize_open", "fn f(x: usize) { match x { 0 => {} } }",
         lambda b, d: [b.match(USIZE, b.const(USIZE, 0))],
         [err4("`1_usize..`")]),
    Case("isize_open", "fn f(x: isize) { match x { 0 => {} } }",
         lambda b, d: [b.match(ISIZE, b.const(ISIZE, 0))],
         [err4("`..=-1_isize` and `1_isize..`")]),
    Case("usize_max_not_exhaustive", "fn f(x: usize) { match x { 0..=usize::MAX => {} } }",
         lambda b, d: [b.match(USIZE, b.range(USIZE, 0, USIZE.kind.max))],
         [err4("`usize::MAX..`")]),
    Case("isize_bounds_not_exhaustive", "fn f(x: isize) { match x { isize::MIN..=isize::MAX => {} } }",
         lambda b, d: [b.match(ISIZE, b.range(ISIZE, ISIZE.kind.min, ISIZE.kind.max))],
         [err4("`..isize::MIN` and `isize::MAX..`")]),
    Case("empty_match_non_empty_type", "fn f(x: i32) { match x { } }",
         lambda b, d: [b.match(I32)],
         [Expect("E0004", "non-exhaustive patterns: type `i32` is non-empty")]),
    Case("empty_match_ref_to_empty", "fn f(x: &Void) { match x { } }",
         lambda b, d: [b.match(RefTy(d.void))],
         [Expect("E0004", "non-exhaustive patterns: type `&Void` is non-empty")]),
    # ── exhaustive matches: no diagnostics ──
    Case("empty_enum_empty_match", "fn f(x: Void) { match x { } }",
         lambda b, d: [b.match(d.void)], []),
    Case("uninhabited_variant_omitted", "fn f(x: Result<Void, i32>) { match x { Err(_) => {} } }",
         lambda b, d: [b.match(b.ty(b.result, d.void, I32), b.variant(b.ty(b.result, d.void, I32), "Err", b.wild(I32)))],
         []),
    Case("i8_full_cover", "fn f(x: i8) { match x { i8::MIN..=-1 => {} 0 => {} 1..=i8::MAX => {} } }",
         lambda b, d: [b.match(I8, b.range(I8, -128, -1), b.const(I8, 0), b.range(I8, 1, 127))], []),
    Case("isize_half_open_cover", "fn f(x: isize) { match x { ..=-1 => {} 0.. => {} } }",
         lambda b, d: [b.match(ISIZE, b.range(ISIZE, None, -1), b.range(ISIZE, 0, None))], []),
    Case("char_full_cover", "fn f(x: char) { match x { '\\0'..='\\u{D7FF}' | '\\u{E000}'..='\\u{10FFFF}' => {} } }",
         lambda b, d: [b.match(CHAR, b.or_(CHAR, b.range(CHAR, "\0", "\ud7ff"), b.range(CHAR, "\ue000", "\U0010ffff")))],
         []),
    Case("binding_with_subpattern", "fn f(x: u8) { match x { n @ 0..=9 => {} n @ 10.. => {} } }",
         lambda b, d: [b.match(U8, b.bind(U8, "n", b.range(U8, 0, 9)), b.bind(U8, "n", b.range(U8, 10, None)))], []),
    # ── E0005 ──
    Case("let_refutable", "fn f(x: Option<i32>) { let Some(y) = x; }",
         lambda b, d: [b.let(b.variant(opt(b), "Some", b.bind(I32, "y")))],
         [Expect("E0005", "refutable pattern in local binding", "pattern `None` not covered")]),
    Case("let_refutable_variants", "fn f(x: Color) { let Color::Red = x; }",
         lambda b, d: [b.let(b.variant(d.color, "Red"))],
         [Expect("E0005", "refutable pattern in local binding", "patterns `Color::Green` and `Color::Blue` not covered")]),
    Case("let_refutable_or", "fn f(x: u16) { let (1 | 2) = x; }",
         lambda b, d: [b.let(b.or_(U16, b.const(U16, 1), b.const(U16, 2)))],
         [Expect("E0005", "refutable pattern in local binding", "patterns `0_u16` and `3_u16..=u16::MAX` not covered")]),
    Case("fn_argument", "fn f((a, Some(b)): (i32, Option<i32>)) {}",
         lambda b, d: b.fn([], params=[b.leaf(TupleTy((I32, opt(b))), b.bind(I32, "a"),
                                              b.variant(opt(b), "Some", b.bind(I32, "b")))]) or [],
         [Expect("E0005", "refutable pattern in function argument", "pattern `(_, None)` not covered")]),
    Case("closure_argument", "fn f() { let c = |Some(x): Option<i32>| x; }",
         lambda b, d: b.fn([], params=[b.variant(opt(b), "Some", b.bind(I32))], closure=True) or [],
         [Expect("E0005", "refutable pattern in closure argument", "pattern `None` not covered")]),
    Case("for_loop_binding", "fn f(items: [Option<i32>; 2]) { for Some(x) in items {} }",
         lambda b, d: [b.match(opt(b, opt(b)), b.variant(opt(b, opt(b)), "None"),
                               b.variant(opt(b, opt(b)), "Some", b.variant(opt(b), "Some", b.bind(I32))),
                               source=thir.MatchSource.FOR_LOOP)],
         [Expect("E0005", "refutable pattern in `for` loop binding", "pattern `None` not covered")]),
    Case("binding_named_like_variant", "fn f(x: Color) { match x { Red => {} _ => {} } }",
         lambda b, d: [b.match(d.color, b.bind(d.color, "Red"), b.wild(d.color))],
         [Expect("E0170", "pattern binding `Red` is named the same as one of the variants of the type `Color`",
                 "help: to match on the variant, qualify the path: `Color::Red`"),
          unreachable("matches any value")]),
    # ── warnings ──
    Case("unreachable_after_all_variants", "fn f(x: Option<i32>) { match x { Some(_) => {} None => {} _ => {} } }",
         lambda b, d: [b.match(opt(b), b.variant(opt(b), "Some", b.wild(I32)), b.variant(opt(b), "None"), b.wild(opt(b)))],
         [unreachable("matches some of the same values", "matches some of the same values")]),
    Case("unreachable_inside_range", "fn f(x: i32) { match x { 0..=10 => {} 5 => {} _ => {} } }",
         lambda b, d: [b.match(I32, b.range(I32, 0, 10), b.const(I32, 5), b.wild(I32))],
         [unreachable("matches all the relevant values")]),
    Case("unreachable_after_or", "fn f(x: bool) { match x { true | false => {} true => {} } }",
         lambda b, d: [b.match(BOOL, b.or_(BOOL, b.const(BOOL, True), b.const(BOOL, False)), b.const(BOOL, True))],
         [unreachable("matches all the relevant values")]),
    Case("unreachable_alternative", "fn f(x: Option<i32>) { match x { Some(1) | Some(1) => {} _ => {} } }",
         lambda b, d: [b.match(opt(b), b.or_(opt(b), b.variant(opt(b), "Some", b.const(I32, 1)),
                                             b.variant(opt(b), "Some", b.const(I32, 1))), b.wild(opt(b)))],
         [unreachable("matches all the relevant values")]),
    Case("unreachable_after_catchall", "fn f(x: i32) { match x { y => {} 5 => {} } }",
         lambda b, d: [b.match(I32, b.bind(I32, "y"), b.const(I32, 5))],
         [unreachable("matches any value")]),
    Case("unreachable_after_tuple_catchall", "fn f(x: (i32, bool)) { match x { (_, _) => {} (5, true) => {} } }",
         lambda b, d: [b.match(TupleTy((I32, BOOL)), b.leaf(TupleTy((I32, BOOL)), b.wild(I32), b.wild(BOOL)),
                               b.leaf(TupleTy((I32, BOOL)), b.const(I32, 5), b.const(BOOL, True)))],
         [unreachable("matches any value")]),
    Case("unreachable_collectively", "fn f(x: i32) { match x { n @ 1..=5 => {} _ => {} n => {} } }",
         lambda b, d: [b.match(I32, b.bind(I32, "n", b.range(I32, 1, 5)), b.wild(I32), b.bind(I32, "n"))],
         [unreachable("matches some of the same values", "matches some of the same values")]),
    Case("irrefutable_if_let", "fn f(x: Option<i32>) { if let y = x {} }",
         lambda b, d: [b.if_let(b.bind(opt(b), "y"))],
         [Expect(None, "irrefutable `if let` pattern")]),
    Case("irrefutable_let_else", "fn f(x: i32) { let y = x else { return; }; }",
         lambda b, d: [b.let(b.bind(I32, "y"), else_block=True)],
         [Expect(None, "irrefutable `let...else` pattern")]),
    Case("irrefutable_while_let", "fn f(x: Option<i32>) { while let y = x { break; } }",
         lambda b, d: [b.match(opt(b), b.bind(opt(b), "y"), b.wild(opt(b)), source=thir.MatchSource.WHILE_LET)],
         [Expect(None, "irrefutable `while let` pattern")]),
    Case("refutable_if_let_is_fine", "fn f(x: Option<i32>) { if let Some(_) = x {} }",
         lambda b, d: [b.if_let(b.variant(opt(b), "Some", b.wild(I32)))], []),
]


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_case(case: Case) -> None:
    b = Builder()
    d = Defs(b)
    body = case.build(b, d)
    diags = b.check(*body)
    got = [
        (
            d_.code if d_.level is Level.ERROR else None,
            d_.message,
            d_.label if d_.level is Level.ERROR or d_.message == "unreachable pattern" else "",
            [l.message for l in d_.secondary],
        )
        for d_ in diags
    ]
    want = [(e.code, e.message, e.label, e.secondary) for e in case.expect]
    assert got == want


def test_try_desugaring_arms_are_not_linted() -> None:
    b = Builder()
    o = b.option_ty(I32)
    match = b.match(o, b.wild(o), b.variant(o, "None"), source=thir.MatchSource.TRY)
    assert b.check(match) == []


def test_unreachable_labels_point_at_covering_patterns() -> None:
    b = Builder()
    first, second, third = b.range(I32, 0, 10), b.const(I32, 5), b.wild(I32)
    [diag] = b.check(b.match(I32, first, second, third))
    assert diag.level is Level.WARNING
    assert diag.span == second.span
    assert [l.span for l in diag.secondary] == [first.span]


def test_binding_subpattern_reports_subpattern_span() -> None:
    # rustc underlines `1..=5`, not `n @ 1..=5`, as one of the covering patterns.
    b = Builder()
    sub = b.range(I32, 1, 5)
    wild = b.wild(I32)
    last = b.bind(I32, "n")
    [diag] = b.check(b.match(I32, b.bind(I32, "n", sub), wild, last))
    assert diag.span == last.span
    assert [l.span for l in diag.secondary] == [sub.span, wild.span]


def test_e0004_span_is_the_scrutinee() -> None:
    b = Builder()
    match = b.match(BOOL, b.const(BOOL, True))
    [diag] = b.check(match)
    assert diag.span == match.scrutinee.span


def test_lint_default_note_once() -> None:
    b = Builder()
    diags = b.check(b.match(BOOL, b.wild(BOOL), b.const(BOOL, True)), b.match(BOOL, b.wild(BOOL), b.const(BOOL, False)))
    assert [d.message for d in diags] == ["unreachable pattern"] * 2
    assert any("on by default" in n for n in diags[0].notes)
    assert not any("on by default" in n for n in diags[1].notes)


def test_notes_for_pointer_sized_and_str() -> None:
    b = Builder()
    [usize_diag] = b.check(b.match(USIZE, b.range(USIZE, 0, USIZE.kind.max)))
    assert usize_diag.notes == [
        "the matched value is of type `usize`",
        "`usize::MAX` is not treated as exhaustive, so half-open ranges are necessary to match exhaustively",
    ]
    b = Builder()
    [str_diag] = b.check(b.match(STR_REF, b.const(STR_REF, "a")))
    assert "`&str` cannot be matched exhaustively, so a wildcard `_` is necessary" in str_diag.notes


def test_let_else_help_depends_on_bindings() -> None:
    b = Builder()
    d = Defs(b)
    [with_binding] = b.check(b.let(b.variant(b.option_ty(I32), "Some", b.bind(I32))))
    assert with_binding.helps == ["you might want to use `let...else` to handle the variant that isn't matched"]
    b = Builder()
    d = Defs(b)
    [without] = b.check(b.let(b.variant(d.color, "Red")))
    assert without.helps == ["you might want to use `if let` to ignore the variants that aren't matched"]


def test_unsupported_pattern_is_a_diagnostic_not_a_crash() -> None:
    b = Builder()
    d = Defs(b)
    bad = b.deref(d.p, b.wild(d.p))  # a deref pattern on a non-reference type
    [diag] = b.check(b.match(d.p, bad))
    assert diag.message.startswith("unsupported:")


def test_large_or_of_constants_is_fast_enough_and_exhaustive() -> None:
    b = Builder()
    alts = [b.const(U8, i) for i in range(256)]
    assert b.check(b.match(U8, b.or_(U8, *alts))) == []


# ── the expectations above are rustc's ──


def _rustc_diagnostics(source: str) -> list[tuple[int, str, str]]:
    """(line, header, block text) for each diagnostic rustc prints for `source`."""
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "cases.rs")
        with open(path, "w") as f:
            f.write(source)
        proc = subprocess.run(
            [RUSTC, "--edition", "2021", "--emit=metadata", "--crate-type=lib", "-o", os.path.join(tmp, "out"), path],
            capture_output=True, text=True,
        )
    blocks = re.split(r"\n(?=(?:error|warning)(?:\[E\d+\])?: )", proc.stderr)
    out = []
    for block in blocks:
        loc = re.search(r"--> .*?:(\d+):\d+", block)
        if loc:
            out.append((int(loc.group(1)), block.splitlines()[0], block))
    return out


@pytest.mark.skipif(not os.path.exists(RUSTC), reason="rustc not installed")
def test_expectations_match_rustc() -> None:
    lines = PRELUDE.splitlines()
    case_line = {}
    for case in CASES:
        lines.append(case.rust.replace("fn f", f"fn {case.name}", 1))
        case_line[case.name] = len(lines)
    reported = _rustc_diagnostics("\n".join(lines) + "\n")
    for case in CASES:
        at_line = [(header, block) for line, header, block in reported if line == case_line[case.name]]
        headers = [h for h, _ in at_line]
        want = [f"error[{e.code}]: {e.message}" if e.code else f"warning: {e.message}" for e in case.expect]
        assert headers == want, case.name
        for (_, block), e in zip(at_line, case.expect):
            for text in [e.label, *e.secondary]:
                assert text in block, (case.name, text)
