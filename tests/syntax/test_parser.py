"""The grammar: precedence and associativity, Rust's ambiguities, every item, type and
pattern form, spans, and rustc's syntax-error messages."""
from __future__ import annotations

import pytest

from rustlet import ast
from tests.syntax.helpers import body, body_expr, error_of, expr, find_all, line_col, message_of, parse, \
    parse_with_map, sexp

# ───────────────────────────── precedence ─────────────────────────────


@pytest.mark.parametrize("text, tree", [
    ("1 + 2 * 3", "(1 + (2 * 3))"),
    ("1 * 2 + 3", "((1 * 2) + 3)"),
    ("1 - 2 - 3", "((1 - 2) - 3)"),
    ("a / b % c", "((a / b) % c)"),
    ("-a * b", "((-a) * b)"),
    ("-a.b()", "(-a.b())"),
    ("!a && b || c", "(((!a) && b) || c)"),
    ("a || b && c", "(a || (b && c))"),
    ("a == b && c != d", "((a == b) && (c != d))"),
    ("a & b == c", "((a & b) == c)"),
    ("a == b & c", "(a == (b & c))"),
    ("a | b ^ c & d", "(a | (b ^ (c & d)))"),
    ("a << 1 + b", "(a << (1 + b))"),
    ("a >> 2 >= 1", "((a >> 2) >= 1)"),
    ("a + b >> c", "((a + b) >> c)"),
    ("a < b >> c", "(a < (b >> c))"),
    ("x as u8 + 1", "((x as u8) + 1)"),
    ("-x as u64", "((-x) as u64)"),
    ("a * b as f64", "(a * (b as f64))"),
    ("x as i32 as u8", "((x as i32) as u8)"),
    ("&a + b", "((&a) + b)"),
    ("*p.q", "(*p.q)"),
    ("&mut v[0]", "(&mut v[0])"),
    ("a = b = c", "(a = (b = c))"),
    ("a += b * c", "(a += (b * c))"),
    ("a >>= 1", "(a >>= 1)"),
    ("a <<= 1", "(a <<= 1)"),
    ("x = 1..2", "(x = (1..2))"),
    ("a + 1..b * 2", "((a + 1)..(b * 2))"),
    ("a || b..c", "((a || b)..c)"),
    ("..5", "(..5)"),
    ("3..", "(3..)"),
    ("..", "(..)"),
    ("1..=n", "(1..=n)"),
    ("f(x)?.y", "f(x)?.y"),
    ("a.b.c(d)[e]", "a.b.c(d)[e]"),
    ("return a + b", "(return (a + b))"),
    ("|x| x + 1", "(|x| (x + 1))"),
])
def test_precedence_and_associativity(text: str, tree: str) -> None:
    assert sexp(expr(text)) == tree


@pytest.mark.parametrize("text", ["a < b < c", "a == b == c", "a < b > c", "a >= b < c"])
def test_comparisons_do_not_chain(text: str) -> None:
    diag, _ = error_of(f"fn f() {{ let x = {text}; }}")
    assert diag.message == "comparison operators cannot be chained"


def test_ranges_do_not_chain() -> None:
    diag, where = error_of("fn f() { let x = 1..2..3; }")
    assert diag.message == "expected one of `.`, `;`, `?`, `else`, or an operator, found `..`"
    assert where == (1, 22)
    assert sexp(expr("(1..2)..3")) == "((1..2)..3)"


# ───────────────────────────── ambiguities ─────────────────────────────


def test_no_struct_literal_in_conditions() -> None:
    stmt = body("if x == S { foo(); }").expr
    assert isinstance(stmt, ast.If)
    assert sexp(stmt.cond) == "(x == S)"
    loop = body("for i in v {}").expr
    assert isinstance(loop, ast.ForLoop) and sexp(loop.iter) == "v"
    m = body("match s { _ => 1 }").expr
    assert isinstance(m, ast.Match) and sexp(m.scrutinee) == "s"
    w = body("while a < b { }").expr
    assert isinstance(w, ast.While) and sexp(w.cond) == "(a < b)"


def test_struct_literal_allowed_inside_parentheses_in_conditions() -> None:
    cond = body("if x == (S { a: 1 }) {}").expr.cond
    assert isinstance(cond, ast.Binary) and isinstance(cond.rhs, ast.StructLit)
    call_arg = body("if f(S { a: 1 }) {}").expr.cond
    assert isinstance(call_arg, ast.Call) and isinstance(call_arg.args[0], ast.StructLit)


