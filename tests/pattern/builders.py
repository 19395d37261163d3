"""Small builders for THIR patterns, matches and programs, so the pattern checker can be
tested without the front end.  Spans are fresh byte ranges in file 0, so each pattern
can be recognised in a diagnostic by its span."""
from __future__ import annotations

import itertools

from rustlet import thir
from rustlet.ast import StructKind
from rustlet.diagnostics import Diagnostic, DiagnosticSink
from rustlet.pattern import check_program
from rustlet.source import Span
from rustlet.types import (
    BOOL,
    I32,
    UNIT,
    AdtTy,
    DefId,
    ParamTy,
    Ty,
)

T = ParamTy(0, "T")
E = ParamTy(1, "E")


class Builder:
    def __init__(self) -> None:
        self._ids = itertools.count(1000)
        self._offsets = itertools.count(0, 10)
        self.adts: dict[DefId, thir.AdtDef] = {}
        self.lang_items: dict[str, DefId] = {}
        self.fns: dict[DefId, thir.FnDef] = {}
        self.option = self.enum("Option", [("None", []), ("Some", [T])], params=["T"], lang="Option")
        self.result = self.enum("Result", [("Ok", [T]), ("Err", [E])], params=["T", "E"], lang="Result")

    # ── definitions ──

    def span(self) -> Span:
        lo = next(self._offsets)
        return Span(0, lo, lo + 5)

    def def_id(self) -> DefId:
        return DefId(next(self._ids))

    def enum(
        self,
        name: str,
        variants: list[tuple[str, list[Ty] | dict[str, Ty]]],
        params: list[str] = (),
        lang: str | None = None,
    ) -> DefId:
        """Variants given as (name, [tuple field types]) or (name, {field: type}); an empty
        list is a unit variant."""
        vdefs = []
        for i, (vname, fields) in enumerate(variants):
            if isinstance(fields, dict):
                kind = StructKind.NAMED
                fdefs = [thir.FieldDef(n, t, True, self.span()) for n, t in fields.items()]
            else:
                kind = StructKind.TUPLE if fields else StructKind.UNIT
                fdefs = [thir.FieldDef(str(j), t, True, self.span()) for j, t in enumerate(fields)]
            vdefs.append(thir.VariantDef(vname, self.def_id(), kind, fdefs, i, self.span()))
        return self._adt(name, thir.AdtKind.ENUM, vdefs, params, lang)

    def struct(self, name: str, fields: list[Ty] | dict[str, Ty], params: list[str] = ()) -> DefId:
        if isinstance(fields, dict):
            kind = StructKind.NAMED
            fdefs = [thir.FieldDef(n, t, True, self.span()) for n, t in fields.items()]
        else:
            kind = StructKind.TUPLE if fields else StructKind.UNIT
            fdefs = [thir.FieldDef(str(j), t, True, self.span()) for j, t in enumerate(fields)]
        vdef = thir.VariantDef(name, self.def_id(), kind, fdefs, 0, self.span())
        return self._adt(name, thir.AdtKind.STRUCT, [vdef], params, None)

    def _adt(self, name: str, kind: thir.AdtKind, variants: list[thir.VariantDef], params, lang) -> DefId:
        def_id = self.def_id()
        generics = thir.Generics([thir.GenericParamDef(p, i) for i, p in enumerate(params)])
        self.adts[def_id] = thir.AdtDef(def_id, name, f"main::{name}", kind, generics, variants, [], self.span())
        if lang:
            self.lang_items[lang] = def_id
        return def_id

    def ty(self, def_id: DefId, *args: Ty) -> AdtTy:
        return AdtTy(def_id, tuple(args), self.adts[def_id].name)

    def option_ty(self, t: Ty) -> AdtTy:
        return self.ty(self.option, t)

    # ── patterns ──

    def wild(self, ty: Ty) -> thir.Pat:
        return thir.WildPat(ty=ty, span=self.span())

    def bind(self, ty: Ty, name: str = "x", sub: thir.Pat | None = None) -> thir.Pat:
        return thir.BindingPat(
            thir.LocalId(next(self._ids)), name, thir.BindingMode.BY_VALUE, False, sub, ty=ty, span=self.span()
        )

    def variant(self, ty: AdtTy, name: str, *subs: thir.Pat, fields: dict[int, thir.Pat] | None = None) -> thir.Pat:
        """Positional `subs` fill fields 0, 1, …; `fields` names some by index (the rest are `..`)."""
        adt = self.adts[ty.def_id]
        index = next(i for i, v in enumerate(adt.variants) if v.name == name)
        pats = list(enumerate(subs)) if fields is None else sorted(fields.items())
        return thir.VariantPat(
            ty.def_id, index, ty.args, [thir.FieldPat(i, p) for i, p in pats], ty=ty, span=self.span()
        )

    def leaf(self, ty: Ty, *subs: thir.Pat, fields: dict[int, thir.Pat] | None = None) -> thir.Pat:
        pats = list(enumerate(subs)) if fields is None else sorted(fields.items())
        return thir.LeafPat([thir.FieldPat(i, p) for i, p in pats], ty=ty, span=self.span())

    def deref(self, ty: Ty, sub: thir.Pat) -> thir.Pat:
        return thir.DerefPat(sub, ty=ty, span=self.span())

    def const(self, ty: Ty, value: object) -> thir.Pat:
        return thir.ConstantPat(thir.ConstValue(ty, value), ty=ty, span=self.span())

    def range(self, ty: Ty, lo: object | None, hi: object | None, inclusive: bool = True) -> thir.Pat:
        lo_v = None if lo is None else thir.ConstValue(ty, lo)
        hi_v = None if hi is None else thir.ConstValue(ty, hi)
        return thir.RangePat(lo_v, hi_v, inclusive, ty=ty, span=self.span())

    def or_(self, ty: Ty, *alts: thir.Pat) -> thir.Pat:
        return thir.OrPat(list(alts), ty=ty, span=self.span())

    # ── expressions and programs ──

    def local(self, ty: Ty) -> thir.Expr:
        return thir.LocalVar(thir.LocalId(next(self._ids)), ty=ty, span=self.span())

    def unit(self) -> thir.Expr:
        return thir.TupleExpr([], ty=UNIT, span=self.span())

    def match(
        self, scrutinee_ty: Ty, *arms: thir.Pat | tuple[thir.Pat, str], source: thir.MatchSource = thir.MatchSource.NORMAL
    ) -> thir.Match:
        """Arms are patterns, or (pattern, "guard") for a guarded arm."""
        thir_arms = []
        for arm in arms:
            pat, guard = (arm[0], thir.Literal(True, ty=BOOL, span=self.span())) if isinstance(arm, tuple) else (arm, None)
            thir_arms.append(thir.Arm(pat, guard, self.unit(), self.span()))
        return thir.Match(self.local(scrutinee_ty), thir_arms, ty=UNIT, span=self.span(), source=source)

    def let(self, pat: thir.Pat, else_block: bool = False) -> thir.LetStmt:
        init = self.local(pat.ty)
        block = thir.Block([], None, ty=UNIT, span=self.span()) if else_block else None
        return thir.LetStmt(pat, init, block, self.span())

    def if_let(self, pat: thir.Pat) -> thir.Expr:
        cond = thir.Let(pat, self.local(pat.ty), ty=BOOL, span=self.span())
        then = thir.Block([], None, ty=UNIT, span=self.span())
        return thir.If(cond, then, None, ty=UNIT, span=self.span())

    def fn(self, body: list[thir.Stmt | thir.Expr], params: list[thir.Pat] = (), closure: bool = False) -> None:
        stmts = [s if isinstance(s, thir.LetStmt) else thir.ExprStmt(s, self.span()) for s in body]
        block = thir.Block(stmts, None, ty=UNIT, span=self.span())
        def_id = self.def_id()
        sig = thir.FnSig(tuple(p.ty for p in params), UNIT)
        self.fns[def_id] = thir.FnDef(
            def_id, "f", "main::f", thir.Generics(), sig, [thir.Param(p, p.ty) for p in params], block, self.span(),
            closure_kind="Fn" if closure else None,
        )

    def program(self) -> thir.Program:
        return thir.Program(self.adts, self.fns, {}, {}, {}, {}, None, self.lang_items, {})

    def check(self, *body: thir.Stmt | thir.Expr) -> list[Diagnostic]:
        if body:
            self.fn(list(body))
        sink = DiagnosticSink()
        check_program(self.program(), sink)
        return sink.diagnostics


__all__ = ["Builder", "T", "E", "I32", "BOOL"]
