"""Capture analysis: what each closure captures, how, and which `Fn*` trait it implements.

Runs at the end of the enclosing body, once inference is done (so whether a type is
`Copy` is known), innermost closures first — an inner closure's captures are uses in
the outer closure's body.  It is rustc's `upvar.rs` with edition-2021 precise captures:

1. Walk the closure body and record every use of a *place rooted at a local of the
   enclosing body* (`x`, `x.f`, `(*r).f`), with how the use needs it:
   - READ: read by copy, borrowed shared, matched without moving bindings, formatted;
   - MUT: assigned, compound-assigned, borrowed `&mut`, called as an `FnMut` callee,
     matched with `ref mut` bindings;
   - MOVE: read by value when its type is not `Copy` (a move), called as `FnOnce`.
   A place is cut short at an index (`a[i]` uses `a`) and at a deref of a `Box`; a
   MOVE through a reference is a READ of the place before the deref (moving out of a
   borrow is an error of its own).
2. Each place is captured with the strongest use: MOVE → by value, MUT → by `&mut`,
   READ → by `&`.  A `move` closure captures every place by value, cut short at the
   first deref (it takes the reference itself).  Places where one is a prefix of
   another merge into the shorter one, with the stronger mode.
3. The kind: the one the closure's expected type fixed (`F: Fn(i32)` at the call it is
   written in; the borrow checker then rejects a body that needs more), else `FnOnce`
   if some use is a MOVE (the body moves out of its environment), else `FnMut` if some
   use is a MUT, else `Fn`.
4. The body is rewritten: the sub-expression naming a captured place becomes
   `UpvarRef(i)` (its type is the place's; a by-ref capture's deref is implied), and the
   `thir.Closure` node gets one capture expression per upvar, in order of first use:
   the place (by value) or a `Borrow` of it.

Worked example: `let mut n = 0; let s = String::new(); let c = || { n += 1; s.len() };`
uses `n` MUT and `s` READ (through the autoref of `len`) → upvars `(&mut i32, &String)`,
kind FnMut.  `move || s` uses `s` MOVE → upvars `(String,)`, kind FnOnce.

Deliberate imprecision: captures of a field of a type with a `Drop` impl are not cut
short (rustc moves the whole value there); a unique immutable borrow (rustc's `&uniq`
for `*r = v` with `r: &mut T` captured in a non-move closure) is a `&mut *r` reborrow.
Cost: linear in the size of the closure bodies (each nested body is walked once per
enclosing closure, through its capture list only).
"""
from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from enum import IntEnum

from rustlet import thir
from rustlet.typeck.closure import PendingClosure
from rustlet.types import (
    AdtTy, ArrayTy, ClosureTy, DefId, DynTy, FnDefTy, FnPtrTy, ProjectionTy, RawPtrTy, RefTy, SliceTy, TupleTy, Ty,
)


class Use(IntEnum):
    READ = 0
    MUT = 1
    MOVE = 2


CAPTURE_OF_USE = {Use.READ: thir.CaptureKind.BY_REF, Use.MUT: thir.CaptureKind.BY_MUT_REF,
                  Use.MOVE: thir.CaptureKind.BY_VALUE}
CAPTURE_STRENGTH = [thir.CaptureKind.BY_REF, thir.CaptureKind.BY_MUT_REF, thir.CaptureKind.BY_VALUE]

# A projection of a captured place: ("field", index) or ("deref", 0).
Projection = tuple[str, int]


@dataclass(slots=True)
class Slot:
    """Where an expression sits in its parent: `getattr(owner, attr)` (or its `[index]`)."""

    owner: object
    attr: str
    index: int | None = None
    pair: bool = False  # the value half of an `(index, value)` pair (AdtExpr.fields)

    def set(self, value: thir.Expr) -> None:
        if self.index is None:
            setattr(self.owner, self.attr, value)
        elif self.pair:
            items = getattr(self.owner, self.attr)
            items[self.index] = (items[self.index][0], value)
        else:
            getattr(self.owner, self.attr)[self.index] = value


@dataclass(slots=True)
class PlaceUse:
    root: int
    path: tuple[Projection, ...]
    types: tuple[Ty, ...]  # types[k]: the type of the place after k projections
    use: Use
    nodes: list[tuple[thir.Expr, Slot]]  # nodes[k]: the expression after k projections, and its slot


@dataclass(slots=True)
class Capture:
    root: int
    path: tuple[Projection, ...]
    types: tuple[Ty, ...]
    kind: thir.CaptureKind

    @property
    def place_ty(self) -> Ty:
        return self.types[len(self.path)]


