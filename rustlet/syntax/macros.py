"""Built-in macros, expanded during parsing into ordinary AST (see `ast.py`).

The lexer folds a macro's arguments into one token tree (`lexer.TokenTree`); the
parser calls `expand_macro` when it reduces `path ! TT`.  The expander re-parses
the tree's tokens with the same LALR tables, selecting a sub-grammar with a start
token (`START_ARGS`: comma-separated expressions, `START_VEC`: `vec!` forms,
`START_MATCHES`: `expr, pattern [if guard]`), then builds the expansion:

    println!(f, a…)        MacroPrint(STDOUT, FormatArgs(f + "\\n", a…))
    format!(f, a…)         MacroFormat(FormatArgs)
    write!(w, f, a…)       MethodCall(w, "write_fmt", [FormatArgs])
    panic!(f, a…)          MacroPanic(FormatArgs)          panic!() → "explicit panic"
    assert!(c [, f, a…])   if !c { panic("assertion failed: <c pretty-printed>" | f) }
    assert_eq!(a, b [, f…]) match (&a, &b) { (left_val, right_val) =>
                              if !(*left_val == *right_val) { panic(<core's message>) } }
    unreachable!/todo!/unimplemented!  MacroPanic with core's message (+ ": f")
    vec![a, b] / vec![x; n] MacroVec
    matches!(e, p [if g])  match e { p [if g] => true, _ => false }

Every node of an expansion carries the span of the whole macro call, so a panic
inside it reports the call's position, as rustc's do.  The `assert!` message
pretty-prints the condition the way rustc's `pprust` does (`a == b`, `v.len() > 0`).
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from sly.lex import Token

from rustlet import ast
from rustlet.diagnostics import CompileError, error, unsupported
from rustlet.source import Span
from rustlet.syntax.fmt import NamedArg, expand_format
from rustlet.syntax.lexer import TokenTree, fold_macro_arguments
from rustlet.syntax.pretty import expr_to_string

if TYPE_CHECKING:
    from rustlet.syntax.parser import RustParser

FORMAT_MACROS = {"println", "print", "eprintln", "eprint", "format", "write", "writeln", "panic",
                 "unreachable", "todo", "unimplemented"}
ASSERT_MACROS = {"assert", "debug_assert"}
ASSERT_CMP_MACROS = {"assert_eq": "==", "assert_ne": "!=", "debug_assert_eq": "==", "debug_assert_ne": "!="}
# Macros rustc has that rustlet does not implement: named in the error.
KNOWN_UNSUPPORTED = {"format_args", "concat", "stringify", "line", "column", "file", "module_path", "env",
                     "option_env", "include", "include_str", "include_bytes", "cfg", "compile_error", "dbg",
                     "thread_local", "try", "await", "const_format_args"}


def expand_macro(parser: RustParser, path: ast.Path, tt: TokenTree, span: Span) -> ast.Expr:
    """Expand the built-in macro call `path!(tt)` at `span`."""
    name = path.segments[-1].name
    if name in FORMAT_MACROS:
        return _expand_format_macro(parser, name, tt, span)
    if name in ASSERT_MACROS:
        return _expand_assert(parser, tt, span)
    if name in ASSERT_CMP_MACROS:
        return _expand_assert_cmp(parser, ASSERT_CMP_MACROS[name], tt, span)
    if name == "vec":
        return _expand_vec(parser, tt, span)
    if name == "matches":
        return _expand_matches(parser, tt, span)
    if name == "macro_rules" or name in parser.macro_rules_names:
        raise CompileError(unsupported("macro_rules! is outside the Rustlet subset", span))
    if name in KNOWN_UNSUPPORTED:
        raise CompileError(unsupported(f"the `{name}!` macro", span))
    raise CompileError(error(f"cannot find macro `{name}` in this scope", path.span))


def _sub_parse(parser: RustParser, start: str, tt: TokenTree) -> object:
    from rustlet.syntax.parser import RustParser

    first = Token()
    first.type = start
    first.value = start
    first.index = tt.open_span.hi
    first.end = tt.open_span.hi
    first.lineno = 0
    sub = RustParser(parser.file, parser.text, parser.expander, parser.macro_rules_names)
    sub.eof_span = tt.close_span  # "found `<eof>`" inside the arguments points at the `)`
    return sub.parse(iter([first, *fold_macro_arguments(tt.tokens, parser.file)]))


def _split_args(args: list[ast.Expr]) -> tuple[list[ast.Expr], list[NamedArg]]:
    """`name = expr` arguments are named; positional ones must come first."""
    positional: list[ast.Expr] = []
    named: list[NamedArg] = []
    for arg in args:
        if (isinstance(arg, ast.Assign) and isinstance(arg.lhs, ast.PathExpr) and arg.lhs.qself is None
                and len(arg.lhs.path.segments) == 1 and arg.lhs.path.segments[0].generic_args is None):
            named.append(NamedArg(arg.lhs.path.segments[0].name, arg.rhs, arg.lhs.span))
        elif named:
            diag = error("positional arguments cannot follow named arguments", arg.span,
                         "positional arguments must be before named arguments")
            diag.with_label(named[0].name_span.to(named[0].expr.span), "named argument")
            raise CompileError(diag)
        else:
            positional.append(arg)
    return positional, named


def _format_args(parser: RustParser, args: list[ast.Expr], span: Span, what_span: Span) -> ast.FormatArgs:
    """FormatArgs from `fmt, args…` (args[0] must be a string literal)."""
    if not args:
        raise CompileError(error("requires at least a format string argument", what_span))
    fmt = args[0]
    if not (isinstance(fmt, ast.Lit) and fmt.kind is ast.LitKind.STR):
        diag = error("format argument must be a string literal", fmt.span)
        diag.with_help('you might be missing a string literal to format with')
        raise CompileError(diag)
    positional, named = _split_args(args[1:])
    return expand_format(fmt, parser.text_of(fmt.span), positional, named, span)


def _literal_args(text: str, span: Span) -> ast.FormatArgs:
    return ast.FormatArgs([text] if text else [], [], span=span)


def _append_text(args: ast.FormatArgs, text: str) -> None:
    if args.pieces and isinstance(args.pieces[-1], str):
        args.pieces[-1] += text
    else:
        args.pieces.append(text)


def _prepend_text(args: ast.FormatArgs, text: str) -> None:
    if args.pieces and isinstance(args.pieces[0], str):
        args.pieces[0] = text + args.pieces[0]
    else:
        args.pieces.insert(0, text)


def _expand_format_macro(parser: RustParser, name: str, tt: TokenTree, span: Span) -> ast.Expr:
    args: list[ast.Expr] = _sub_parse(parser, "START_ARGS", tt)  # type: ignore[assignment]
    if name in ("write", "writeln"):
        if not args:
            raise CompileError(error("requires a destination and format arguments, like "
                                     f"`{name}!(dest, \"format string\", args...)`", span))
        dest, rest = args[0], args[1:]
        fargs = _literal_args("", span) if name == "writeln" and not rest else _format_args(parser, rest, span, span)
        if name == "writeln":
            _append_text(fargs, "\n")
        return ast.MethodCall(dest, "write_fmt", span, None, [fargs], span=span)
    if name in ("println", "eprintln", "print", "eprint"):
        newline = name.endswith("ln")
        fargs = _literal_args("", span) if newline and not args else _format_args(parser, args, span, span)
        if newline:
            _append_text(fargs, "\n")
        target = ast.PrintTarget.STDERR if name.startswith("e") else ast.PrintTarget.STDOUT
        return ast.MacroPrint(target, fargs, span=span)
    if name == "format":
        return ast.MacroFormat(_format_args(parser, args, span, span), span=span)
    if name == "panic":
        if not args:
            return ast.MacroPanic(_literal_args("explicit panic", span), span=span)
        return ast.MacroPanic(_format_args(parser, args, span, span), span=span)
    prefix = {"unreachable": "internal error: entered unreachable code", "todo": "not yet implemented",
              "unimplemented": "not implemented"}[name]
    if not args:
        return ast.MacroPanic(_literal_args(prefix, span), span=span)
    fargs = _format_args(parser, args, span, span)
    _prepend_text(fargs, prefix + ": ")
    return ast.MacroPanic(fargs, span=span)


def _block_of(expr: ast.Expr, span: Span) -> ast.Block:
    return ast.Block([], expr, span=span)


def _expand_assert(parser: RustParser, tt: TokenTree, span: Span) -> ast.Expr:
    args: list[ast.Expr] = _sub_parse(parser, "START_ARGS", tt)  # type: ignore[assignment]
    if not args:
        raise CompileError(error("macro requires a boolean expression as an argument", span,
                                 "boolean expression required"))
    cond = args[0]
    if len(args) > 1:
        message = _format_args(parser, args[1:], span, span)
    else:
        message = _literal_args(f"assertion failed: {expr_to_string(cond, parser.text_of)}", span)
    panic = ast.MacroPanic(message, span=span)
    return ast.If(ast.Unary(ast.UnOp.NOT, cond, span=cond.span), _block_of(panic, span), span=span)


def _local(name: str, span: Span) -> ast.PathExpr:
    return ast.PathExpr(ast.Path([ast.PathSegment(name, span=span)], span=span), span=span)


def _expand_assert_cmp(parser: RustParser, op: str, tt: TokenTree, span: Span) -> ast.Expr:
    args: list[ast.Expr] = _sub_parse(parser, "START_ARGS", tt)  # type: ignore[assignment]
    if len(args) < 2:
        raise CompileError(error("unexpected end of macro invocation", span,
                                 "missing tokens in macro arguments"))
    left, right = args[0], args[1]
    header = f"assertion `left {op} right` failed"
    if len(args) > 2:
        fargs = _format_args(parser, args[2:], span, span)
        _prepend_text(fargs, header + ": ")
    else:
        fargs = _literal_args(header, span)
    n = len(fargs.args)
    _append_text(fargs, "\n  left: ")
    fargs.pieces.append(ast.FormatPlaceholder(n, ast.FormatTrait.DEBUG, span))
    fargs.pieces.append("\n right: ")
    fargs.pieces.append(ast.FormatPlaceholder(n + 1, ast.FormatTrait.DEBUG, span))
    fargs.args.extend([_local("left_val", span), _local("right_val", span)])
    compare = ast.Binary(ast.BinOp.EQ if op == "==" else ast.BinOp.NE,
                         ast.Unary(ast.UnOp.DEREF, _local("left_val", span), span=span),
                         ast.Unary(ast.UnOp.DEREF, _local("right_val", span), span=span), span=span)
    check = ast.If(ast.Unary(ast.UnOp.NOT, compare, span=span),
                   _block_of(ast.MacroPanic(fargs, span=span), span), span=span)
    scrutinee = ast.Tuple([ast.AddrOf(left, span=left.span), ast.AddrOf(right, span=right.span)], span=span)
    pattern = ast.TuplePat([ast.IdentPat("left_val", span=span), ast.IdentPat("right_val", span=span)], span=span)
    arm = ast.Arm(pattern, None, ast.BlockExpr(_block_of(check, span), span=span), span=span)
    return ast.Match(scrutinee, [arm], span=span)


def _expand_vec(parser: RustParser, tt: TokenTree, span: Span) -> ast.Expr:
    result = _sub_parse(parser, "START_VEC", tt)
    assert isinstance(result, tuple)
    if result[0] == "repeat":
        return ast.MacroVec(repeat_elem=result[1], repeat_count=result[2], span=span)
    return ast.MacroVec(elems=result[1], span=span)


def _expand_matches(parser: RustParser, tt: TokenTree, span: Span) -> ast.Expr:
    result = _sub_parse(parser, "START_MATCHES", tt)
    assert isinstance(result, tuple)
    scrutinee, pattern, guard = result
    yes = ast.Arm(pattern, guard, ast.Lit(ast.LitKind.BOOL, True, span=span), span=span)
    no = ast.Arm(ast.WildPat(span=span), None, ast.Lit(ast.LitKind.BOOL, False, span=span), span=span)
    return ast.Match(scrutinee, [yes, no], span=span)
