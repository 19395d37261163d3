"""Build THIR by hand for MIR-building tests (until the front end produces it).

`ProgramBuilder` owns a `thir.Program` and hands out DefIds, LocalIds and spans; the
free functions build typed expressions tersely:

    pb = ProgramBuilder()
    x = pb.binding("x", I32)
    pb.fn("add_one", [x], I32, binary(BinOp.ADD, var(x), lit(1)))

Spans are distinct per node (`Span(0, n, n + 1)`) so diagnostics tests can tell uses
apart; tests pass explicit spans where they assert on them.
"""
from __future__ import annotations

import itertools
from dataclasses import dataclass

from rustlet import thir
from rustlet.ast import BinOp, StructKind, UnOp
from rustlet.source import Span
from rustlet.types import BOOL, I32, UNIT, AdtTy, ArrayTy, DefId, RefTy, TupleTy, Ty

_span_counter = itertools.count(1)


def sp() -> Span:
    n = next(_span_counter) * 2
    return Span(0, n, n + 1)


@dataclass
class Var:
    """A declared binding: its pattern and its LocalId."""

    pat: thir.BindingPat

    @property
    def id(self) -> thir.LocalId:
        return self.pat.local

    @property
    def ty(self) -> Ty:
        return self.pat.ty


class ProgramBuilder:
    def __init__(self) -> None:
        self.program = thir.Program(adts={}, fns={}, consts={}, statics={}, traits={}, impls={}, main_fn=None,
                                    lang_items={}, locals={})
        self.def_ids = itertools.count(1)
        self.local_ids = itertools.count(1)

    def def_id(self) -> DefId:
        return DefId(next(self.def_ids))

    def binding(self, name: str, ty: Ty, mutable: bool = False,
                mode: thir.BindingMode = thir.BindingMode.BY_VALUE, pat_ty: Ty | None = None,
                span: Span | None = None) -> Var:
        local = thir.LocalId(next(self.local_ids))
        span = span or sp()
        self.program.locals[local] = thir.LocalInfo(name, ty, mutable, span)
        return Var(thir.BindingPat(local, name, mode, mutable, ty=pat_ty or ty, span=span))

    def fn(self, name: str, params: list[Var], ret: Ty, body: thir.Expr, def_id: DefId | None = None,
           **kwargs: object) -> thir.FnDef:
        def_id = def_id or self.def_id()
        fn = thir.FnDef(def_id, name, f"main::{name}", thir.Generics(), thir.FnSig(tuple(p.ty for p in params), ret),
                        [thir.Param(p.pat, p.ty) for p in params], body, sp(), **kwargs)  # type: ignore[arg-type]
        self.program.fns[def_id] = fn
        return fn

    def adt(self, name: str, variants: list[tuple[str, list[Ty]]], kind: thir.AdtKind = thir.AdtKind.ENUM,
            derives: list[str] | None = None, lang_item: str | None = None) -> AdtTy:
        def_id = self.def_id()
        variant_defs = [thir.VariantDef(vname, self.def_id(), StructKind.TUPLE,
                                        [thir.FieldDef(str(i), t, True, sp()) for i, t in enumerate(fields)], i, sp())
                        for i, (vname, fields) in enumerate(variants)]
        self.program.adts[def_id] = thir.AdtDef(def_id, name, f"main::{name}", kind, thir.Generics(), variant_defs,
                                                derives or [], sp())
        if lang_item:
            self.program.lang_items[lang_item] = def_id
        return AdtTy(def_id, (), name)

    def impl_drop(self, ty: AdtTy) -> None:
        if "Drop" not in self.program.lang_items:
            self.program.lang_items["Drop"] = self.def_id()
        impl_id = self.def_id()
        self.program.impls[impl_id] = thir.ImplDef(impl_id, thir.Generics(), ty,
                                                   thir.TraitRef(self.program.lang_items["Drop"], (ty,), "Drop"),
                                                   {}, {}, sp())


# ── expressions ──

def lit(value: int | bool | str | float, ty: Ty = I32) -> thir.Literal:
    if isinstance(value, bool):
        ty = BOOL
    return thir.Literal(value, ty=ty, span=sp())


def var(v: Var, span: Span | None = None) -> thir.LocalVar:
    return thir.LocalVar(v.id, ty=v.pat.ty if v.pat.mode is thir.BindingMode.BY_VALUE else v.ty, span=span or sp())


def binary(op: BinOp, lhs: thir.Expr, rhs: thir.Expr, ty: Ty | None = None) -> thir.Binary:
    if ty is None:
        ty = BOOL if op in (BinOp.EQ, BinOp.NE, BinOp.LT, BinOp.LE, BinOp.GT, BinOp.GE) else lhs.ty
    return thir.Binary(op, lhs, rhs, ty=ty, span=sp())


def unary(op: UnOp, operand: thir.Expr) -> thir.Unary:
    return thir.Unary(op, operand, ty=operand.ty, span=sp())