class UpvarAnalysis:
    """Capture analysis of one closure; `fcx` is the enclosing body's FnCtxt."""

    def __init__(self, fcx, pending: PendingClosure) -> None:  # noqa: ANN001
        self.fcx = fcx
        self.pending = pending
        self.uses: list[PlaceUse] = []

    # ── 1. uses ──

    def value_use(self, expr: thir.Expr) -> Use:
        return Use.READ if self.fcx.is_copy(self.fcx.infcx.zonk(expr.ty)) else Use.MOVE

    def visit(self, expr: thir.Expr, slot: Slot, use: Use) -> None:  # noqa: C901 — one case per node family
        match expr:
            case thir.LocalVar() | thir.FieldAccess() | thir.Deref() | thir.IndexExpr():
                self.visit_place(expr, slot, use)
            case thir.Borrow(place=place, mutable=mutable):
                self.visit(place, Slot(expr, "place"), Use.MUT if mutable else Use.READ)
            case thir.Assign(place=place, value=value) | thir.AssignOp(place=place, value=value):
                self.visit(value, Slot(expr, "value"), self.value_use(value))
                self.visit(place, Slot(expr, "place"), Use.MUT)
            case thir.Call(func=func, args=args):
                if not isinstance(func, thir.FnItem):
                    self.visit(func, Slot(expr, "func"), self.callee_use(func))
                for i, arg in enumerate(args):
                    self.visit(arg, Slot(expr, "args", i), self.value_use(arg))
            case thir.Match(scrutinee=scrutinee, arms=arms):
                self.visit(scrutinee, Slot(expr, "scrutinee"), self.pattern_use([a.pat for a in arms]))
                for arm in arms:
                    if arm.guard is not None:
                        self.visit(arm.guard, Slot(arm, "guard"), Use.READ)
                    self.visit(arm.body, Slot(arm, "body"), self.value_use(arm.body))
            case thir.Let(pat=pat, expr=scrutinee):
                self.visit(scrutinee, Slot(expr, "expr"), self.pattern_use([pat]))
            case thir.Block(stmts=stmts, expr=tail):
                for stmt in stmts:
                    if isinstance(stmt, thir.LetStmt):
                        if stmt.init is not None:
                            self.visit(stmt.init, Slot(stmt, "init"), self.pattern_use([stmt.pat]))
                        if stmt.else_block is not None:
                            self.visit(stmt.else_block, Slot(stmt, "else_block"), Use.READ)
                    else:
                        self.visit(stmt.expr, Slot(stmt, "expr"), self.value_use(stmt.expr))
                if tail is not None:
                    self.visit(tail, Slot(expr, "expr"), use if _is_place(tail) else self.value_use(tail))
            case thir.FormatArgs(args=args):
                for i, arg in enumerate(args):
                    self.visit(arg, Slot(expr, "args", i), Use.READ)  # formatted by reference
            case _:
                for child, child_slot in _children(expr):
                    self.visit(child, child_slot, self.value_use(child))

    def callee_use(self, func: thir.Expr) -> Use:
        ty = self.fcx.infcx.zonk(func.ty)
        if isinstance(ty, RefTy):
            return Use.READ  # calling through a reference copies the reference
        kind = self.fcx.closure_kind_of_callee(ty)
        if kind == "FnMut":
            return Use.MUT
        if kind == "FnOnce":
            return self.value_use(func)
        return Use.READ

    def pattern_use(self, pats: list[thir.Pat]) -> Use:
        """How matching `pats` uses the scrutinee place: a by-value binding of a non-Copy
        type moves (part of) it, a `ref mut` binding borrows it mutably."""
        strongest = Use.READ
        stack: list[thir.Pat] = list(pats)
        while stack:
            pat = stack.pop()
            match pat:
                case thir.BindingPat(mode=mode, subpattern=sub):
                    if mode is thir.BindingMode.BY_REF_MUT:
                        strongest = max(strongest, Use.MUT)
                    elif mode is thir.BindingMode.BY_VALUE and not self.fcx.is_copy(self.fcx.infcx.zonk(pat.ty)):
                        strongest = Use.MOVE
                    if sub is not None:
                        stack.append(sub)
                case thir.VariantPat(subpatterns=subs) | thir.LeafPat(subpatterns=subs):
                    stack.extend(s.pat for s in subs)
                case thir.DerefPat(subpattern=sub):
                    stack.append(sub)
                case thir.OrPat(alts=alts):
                    stack.extend(alts)
        return strongest

    def visit_place(self, expr: thir.Expr, slot: Slot, use: Use) -> None:
        chain: list[tuple[thir.Expr, Slot]] = []  # outermost first
        node, node_slot = expr, slot
        while True:
            chain.append((node, node_slot))
            match node:
                case thir.FieldAccess(base=base):
                    node, node_slot = base, Slot(node, "base")
                case thir.Deref(operand=operand):
                    node, node_slot = operand, Slot(node, "operand")
                case thir.IndexExpr(base=base, index=index):
                    self.visit(index, Slot(node, "index"), self.value_use(index))
                    node, node_slot = base, Slot(node, "base")
                case thir.LocalVar(local=local):
                    break
                case _:
                    chain.pop()
                    self.visit(node, node_slot, self.value_use(node) if not _is_place(node) else use)
                    return
        root = chain[-1][0]
        assert isinstance(root, thir.LocalVar)
        if root.local not in self.fcx.tcx.locals or root.local in self.pending.own_locals:
            return
        nodes = list(reversed(chain))  # nodes[0] is the local
        path: list[Projection] = []
        types: list[Ty] = [self.fcx.infcx.zonk(root.ty)]
        for depth in range(1, len(nodes)):
            node = nodes[depth][0]
            if isinstance(node, thir.FieldAccess):
                path.append(("field", node.field))
            elif isinstance(node, thir.Deref) and isinstance(self.fcx.infcx.zonk(node.operand.ty), RefTy):
                if use is Use.MOVE:
                    use = Use.READ  # a move out of a borrow: capture the reference
                    break
                path.append(("deref", 0))
            else:
                if isinstance(node, thir.IndexExpr) and use is Use.MOVE:
                    use = Use.READ
                break  # an index or a Box deref: capture the place before it
            types.append(self.fcx.infcx.zonk(node.ty))
        self.uses.append(PlaceUse(root.local, tuple(path), tuple(types), use, nodes[:len(path) + 1]))

    # ── 2./3. captures and kind ──

    def captures(self) -> list[Capture]:
        captures: list[Capture] = []
        for u in self.uses:
            path, kind = u.path, CAPTURE_OF_USE[u.use]
            if self.pending.is_move:
                cut = next((i for i, p in enumerate(path) if p[0] == "deref"), len(path))
                path, kind = path[:cut], thir.CaptureKind.BY_VALUE
            merged = False
            for c in captures:
                if c.root != u.root:
                    continue
                if c.path == path[:len(c.path)]:
                    c.kind = _stronger(c.kind, kind)
                    merged = True
                    break
                if path == c.path[:len(path)]:
                    c.path, c.types, c.kind = path, u.types[:len(path) + 1], _stronger(c.kind, kind)
                    merged = True
                    break
            if not merged:
                captures.append(Capture(u.root, path, u.types[:len(path) + 1], kind))
        # A shortened capture may now cover others recorded before it.
        result: list[Capture] = []
        for c in captures:
            cover = next((r for r in result if r.root == c.root and r.path == c.path[:len(r.path)]), None)
            if cover is not None:
                cover.kind = _stronger(cover.kind, c.kind)
            else:
                result.append(c)
        return result

    def closure_kind(self) -> str:
        if any(u.use is Use.MOVE for u in self.uses):
            return "FnOnce"
        if any(u.use is Use.MUT for u in self.uses):
            return "FnMut"
        return "Fn"

    # ── 4. rewriting ──

    def rewrite(self, captures: list[Capture]) -> None:
        for u in self.uses:
            for index, c in enumerate(captures):
                if c.root == u.root and c.path == u.path[:len(c.path)]:
                    node, slot = u.nodes[len(c.path)]
                    slot.set(thir.UpvarRef(index, ty=node.ty, span=node.span))
                    break