def test_open_range_before_a_block() -> None:
    loop = body("for i in 0.. { break; }").expr
    assert isinstance(loop, ast.ForLoop)
    assert isinstance(loop.iter, ast.Range) and loop.iter.end is None
    assert len(loop.body.stmts) == 1


def test_block_like_statement_ends_the_statement() -> None:
    block = body("if c {} -1")
    assert isinstance(block.stmts[0], ast.ExprStmt) and isinstance(block.stmts[0].expr, ast.If)
    assert not block.stmts[0].has_semi
    assert sexp(block.expr) == "(-1)"
    block = body("match x { _ => () } *p = 1;")
    assert isinstance(block.stmts[0].expr, ast.Match)
    assert sexp(block.stmts[1].expr) == "((*p) = 1)"
    block = body("{ 1 } (2, 3)")
    assert isinstance(block.stmts[0].expr, ast.BlockExpr) and isinstance(block.expr, ast.Tuple)


def test_block_like_statement_continues_with_method_call_and_question_mark() -> None:
    block = body("match x { _ => v }.len();")
    assert sexp(block.stmts[0].expr) == "Match.len()"
    block = body("if a { b } else { c }.to_string()")
    assert isinstance(block.expr, ast.MethodCall) and isinstance(block.expr.receiver, ast.If)


def test_block_like_expression_inside_an_expression_is_an_operand() -> None:
    assert sexp(body_expr("let y = 1 + if c { 1 } else { 2 } * 3; y")) == "y"
    stmt = body("let y = match x { _ => 1 } + 2;").stmts[0]
    assert isinstance(stmt, ast.LetStmt) and sexp(stmt.init) == "(Match + 2)"


def test_trailing_block_like_statement_is_the_block_value() -> None:
    block = body("let a = 1; if a > 0 { 1 } else { 2 }")
    assert isinstance(block.expr, ast.If)
    block = body("loop {};")
    assert block.expr is None and block.stmts[0].has_semi


def test_turbofish_and_generic_less_than() -> None:
    call = expr("Vec::<Vec<u8>>::new()")
    assert isinstance(call, ast.Call)
    seg = call.func.path.segments[0]
    assert seg.name == "Vec" and seg.generic_args is not None
    collect = expr("it.collect::<Vec<_>>()")
    assert isinstance(collect, ast.MethodCall) and collect.generic_args is not None
    assert sexp(expr("a < b && c > d")) == "((a < b) && (c > d))"


def test_nested_generics_close_with_shift_tokens() -> None:
    crate = parse("fn f(x: Vec<Vec<Option<u8>>>) -> HashMap<u8, Vec<u8>>{ let y: Vec<u8>= v; }")
    fn = crate.items[0]
    assert isinstance(fn, ast.FnDecl)
    ty = fn.params[0].ty
    assert isinstance(ty, ast.PathType)
    inner = ty.path.segments[0].generic_args.args[0]
    assert inner.path.segments[0].generic_args.args[0].path.names() == ["Option"]


def test_tuple_field_chain_splits_float_token() -> None:
    e = expr("t.0.1")
    assert isinstance(e, ast.Field) and e.name == "1"
    assert isinstance(e.expr, ast.Field) and e.expr.name == "0"
    assert sexp(expr("t.0.1.2")) == "t.0.1.2"


def test_field_access_then_call_is_a_method_call() -> None:
    e = expr("a.f(1)")
    assert isinstance(e, ast.MethodCall) and e.method == "f"
    e = expr("(a.f)(1)")
    assert isinstance(e, ast.Call) and isinstance(e.func, ast.Field)


def test_let_else_and_if_let_chains() -> None:
    stmt = body("let Some(x) = opt else { return; };").stmts[0]
    assert isinstance(stmt, ast.LetStmt) and stmt.else_block is not None
    stmt = body("let x = if a { 1 } else { 2 };").stmts[0]
    assert isinstance(stmt.init, ast.If) and stmt.else_block is None
    cond = body("if let Some(y) = x {}").expr.cond
    assert isinstance(cond, ast.Let) and isinstance(cond.pat, ast.TupleStructPat)
    cond = body("while let [a, b] = f() {}").expr.cond
    assert isinstance(cond, ast.Let)


