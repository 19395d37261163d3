"""Shared helpers for the syntax tests: parse a snippet, find nodes, read positions."""
from __future__ import annotations

from dataclasses import fields, is_dataclass
from typing import Iterator, TypeVar

import pytest

from rustlet import ast
from rustlet.diagnostics import CompileError, Diagnostic
from rustlet.source import SourceMap, Span
from rustlet.syntax import parse_expr_for_tests, parse_source

N = TypeVar("N")


def parse(text: str) -> ast.Crate:
    return parse_source(SourceMap(), "test.rl", text, "main")


def parse_with_map(text: str) -> tuple[ast.Crate, SourceMap]:
    source_map = SourceMap()
    return parse_source(source_map, "test.rl", text, "main"), source_map


def expr(text: str) -> ast.Expr:
    return parse_expr_for_tests(text)


def body_expr(stmt_text: str) -> ast.Expr:
    """The tail expression of `fn f() { <stmt_text> }`."""
    fn = parse(f"fn f() {{ {stmt_text} }}").items[0]
    assert isinstance(fn, ast.FnDecl) and fn.body is not None and fn.body.expr is not None
    return fn.body.expr


def body(stmt_text: str) -> ast.Block:
    fn = parse(f"fn f() {{ {stmt_text} }}").items[0]
    assert isinstance(fn, ast.FnDecl) and fn.body is not None
    return fn.body


def error_of(text: str) -> tuple[Diagnostic, tuple[int, int]]:
    """The first diagnostic for `text`, with the (line, col) of its primary span."""
    source_map = SourceMap()
    with pytest.raises(CompileError) as info:
        parse_source(source_map, "test.rl", text, "main")
    diag = info.value.diagnostics[0]
    assert diag.span is not None
    _, line, col = source_map.line_col(diag.span)
    return diag, (line, col)


def message_of(text: str) -> str:
    return error_of(text)[0].message


def walk(node: object) -> Iterator[object]:
    yield node
    if isinstance(node, list):
        for x in node:
            yield from walk(x)
    elif is_dataclass(node):
        for f in fields(node):
            if f.name not in ("span", "name_span"):
                yield from walk(getattr(node, f.name))


def find_all(node: object, kind: type[N]) -> list[N]:
    return [n for n in walk(node) if isinstance(n, kind)]


def sexp(e: object) -> str:
    """A compact rendering of an expression tree for precedence tests."""
    if isinstance(e, ast.Binary):
        return f"({sexp(e.lhs)} {e.op.value} {sexp(e.rhs)})"
    if isinstance(e, ast.Unary):
        return f"({e.op.value}{sexp(e.operand)})"
    if isinstance(e, ast.AddrOf):
        return f"(&{'mut ' if e.mutable else ''}{sexp(e.operand)})"
    if isinstance(e, ast.Cast):
        return f"({sexp(e.expr)} as {'::'.join(e.ty.path.names())})"
    if isinstance(e, ast.Assign):
        return f"({sexp(e.lhs)} = {sexp(e.rhs)})"
    if isinstance(e, ast.AssignOp):
        return f"({sexp(e.lhs)} {e.op.value}= {sexp(e.rhs)})"
    if isinstance(e, ast.Range):
        op = "..=" if e.inclusive else ".."
        return f"({sexp(e.start) if e.start else ''}{op}{sexp(e.end) if e.end else ''})"
    if isinstance(e, ast.Lit):
        return str(e.value).lower() if e.kind is ast.LitKind.BOOL else str(e.value)
    if isinstance(e, ast.PathExpr):
        return "::".join(e.path.names())
    if isinstance(e, ast.MethodCall):
        return f"{sexp(e.receiver)}.{e.method}({', '.join(sexp(a) for a in e.args)})"
    if isinstance(e, ast.Call):
        return f"{sexp(e.func)}({', '.join(sexp(a) for a in e.args)})"
    if isinstance(e, ast.Field):
        return f"{sexp(e.expr)}.{e.name}"
    if isinstance(e, ast.Index):
        return f"{sexp(e.expr)}[{sexp(e.index)}]"
    if isinstance(e, ast.Try):
        return f"{sexp(e.expr)}?"
    if isinstance(e, ast.Return):
        return f"(return {sexp(e.expr)})" if e.expr else "return"
    if isinstance(e, ast.Closure):
        return f"(|{', '.join(p.pat.name for p in e.params)}| {sexp(e.body)})"
    return type(e).__name__


def line_col(source_map: SourceMap, span: Span) -> tuple[int, int]:
    _, line, col = source_map.line_col(span)
    return line, col