def capture_expr(fcx, c: Capture, span) -> thir.Expr:  # noqa: ANN001
    """The expression the enclosing body evaluates to fill an upvar: the place or a borrow of it."""
    info = fcx.tcx.locals[c.root]
    expr: thir.Expr = thir.LocalVar(c.root, ty=info.ty, span=span)  # type: ignore[arg-type]
    for (proj, index), ty in zip(c.path, c.types[1:]):
        if proj == "field":
            expr = thir.FieldAccess(expr, index, ty=ty, span=span)
        else:
            expr = thir.Deref(expr, ty=ty, span=span)
    if c.kind is thir.CaptureKind.BY_VALUE:
        return expr
    mutable = c.kind is thir.CaptureKind.BY_MUT_REF
    return thir.Borrow(expr, mutable, ty=RefTy(c.place_ty, mutable), span=span)


def upvar_ty(c: Capture) -> Ty:
    if c.kind is thir.CaptureKind.BY_VALUE:
        return c.place_ty
    return RefTy(c.place_ty, c.kind is thir.CaptureKind.BY_MUT_REF)


def analyze_closure(fcx, pending: PendingClosure) -> ClosureTy:  # noqa: ANN001
    """Decide the captures and kind of one closure, rewrite its body, fill its node."""
    analysis = UpvarAnalysis(fcx, pending)
    body = pending.fn.body
    assert body is not None
    analysis.visit(body, Slot(pending.fn, "body"), analysis.value_use(body))
    captures = analysis.captures()
    kind = pending.expected_kind or analysis.closure_kind()
    analysis.rewrite(captures)
    fn = pending.fn
    fn.closure_kind = kind
    table = fcx.closure_types
    fn.upvars = [thir.Upvar(c.root, c.kind, replace_closure_types(fcx.infcx.zonk(upvar_ty(c)), table))  # type: ignore[arg-type]
                 for c in captures]
    pending.node.captures = [capture_expr(fcx, c, pending.node.span) for c in captures]
    old = pending.node.ty
    assert isinstance(old, ClosureTy)
    final = ClosureTy(old.def_id, old.args, tuple(u.ty for u in fn.upvars))
    pending.node.ty = final
    table[old.def_id] = final
    fcx.tcx.closures[old.def_id].kind = kind
    return final


