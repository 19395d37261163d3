"""Built-in macro expansion and compile-time format-string checking."""
from __future__ import annotations

import pytest

from rustlet import ast
from tests.syntax.helpers import body, body_expr, error_of, find_all, message_of, parse_with_map


def pieces(fargs: ast.FormatArgs) -> list[object]:
    out: list[object] = []
    for piece in fargs.pieces:
        if isinstance(piece, str):
            out.append(piece)
        else:
            out.append((piece.arg_index, piece.trait.value))
    return out


def test_println_appends_newline_and_parses_arguments() -> None:
    e = body_expr('println!("{} and {:?}", a + 1, v)')
    assert isinstance(e, ast.MacroPrint) and e.target is ast.PrintTarget.STDOUT
    assert pieces(e.args) == [(0, ""), " and ", (1, "?"), "\n"]
    assert isinstance(e.args.args[0], ast.Binary)
    e = body_expr("println!()")
    assert pieces(e.args) == ["\n"]
    e = body_expr('eprint!("x")')
    assert e.target is ast.PrintTarget.STDERR and pieces(e.args) == ["x"]


def test_positional_named_and_inline_arguments() -> None:
    e = body_expr('format!("{1} {0} {name} {x} {x}", a, b, name = c)')
    assert isinstance(e, ast.MacroFormat)
    assert pieces(e.args) == [(1, ""), " ", (0, ""), " ", (2, ""), " ", (3, ""), " ", (3, "")]
    captured = e.args.args[3]
    assert isinstance(captured, ast.PathExpr) and captured.path.names() == ["x"]


def test_format_spec_fields() -> None:
    e = body_expr('format!("{:>8} {:*^10} {:+} {:#x} {:08.3} {:1$} {:.*} {:width$} {:.prec$} {:x?} {:#?} {:e}",'
                  ' a, 5, b, c, d, e, 2, f, g, h, i, j, k, width = w, prec = p)')
    ph = [p for p in e.args.pieces if isinstance(p, ast.FormatPlaceholder)]
    assert ph[0].align is ast.Align.RIGHT and ph[0].width.literal == 8
    assert ph[1].fill == "*" and ph[1].align is ast.Align.CENTER and ph[1].width.literal == 10
    assert ph[2].sign_plus
    assert ph[3].alternate and ph[3].trait is ast.FormatTrait.LOWER_HEX
    assert ph[4].zero_pad and ph[4].width.literal == 8 and ph[4].precision.literal == 3
    assert ph[5].width.arg_index == 1 and ph[5].arg_index == 5
    assert ph[6].precision.arg_index == 6 and ph[6].arg_index == 7  # `.*`: precision first
    assert ph[7].width.arg_index == 13 and ph[8].precision.arg_index == 14
    assert ph[9].trait is ast.FormatTrait.DEBUG and ph[9].debug_hex == "x"
    assert ph[10].alternate and ph[10].trait is ast.FormatTrait.DEBUG
    assert ph[11].trait is ast.FormatTrait.LOWER_EXP


def test_brace_escapes_and_placeholder_spans() -> None:
    crate, source_map = parse_with_map('fn f() { print!("{{x}} \\t{:>3}", 1) }')
    e = crate.items[0].body.expr
    assert pieces(e.args)[0] == "{x} \t"
    placeholder = e.args.pieces[1]
    assert source_map.snippet(placeholder.span) == "{:>3}"


def test_write_and_writeln() -> None:
    e = body_expr('write!(f, "({}, {})", self.x, self.y)')
    assert isinstance(e, ast.MethodCall) and e.method == "write_fmt"
    assert isinstance(e.args[0], ast.FormatArgs) and pieces(e.args[0]) == ["(", (0, ""), ", ", (1, ""), ")"]
    e = body_expr("writeln!(out)")
    assert pieces(e.args[0]) == ["\n"]


@pytest.mark.parametrize("call, message", [
    ("panic!()", "explicit panic"),
    ('panic!("literal with {{}}")', "literal with {}"),
    ("unreachable!()", "internal error: entered unreachable code"),
    ("todo!()", "not yet implemented"),
    ("unimplemented!()", "not implemented"),
])
def test_panicking_macros(call: str, message: str) -> None:
    e = body_expr(call)
    assert isinstance(e, ast.MacroPanic) and pieces(e.args) == [message]


def test_panicking_macros_with_messages() -> None:
    e = body_expr('unreachable!("bad {}", x)')
    assert pieces(e.args) == ["internal error: entered unreachable code: bad ", (0, "")]
    e = body_expr('todo!("later")')
    assert pieces(e.args) == ["not yet implemented: later"]


