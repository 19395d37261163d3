"""Expressions back to source text, the way rustc's `pprust` prints them.

Used for `assert!(cond)`'s message: rustc prints "assertion failed: " followed by
the condition re-printed from its AST, so `assert!(a==b)` says `a == b`.  Binary
operators get single spaces, parentheses are added where precedence needs them
(the AST has no parenthesis nodes), literals print as written.  Expressions this
printer has no rule for (blocks, closures with block bodies, …) print as their
source text with whitespace runs collapsed, which is what rustc does for the
simple ones.
"""
from __future__ import annotations

import re
from typing import Callable

from rustlet import ast
from rustlet.source import Span

# Binding strength, higher binds tighter (rustc's AssocOp precedence).
_BIN_PREC = {
    ast.BinOp.OR: 3, ast.BinOp.AND: 4,
    ast.BinOp.EQ: 5, ast.BinOp.NE: 5, ast.BinOp.LT: 5, ast.BinOp.LE: 5, ast.BinOp.GT: 5, ast.BinOp.GE: 5,
    ast.BinOp.BIT_OR: 6, ast.BinOp.BIT_XOR: 7, ast.BinOp.BIT_AND: 8, ast.BinOp.SHL: 9, ast.BinOp.SHR: 9,
    ast.BinOp.ADD: 10, ast.BinOp.SUB: 10, ast.BinOp.MUL: 11, ast.BinOp.DIV: 11, ast.BinOp.REM: 11,
}
_CAST_PREC = 12
_PREFIX_PREC = 13
_POSTFIX_PREC = 14
_RANGE_PREC = 2
_ASSIGN_PREC = 1


def expr_to_string(expr: ast.Expr, source: Callable[[Span], str]) -> str:
    return _Printer(source).expr(expr)


class _Printer:
    def __init__(self, source: Callable[[Span], str]) -> None:
        self.source = source

    def snippet(self, node: ast.Node) -> str:
        return re.sub(r"\s+", " ", self.source(node.span))

    def prec(self, e: ast.Expr) -> int:
        if isinstance(e, ast.Binary):
            return _BIN_PREC[e.op]
        if isinstance(e, ast.Cast):
            return _CAST_PREC
        if isinstance(e, (ast.Unary, ast.AddrOf)):
            return _PREFIX_PREC
        if isinstance(e, ast.Range):
            return _RANGE_PREC
        if isinstance(e, (ast.Assign, ast.AssignOp, ast.Closure, ast.Return, ast.Break)):
            return _ASSIGN_PREC
        return _POSTFIX_PREC

    def wrap(self, e: ast.Expr, min_prec: int) -> str:
        text = self.expr(e)
        return f"({text})" if self.prec(e) < min_prec else text

    def expr(self, e: ast.Expr) -> str:
        if isinstance(e, ast.Lit):
            return self.source(e.span)
        if isinstance(e, ast.PathExpr):
            return self.snippet(e) if e.qself else self.path(e.path)
        if isinstance(e, ast.Binary):
            p = _BIN_PREC[e.op]
            return f"{self.wrap(e.lhs, p)} {e.op.value} {self.wrap(e.rhs, p + 1)}"
        if isinstance(e, ast.Unary):
            return e.op.value + self.wrap(e.operand, _PREFIX_PREC)
        if isinstance(e, ast.AddrOf):
            return ("&mut " if e.mutable else "&") + self.wrap(e.operand, _PREFIX_PREC)
        if isinstance(e, ast.Cast):
            ty = re.sub(r"\s+", " ", self.source(e.ty.span))
            return f"{self.wrap(e.expr, _CAST_PREC)} as {ty}"
        if isinstance(e, ast.MethodCall):
            generics = self.generic_args(e.generic_args, turbofish=True) if e.generic_args else ""
            return f"{self.wrap(e.receiver, _POSTFIX_PREC)}.{e.method}{generics}({self.list(e.args)})"
        if isinstance(e, ast.Call):
            return f"{self.wrap(e.func, _POSTFIX_PREC)}({self.list(e.args)})"
        if isinstance(e, ast.Field):
            return f"{self.wrap(e.expr, _POSTFIX_PREC)}.{e.name}"
        if isinstance(e, ast.Index):
            return f"{self.wrap(e.expr, _POSTFIX_PREC)}[{self.expr(e.index)}]"
        if isinstance(e, ast.Try):
            return f"{self.wrap(e.expr, _POSTFIX_PREC)}?"
        if isinstance(e, ast.Tuple):
            inner = self.list(e.elems)
            return f"({inner},)" if len(e.elems) == 1 else f"({inner})"
        if isinstance(e, ast.Array):
            return f"[{self.list(e.elems)}]"
        if isinstance(e, ast.Range):
            start = self.wrap(e.start, _RANGE_PREC + 1) if e.start else ""
            end = self.wrap(e.end, _RANGE_PREC + 1) if e.end else ""
            return f"{start}{'..=' if e.inclusive else '..'}{end}"
        if isinstance(e, ast.Assign):
            return f"{self.wrap(e.lhs, _ASSIGN_PREC + 1)} = {self.wrap(e.rhs, _ASSIGN_PREC)}"
        return self.snippet(e)

    def list(self, items: list[ast.Expr]) -> str:
        return ", ".join(self.expr(x) for x in items)

    def path(self, path: ast.Path) -> str:
        parts = []
        for seg in path.segments:
            parts.append(seg.name + (self.generic_args(seg.generic_args, turbofish=True) if seg.generic_args else ""))
        return ("::" if path.global_ else "") + "::".join(parts)

    def generic_args(self, args: ast.GenericArgs, turbofish: bool) -> str:
        return ("::" if turbofish else "") + re.sub(r"\s+", " ", self.source(args.span)).lstrip(":")