# ─────────────────────────────── expressions ───────────────────────────────


def test_closures() -> None:
    c = expr("move |a: i32, (b, c)| -> i32 { a }")
    assert isinstance(c, ast.Closure) and c.is_move and c.ret is not None and len(c.params) == 2
    assert c.params[0].ty is not None
    c = expr("|| 5")
    assert isinstance(c, ast.Closure) and c.params == []
    c = expr("f(|&x| x * 2, |_| true)")
    assert all(isinstance(a, ast.Closure) for a in c.args)


def test_labels_break_continue() -> None:
    e = body_expr("'outer: for i in 0..3 { 'inner: loop { break 'outer; continue 'inner; } }")
    assert isinstance(e, ast.ForLoop) and e.label == "'outer"
    breaks = find_all(e, ast.Break)
    assert breaks[0].label == "'outer"
    assert find_all(e, ast.Continue)[0].label == "'inner"
    e = body_expr("'a: { break 'a 5; }")
    assert isinstance(e, ast.BlockExpr) and e.label == "'a"
    brk = find_all(e, ast.Break)[0]
    assert brk.label == "'a" and isinstance(brk.expr, ast.Lit)
    e = body_expr("loop { break 7 }")
    assert isinstance(e.body.expr, ast.Break) and e.body.expr.expr.value == 7


def test_struct_literals() -> None:
    e = expr("P { x, y: 2, ..base }")
    assert isinstance(e, ast.StructLit) and e.base is not None
    assert e.fields[0].shorthand and not e.fields[1].shorthand
    e = expr("T { 0: a, 1: b }")
    assert [f.name for f in e.fields] == ["0", "1"]
    e = expr("Self { a: 1 }")
    assert e.path.names() == ["Self"]


def test_match_arms() -> None:
    m = body_expr("match x { | 1 | 2 => a, 3..=5 if y => { b } n @ 6 => c, _ => {} }")
    assert isinstance(m, ast.Match) and len(m.arms) == 4
    assert isinstance(m.arms[0].pat, ast.OrPat) and len(m.arms[0].pat.alts) == 2
    assert m.arms[1].guard is not None
    assert isinstance(m.arms[2].pat, ast.IdentPat) and m.arms[2].pat.subpattern is not None


def test_literals_in_expressions() -> None:
    e = expr("(1u8, 2.5f32, 'c', b'x', \"s\", b\"bs\", true, 1e3)")
    kinds = [x.kind for x in e.elems]
    assert kinds == [ast.LitKind.INT, ast.LitKind.FLOAT, ast.LitKind.CHAR, ast.LitKind.BYTE, ast.LitKind.STR,
                     ast.LitKind.BYTE_STR, ast.LitKind.BOOL, ast.LitKind.FLOAT]
    assert e.elems[0].suffix == "u8" and e.elems[1].value == "2.5"


def test_arrays_tuples_and_qualified_paths() -> None:
    assert isinstance(expr("[0u8; 4]"), ast.Repeat)
    assert isinstance(expr("[1, 2, 3,]"), ast.Array)
    assert isinstance(expr("(1,)"), ast.Tuple) and isinstance(expr("(1)"), ast.Lit)
    e = expr("<T as Default>::default()")
    assert isinstance(e.func, ast.PathExpr) and e.func.qself is not None
    assert e.func.qself.trait_path.names() == ["Default"]
    e = expr("<Vec<u8>>::new()")
    assert e.func.qself.trait_path is None


def test_unsafe_block_and_destructuring_assignment() -> None:
    e = body_expr("unsafe { f() }")
    assert isinstance(e, ast.BlockExpr) and e.block.unsafe
    stmt = body("(a, _) = (1, 2);").stmts[0]
    assert isinstance(stmt.expr, ast.Assign) and isinstance(stmt.expr.lhs.elems[1], ast.Underscore)


# ────────────────────────────────── items ──────────────────────────────────