def replace_closure_types(ty: Ty, table: dict[DefId, ClosureTy]) -> Ty:  # noqa: C901 — one case per constructor
    """`ty` with every closure type replaced by its final form (upvars filled in)."""
    match ty:
        case ClosureTy(def_id=d, args=args):
            final = table.get(d)
            if final is not None:
                return final
            return ClosureTy(d, tuple(replace_closure_types(a, table) for a in args), ty.upvars)
        case RefTy(inner=inner, mutable=m, region=r):
            return RefTy(replace_closure_types(inner, table), m, r)
        case RawPtrTy(inner=inner, mutable=m):
            return RawPtrTy(replace_closure_types(inner, table), m)
        case TupleTy(elems=elems):
            return TupleTy(tuple(replace_closure_types(e, table) for e in elems))
        case ArrayTy(elem=elem, length=n):
            return ArrayTy(replace_closure_types(elem, table), n)
        case SliceTy(elem=elem):
            return SliceTy(replace_closure_types(elem, table))
        case AdtTy(def_id=d, args=args, name=n):
            return AdtTy(d, tuple(replace_closure_types(a, table) for a in args), n) if args else ty
        case FnDefTy(def_id=d, args=args):
            return FnDefTy(d, tuple(replace_closure_types(a, table) for a in args))
        case FnPtrTy(params=params, ret=ret):
            return FnPtrTy(tuple(replace_closure_types(p, table) for p in params), replace_closure_types(ret, table))
        case DynTy() | ProjectionTy():
            return ty
    return ty


def _stronger(a: thir.CaptureKind, b: thir.CaptureKind) -> thir.CaptureKind:
    return a if CAPTURE_STRENGTH.index(a) >= CAPTURE_STRENGTH.index(b) else b


def _is_place(expr: thir.Expr) -> bool:
    return isinstance(expr, (thir.LocalVar, thir.UpvarRef, thir.StaticRef, thir.Deref, thir.FieldAccess,
                             thir.IndexExpr))


def _children(expr: object) -> list[tuple[thir.Expr, Slot]]:
    """The expressions directly inside a THIR node (statements and arms looked through)."""
    out: list[tuple[thir.Expr, Slot]] = []
    for f in dataclasses.fields(expr):  # type: ignore[arg-type]
        value = getattr(expr, f.name)
        if isinstance(value, thir.Expr):
            out.append((value, Slot(expr, f.name)))
        elif isinstance(value, list):
            for i, item in enumerate(value):
                if isinstance(item, thir.Expr):
                    out.append((item, Slot(expr, f.name, i)))
                elif isinstance(item, tuple) and len(item) == 2 and isinstance(item[1], thir.Expr):
                    out.append((item[1], Slot(expr, f.name, i, pair=True)))
                elif isinstance(item, (thir.Arm, thir.LetStmt, thir.ExprStmt)):
                    out.extend(_children(item))
    return out