def test_assert_expands_to_if_not_panic_with_pretty_printed_condition() -> None:
    e = body_expr("assert!(x.len()>0&&!done)")
    assert isinstance(e, ast.If) and isinstance(e.cond, ast.Unary) and e.cond.op is ast.UnOp.NOT
    panic = e.then.expr
    assert isinstance(panic, ast.MacroPanic)
    assert pieces(panic.args) == ["assertion failed: x.len() > 0 && !done"]
    e = body_expr("assert!((a + b) * c == v[i as usize], \"bad {}\", i)")
    assert pieces(e.then.expr.args) == ["bad ", (0, "")]
    e = body_expr("assert!((a + b) * c == v[i as usize])")
    assert pieces(e.then.expr.args) == ["assertion failed: (a + b) * c == v[i as usize]"]


def test_assert_eq_expands_like_rustc() -> None:
    e = body_expr("assert_eq!(a, b + 1)")
    assert isinstance(e, ast.Match)
    assert isinstance(e.scrutinee, ast.Tuple) and all(isinstance(x, ast.AddrOf) for x in e.scrutinee.elems)
    arm = e.arms[0]
    assert [p.name for p in arm.pat.elems] == ["left_val", "right_val"]
    check = arm.body.block.expr
    assert isinstance(check, ast.If) and check.cond.operand.op is ast.BinOp.EQ
    panic = check.then.expr
    assert pieces(panic.args) == ["assertion `left == right` failed\n  left: ", (0, "?"), "\n right: ", (1, "?")]
    e = body_expr('assert_ne!(a, b, "values {} differ", n)')
    panic = e.arms[0].body.block.expr.then.expr
    assert pieces(panic.args) == ["assertion `left != right` failed: values ", (0, ""), " differ\n  left: ",
                                  (1, "?"), "\n right: ", (2, "?")]


def test_vec_and_matches() -> None:
    e = body_expr("vec![1, 2, 3]")
    assert isinstance(e, ast.MacroVec) and len(e.elems) == 3
    e = body_expr("vec![0u8; n * 2]")
    assert e.repeat_elem.value == 0 and isinstance(e.repeat_count, ast.Binary)
    assert body_expr("vec![]").elems == []
    e = body_expr("matches!(c, 'a'..='z' | '_' if ok)")
    assert isinstance(e, ast.Match) and len(e.arms) == 2
    assert isinstance(e.arms[0].pat, ast.OrPat) and e.arms[0].guard is not None
    assert e.arms[0].body.value is True and isinstance(e.arms[1].pat, ast.WildPat)


def test_nested_macros_and_no_macro_nodes_left() -> None:
    block = body('let v = vec![vec![1], vec![2, 3]]; println!("{:?}", format!("{}", v.len()));')
    assert len(find_all(block, ast.MacroVec)) == 3 and len(find_all(block, ast.MacroFormat)) == 1


def test_macro_spans_cover_the_call() -> None:
    crate, source_map = parse_with_map("fn f() {\n    assert_eq!(1, 2)\n}")
    m = crate.items[0].body.expr
    assert source_map.snippet(m.span) == "assert_eq!(1, 2)"
    assert source_map.line_col(m.span)[1:] == (2, 5)


@pytest.mark.parametrize("call, message, col", [  # columns as rustc reports them
    ('println!("{}")', "1 positional argument in format string, but no arguments were given", 20),
    ('println!("{} {}", 1)', "2 positional arguments in format string, but there is 1 argument", 20),
    ('println!("{:.*}", 1)', "2 positional arguments in format string, but there is 1 argument", 20),
    ('println!("{", 1)', "invalid format string: expected `}` but string was terminated", 21),
    ('println!("}", 1)', "invalid format string: unmatched `}` found", 20),
    ('println!("{}", 1, 2)', "argument never used", 28),
    ('println!("{} {}", 1, 2, 3, 4)', "multiple unused formatting arguments", 34),
    ('println!("{x}", y = 2)', "named argument never used", 30),
    ('println!("{:z}", 1)', "unknown format trait `z`", 22),
    ('println!("{1}", 1)', "invalid reference to positional argument 1 (there is 1 argument)", 21),
    ('println!("{0} {1}")', "invalid reference to positional arguments 0 and 1 (no arguments were given)", 21),
    ('println!("{a.b}")', "invalid format string: field access isn't supported", 21),
    ("println!(x)", "format argument must be a string literal", 19),
    ('println!("{a}", a = 1, 2)', "positional arguments cannot follow named arguments", 33),
    ("foo!(1)", "cannot find macro `foo` in this scope", 10),
])
def test_format_errors(call: str, message: str, col: int) -> None:
    diag, (line, column) = error_of(f"fn f() {{ {call}; }}")
    assert diag.message == message
    assert (line, column) == (1, col)


def test_user_macros_are_unsupported() -> None:
    text = "macro_rules! twice { ($e:expr) => { $e * 2 }; }\nfn f() { twice!(3); }"
    assert message_of(text) == "unsupported: macro_rules! is outside the Rustlet subset"
    assert message_of("fn f() { stringify!(x); }") == "unsupported: the `stringify!` macro"