def test_functions_and_self_parameters() -> None:
    crate = parse("""
        impl<'a, T: Clone + 'a> W<'a, T> where T: Default {
            pub const fn new() -> Self { W }
            fn a(self) {} fn b(mut self) {} fn c(&self) {} fn d(&mut self) {}
            fn e(&'a self) {} fn f(self: Box<Self>) {} pub(crate) unsafe fn g(&self, x: u8) {}
            extern "C" fn h() {}
        }""")
    impl = crate.items[0]
    assert isinstance(impl, ast.ImplDecl) and impl.trait_path is None
    assert [type(p).__name__ for p in impl.generics.params] == ["LifetimeParam", "TypeParam"]
    assert len(impl.generics.where_clause) == 1
    fns = impl.items
    assert fns[0].is_const and fns[0].vis is ast.Visibility.PUB and fns[0].self_param is None
    kinds = [f.self_param.kind for f in fns[1:7]]
    assert kinds == [ast.SelfKind.VALUE, ast.SelfKind.VALUE, ast.SelfKind.REF, ast.SelfKind.REF_MUT,
                     ast.SelfKind.REF, ast.SelfKind.EXPLICIT]
    assert fns[2].self_param.mutable and fns[5].self_param.lifetime.name == "'a"
    assert fns[7].is_unsafe and fns[7].vis is ast.Visibility.PUB_CRATE and len(fns[7].params) == 1
    assert fns[8].abi == "C"


def test_structs_enums_traits() -> None:
    crate = parse("""
        #[derive(Debug, Clone)]
        pub struct Named<T> { pub a: T, b: Vec<T>, }
        struct Tuple(pub i32, u8);
        struct Unit;
        enum E { A, B(i32, i32), C { x: f64 }, D = 4, }
        pub trait Shape: Debug + Clone {
            const SIDES: u32;
            type Output: Copy;
            fn area(&self) -> f64;
            fn name(&self) -> String { String::new() }
        }
        impl<T> Shape for Named<T> { type Output = u8; const SIDES: u32 = 3; fn area(&self) -> f64 { 0.0 } }
        impl !Send for Unit {}
        """)
    # The derives are expanded in the syntax stage: one impl per trait right after the struct.
    named, derived_debug, derived_clone, tup, unit, enum, trait, impl, neg = crate.items
    assert named.kind is ast.StructKind.NAMED and named.fields[0].vis is ast.Visibility.PUB
    assert named.attrs[0].name == "derive" and [a.name for a in named.attrs[0].args] == ["Debug", "Clone"]
    assert [derived.trait_path.names() for derived in (derived_debug, derived_clone)] == \
        [["std", "fmt", "Debug"], ["std", "clone", "Clone"]]
    assert [derived.self_ty.path.names() for derived in (derived_debug, derived_clone)] == [["Named"], ["Named"]]
    assert tup.kind is ast.StructKind.TUPLE and len(tup.fields) == 2 and unit.kind is ast.StructKind.UNIT
    assert [v.kind for v in enum.variants] == [ast.StructKind.UNIT, ast.StructKind.TUPLE, ast.StructKind.NAMED,
                                               ast.StructKind.UNIT]
    assert enum.variants[3].discriminant.value == 4
    assert [b.path.names() for b in trait.supertraits] == [["Debug"], ["Clone"]]
    const, assoc_ty, required, provided = trait.items
    assert const.expr is None and assoc_ty.ty is None and assoc_ty.bounds
    assert required.body is None and provided.body is not None
    assert impl.trait_path.names() == ["Shape"] and len(impl.items) == 3
    assert neg.negative


def test_modules_use_trees_and_other_items() -> None:
    crate = parse("""
        #![allow(dead_code)]
        use std::collections::{HashMap, hash_map::Entry as E, self};
        use super::*;
        pub(super) use crate::a::b;
        mod inner { #![allow(unused)] pub fn f() {} }
        const N: usize = 3;
        static mut COUNT: u32 = 0;
        type Pair<T> = (T, T);
        extern crate core;
        macro_rules! m { ($x:expr) => { $x }; }
        """)
    assert crate.attrs[0].name == "allow" and crate.attrs[0].inner
    use1, use2, use3, mod, const, static, alias, ext, mac = crate.items
    assert use1.tree.kind is ast.UseTreeKind.NESTED and use1.tree.prefix.names() == ["std", "collections"]
    assert use1.tree.nested[1].rename == "E" and use1.tree.nested[2].prefix.names() == ["self"]
    assert use2.tree.kind is ast.UseTreeKind.GLOB
    assert use3.vis is ast.Visibility.PUB_SUPER
    assert mod.inline and mod.attrs[0].inner and isinstance(mod.items[0], ast.FnDecl)
    assert static.mutable and isinstance(alias.ty, ast.TupleType)
    assert isinstance(ext, ast.ExternCrateDecl) and isinstance(mac, ast.MacroRulesDecl) and mac.name == "m"