def block(*stmts: thir.Stmt | thir.Expr, tail: thir.Expr | None = None, ty: Ty | None = None,
          label: int | None = None) -> thir.Block:
    converted = [s if isinstance(s, (thir.LetStmt, thir.ExprStmt)) else thir.ExprStmt(s, sp()) for s in stmts]
    return thir.Block(converted, tail, label, ty=ty or (tail.ty if tail is not None else UNIT), span=sp())


def let(v: Var | thir.Pat, init: thir.Expr | None, else_block: thir.Block | None = None) -> thir.LetStmt:
    pat = v.pat if isinstance(v, Var) else v
    return thir.LetStmt(pat, init, else_block, sp())


def assign(place: thir.Expr, value: thir.Expr, span: Span | None = None) -> thir.Assign:
    return thir.Assign(place, value, ty=UNIT, span=span or sp())


def assign_op(op: BinOp, place: thir.Expr, value: thir.Expr) -> thir.AssignOp:
    return thir.AssignOp(op, place, value, ty=UNIT, span=sp())


def call(fn: thir.FnDef, *args: thir.Expr, span: Span | None = None) -> thir.Call:
    from rustlet.types import FnDefTy
    func = thir.FnItem(fn.def_id, (), ty=FnDefTy(fn.def_id), span=sp())
    return thir.Call(func, list(args), ty=fn.sig.output, span=span or sp())


def borrow(place: thir.Expr, mutable: bool = False, span: Span | None = None) -> thir.Borrow:
    return thir.Borrow(place, mutable, ty=RefTy(place.ty, mutable), span=span or sp())


def deref(pointer: thir.Expr) -> thir.Deref:
    assert isinstance(pointer.ty, RefTy)
    return thir.Deref(pointer, ty=pointer.ty.inner, span=sp())


def field(base: thir.Expr, index: int, ty: Ty) -> thir.FieldAccess:
    return thir.FieldAccess(base, index, ty=ty, span=sp())


def index(base: thir.Expr, idx: thir.Expr) -> thir.IndexExpr:
    assert isinstance(base.ty, ArrayTy)
    return thir.IndexExpr(base, idx, ty=base.ty.elem, span=sp())


def tuple_(*elems: thir.Expr) -> thir.TupleExpr:
    return thir.TupleExpr(list(elems), ty=TupleTy(tuple(e.ty for e in elems)), span=sp())


def array(*elems: thir.Expr) -> thir.ArrayExpr:
    return thir.ArrayExpr(list(elems), ty=ArrayTy(elems[0].ty, len(elems)), span=sp())


def if_(cond: thir.Expr, then: thir.Block, else_: thir.Expr | None = None) -> thir.If:
    return thir.If(cond, then, else_, ty=then.ty if else_ is not None else UNIT, span=sp())


def loop(body: thir.Block, loop_id: int, ty: Ty = UNIT) -> thir.Loop:
    return thir.Loop(body, loop_id, ty=ty, span=sp())


def break_(target: int, value: thir.Expr | None = None) -> thir.Break:
    from rustlet.types import NEVER
    return thir.Break(target, value, ty=NEVER, span=sp())


def ret(value: thir.Expr | None = None) -> thir.Return:
    from rustlet.types import NEVER
    return thir.Return(value, ty=NEVER, span=sp())


def match(scrutinee: thir.Expr, arms: list[tuple[thir.Pat, thir.Expr | None, thir.Expr]], ty: Ty) -> thir.Match:
    return thir.Match(scrutinee, [thir.Arm(p, g, b, sp()) for p, g, b in arms], ty=ty, span=sp())


def adt_expr(ty: AdtTy, variant: int, *fields: thir.Expr) -> thir.AdtExpr:
    return thir.AdtExpr(ty.def_id, variant, (), list(enumerate(fields)), ty=ty, span=sp())


# ── patterns ──

def wild(ty: Ty) -> thir.WildPat:
    return thir.WildPat(ty=ty, span=sp())


def const_pat(value: int | bool | str | float, ty: Ty = I32) -> thir.ConstantPat:
    return thir.ConstantPat(thir.ConstValue(ty, value), ty=ty, span=sp())


def range_pat(lo: int | None, hi: int | None, ty: Ty = I32, inclusive: bool = True) -> thir.RangePat:
    return thir.RangePat(None if lo is None else thir.ConstValue(ty, lo), None if hi is None else thir.ConstValue(ty, hi),
                         inclusive, ty=ty, span=sp())


def or_pat(*alts: thir.Pat) -> thir.OrPat:
    return thir.OrPat(list(alts), ty=alts[0].ty, span=sp())


def variant_pat(ty: AdtTy, variant: int, *subpatterns: thir.Pat) -> thir.VariantPat:
    return thir.VariantPat(ty.def_id, variant, (), [thir.FieldPat(i, p) for i, p in enumerate(subpatterns)],
                           ty=ty, span=sp())


def tuple_pat(ty: Ty, *subpatterns: thir.Pat) -> thir.LeafPat:
    return thir.LeafPat([thir.FieldPat(i, p) for i, p in enumerate(subpatterns)], ty=ty, span=sp())