def test_items_and_attributes_in_blocks() -> None:
    block = body("#[allow(unused)] let x = 1; fn helper() {} struct S; #[inline] fn g() {} x")
    assert isinstance(block.stmts[0], ast.LetStmt)
    items = [s.item for s in block.stmts if isinstance(s, ast.ItemStmt)]
    assert [type(i).__name__ for i in items] == ["FnDecl", "StructDecl", "FnDecl"]
    assert items[2].attrs[0].name == "inline"


# ────────────────────────────────── types ──────────────────────────────────


@pytest.mark.parametrize("text, kind", [
    ("&'a mut [u8]", ast.RefType), ("[i32; 4]", ast.ArrayType), ("(i32, f64)", ast.TupleType),
    ("()", ast.TupleType), ("!", ast.NeverType), ("_", ast.InferType), ("impl Fn(i32) -> i32 + 'a", ast.ImplTraitType),
    ("Box<dyn Fn(u8) + Send>", ast.PathType), ("dyn Trait", ast.DynTraitType), ("fn(u8, u8) -> bool", ast.FnPtrType),
    ("*const u8", ast.RawPtrType), ("<T as Iterator>::Item", ast.PathType), ("&&str", ast.RefType),
    ("impl Iterator<Item = u8>", ast.ImplTraitType), ("std::fmt::Result", ast.PathType),
])
def test_types(text: str, kind: type) -> None:
    crate = parse(f"type X = {text};")
    assert isinstance(crate.items[0].ty, kind)


def test_fn_sugar_and_bindings() -> None:
    ty = parse("type X = Box<dyn FnMut(&str, u8) -> Option<u8> + Send>;").items[0].ty
    dyn = ty.path.segments[0].generic_args.args[0]
    assert isinstance(dyn, ast.DynTraitType) and len(dyn.bounds) == 2
    sugar = dyn.bounds[0].path.segments[0].generic_args
    assert sugar.parenthesized and len(sugar.args) == 2 and sugar.output is not None
    ty = parse("type Y = impl Iterator<Item = (u8, u8)>;").items[0].ty
    assert ty.bounds[0].path.segments[0].generic_args.bindings[0].name == "Item"


def test_cast_type_less_than_is_generic_arguments() -> None:
    # rustc: "`<` is interpreted as a start of generic arguments for `usize`"
    assert message_of("fn f() { let b = x as usize < y; }").startswith("expected")


# ───────────────────────────────── patterns ─────────────────────────────────


@pytest.mark.parametrize("text, kind", [
    ("_", ast.WildPat), ("x", ast.IdentPat), ("ref mut x @ 1..=5", ast.IdentPat), ("&(a, b)", ast.RefPat),
    ("Some(..)", ast.TupleStructPat), ("S { a, b: ref c, .. }", ast.StructPat), ("i32::MIN..=0", ast.RangePat),
    ("-5..=-1", ast.RangePat), ("..=5", ast.RangePat), ("'a'..='z'", ast.RangePat), ("10..", ast.RangePat),
    ("-1", ast.LitPat), ("Color::Red", ast.PathPat), ("(1, .., 3)", ast.TuplePat), ("[a, .., b]", ast.SlicePat),
    ("&mut x", ast.RefPat), ("&&x", ast.RefPat), ("A | B", ast.OrPat), ("\"s\"", ast.LitPat), ("..0", ast.RangePat),
])
def test_patterns(text: str, kind: type) -> None:
    arm = body_expr(f"match v {{ {text} => () }}").arms[0]
    assert isinstance(arm.pat, kind)


def test_pattern_details() -> None:
    pat = body_expr("match v { ref mut x @ 1..=5 => () }").arms[0].pat
    assert pat.by_ref and pat.mutable and isinstance(pat.subpattern, ast.RangePat)
    pat = body_expr("match v { S { a, b: ref c, mut d, .. } => () }").arms[0].pat
    assert pat.has_rest and pat.fields[0].shorthand and not pat.fields[1].shorthand
    assert pat.fields[2].pat.mutable
    pat = body_expr("match v { &mut x => () }").arms[0].pat
    assert pat.mutable and isinstance(pat.pat, ast.IdentPat) and not pat.pat.mutable
    pat = body_expr("match v { i32::MIN..=-1 => () }").arms[0].pat
    assert isinstance(pat.lo, ast.PathExpr) and isinstance(pat.hi, ast.Unary)
    stmt = body("let (mut a, b): (i32, i32) = (1, 2);").stmts[0]
    assert isinstance(stmt.pat, ast.TuplePat) and stmt.pat.elems[0].mutable and stmt.ty is not None


# ────────────────────────────────── spans ──────────────────────────────────


def test_spans_line_and_column() -> None:
    text = "fn main() {\n    let total = a + b * c;\n    foo(total).bar\n}\n"
    crate, source_map = parse_with_map(text)
    fn = crate.items[0]
    assert line_col(source_map, fn.span) == (1, 1) and line_col(source_map, fn.name_span) == (1, 4)
    let = fn.body.stmts[0]
    assert line_col(source_map, let.span) == (2, 5)
    assert source_map.snippet(let.init.span) == "a + b * c"
    assert source_map.snippet(let.init.rhs.span) == "b * c"
    tail = fn.body.expr
    assert source_map.snippet(tail.span) == "foo(total).bar"
    assert line_col(source_map, tail.name_span) == (3, 16)


def test_spans_skip_empty_attribute_lists_and_cover_visibility() -> None:
    crate, source_map = parse_with_map("pub fn f() {}\n#[inline]\nfn g() {}")
    assert source_map.snippet(crate.items[0].span) == "pub fn f() {}"
    assert source_map.snippet(crate.items[1].span) == "fn g() {}"


def test_spans_with_multibyte_text() -> None:
    crate, source_map = parse_with_map('fn f() { let s = "héllo"; let t = s; }')
    let = crate.items[0].body.stmts[1]
    assert source_map.snippet(let.span) == "let t = s;"
    assert line_col(source_map, let.span) == (1, 27)  # columns count characters


# ────────────────────────────── syntax errors ──────────────────────────────


@pytest.mark.parametrize("text, message, position", [
    ("fn f() { let x = 5\n let y = 6; }", "expected `;`, found keyword `let`", (1, 19)),
    ("fn f() { let x = 1 + ; }", "expected expression, found `;`", (1, 22)),
    ("fn f() { foo(1, ); bar(); let v = (1 + ); }", "expected expression, found `)`", (1, 40)),
    ("fn f() { let = 5; }", "expected pattern, found `=`", (1, 14)),
    ("fn f() { let fn = 3; }", "expected identifier, found keyword `fn`", (1, 14)),
    ("struct S { a i32 }", "expected `:`, found `i32`", (1, 14)),
    ("fn double(x) -> i32 { x }", "expected one of `:`, `@`, or `|`, found `)`", (1, 12)),
    ("fn f() { if x == 3 return; }", "expected `{`, found keyword `return`", (1, 20)),
    ("fn f() { let x = 3; else { } }", "expected expression, found keyword `else`", (1, 21)),
    ("fn helper { }", "missing parameters for function definition", (1, 10)),
    ("const LIMIT = 10;", "missing type for `const` item", (1, 7)),
    ("fn helper() -> i32;", "free function without a body", (1, 1)),
    ("fn f() { let x = (let y = 1); }", "expected expression, found `let` statement", (1, 19)),
    ("fn f() { add(1 2); }", "expected one of `(`, `)`, `,`, `.`, `?`, `[`, or an operator, found `2`", (1, 16)),
    ("fn f() { match x { 1 { } } }", "expected one of `=>`, `if`, or an operator, found `{`", (1, 22)),
    ("fn f() -> i32 { return } fn", "expected identifier, found `<eof>`", (1, 28)),
    ("fn f() { foo!(1); }", "cannot find macro `foo` in this scope", (1, 10)),
    ("let x = 1;", "expected item, found keyword `let`", (1, 1)),
])
def test_syntax_errors(text: str, message: str, position: tuple[int, int]) -> None:
    diag, where = error_of(text)
    assert diag.message == message
    assert where == position


def test_inner_attribute_after_item_is_rejected() -> None:
    assert message_of("fn f() {}\n#![allow(x)]\nfn g() {}") == "an inner attribute is not permitted in this context"
