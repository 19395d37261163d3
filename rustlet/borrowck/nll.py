"""Non-lexical lifetimes: region inference over the MIR of one body (rustc's NLL).

1. Constraints (regions.py): every local's type gets region variables; walking the
   MIR relates the types wherever a value flows, giving `longer: shorter` edges, and
   every `&place` creates a *loan* with its own region.
2. Liveness (liveness.py): a region of local x's type contains every point where x
   is live.  The body's universal regions contain every point and their own `end`
   element; `'static` contains every `end`.
3. Propagation: value(longer) ⊇ value(shorter) for every constraint, to a fixpoint
   (a worklist over the constraint graph).  A region's value is a bit set: one bit
   per MIR point, then one bit per universal region ("end of 'a").
4. Loan scopes: a loan is in scope at the points reachable from its creation
   through points of its region, until the borrowed local is overwritten or dies.
   For a two-phase borrow (`v.push(v.len())`), the points before the call that uses
   the reference are its reservation (it acts as a shared borrow there).

The conflict checks (conflicts.py) and the universal-region checks (region_errors.py)
read the result.

Cost: constraint generation is linear in the MIR (types are walked once per use);
propagation is O(constraints × (points + universals) / word size) per round, and
rounds are bounded by the constraint graph's depth; each loan's scope is one walk
over the points of its region.  Everything is linear in the body for the shapes
programs have (short-lived borrows), quadratic only in the number of loans that are
live across the whole body.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from rustlet import thir
from rustlet.borrowck.liveness import PointIndex, live_points
from rustlet.borrowck.regions import (
    ASSIGNMENT, BORING, CALL_ARGUMENT, CAST, COVARIANT, INVARIANT, RETURN, STATIC, RegionCx, RTy, SlotCounter, Signature,
    Universal, instantiate_sig,
)
from rustlet.mir import dataflow
from rustlet.mir import syntax as mir
from rustlet.source import Span
from rustlet.types import AdtTy, ArrayTy, ClosureTy, FnDefTy, RawPtrTy, RefTy, SliceTy, TupleTy, Ty


@dataclass(slots=True)
class Loan:
    index: int
    location: dataflow.Location
    place: mir.Place
    mutable: bool
    region: int
    span: Span
    holder: mir.Place  # where the reference is stored
    two_phase: bool = False
    activation: dataflow.Location | None = None
    scope: int = 0  # points where the loan is in scope
    reserved: int = 0  # points where a two-phase loan is not yet activated
    # the reference was stored into a closure (an upvar borrow): (closure, upvar index)
    captured: tuple[int, int] | None = None


@dataclass(slots=True)
class RegionResult:
    values: list[int]
    n_points: int
    universals: list[Universal]
    signature: Signature | None
    local_rtys: list[RTy]
    edges: list[list[tuple[int, int]]] = field(default_factory=list)  # longer → [(shorter, constraint)]


class Nll:
    def __init__(self, body: mir.Body, program: thir.Program, slots: SlotCounter) -> None:
        self.body = body
        self.program = program
        self.slots = slots
        self.cx = RegionCx(program, slots)
        self.points = PointIndex(body)
        self.local_rtys = [self.cx.fresh_rty(decl.ty) for decl in body.locals]
        self.loans: list[Loan] = []
        self.loans_by_local: dict[int, list[Loan]] = {}
        self.box_id = program.lang_items.get("Box")
        self.signature: Signature | None = None
        self.universals: list[Universal] = []

    # ── constraint generation ──

    def run(self) -> RegionResult:
        self.add_signature()
        for b, data in enumerate(self.body.blocks):
            for i, stmt in enumerate(data.statements):
                self.cx.span, self.cx.location = stmt.span, (b, i)
                if isinstance(stmt, mir.Assign):
                    self.cx.category = CAST if isinstance(stmt.rvalue, mir.Cast) and \
                        stmt.place.local != mir.RETURN_PLACE else self.assignment_category(stmt.place)
                self.statement(stmt, (b, i))
            assert data.terminator is not None
            self.cx.span, self.cx.location = data.terminator.span, (b, len(data.statements))
            self.terminator(data.terminator)
        self.cx.category = BORING
        result = self.solve()
        self.compute_scopes(result)
        return result

    def add_signature(self) -> None:
        fn = self.program.fns.get(self.body.def_id)
        if fn is None or len(fn.sig.inputs) != self.body.arg_count:
            return
        self.cx.span = None
        sig = instantiate_sig(self.cx, fn, (), universal=True)
        self.signature = sig
        self.universals = sig.universals
        for i, rty in enumerate(sig.inputs):
            self.cx.relate(rty, self.local_rtys[i + 1])
        self.cx.relate(self.local_rtys[mir.RETURN_PLACE], sig.output)

    def assignment_category(self, dest: mir.Place) -> int:
        if dest.local == mir.RETURN_PLACE:
            return RETURN
        return ASSIGNMENT if self.body.locals[dest.local].is_user_var else BORING

    def operand_rty(self, operand: mir.Operand) -> RTy:
        if isinstance(operand, mir.Constant):
            return self.cx.static_rty(operand.ty)
        return self.place_rty(operand.place)

    def place_rty(self, place: mir.Place) -> RTy:
        rty = self.local_rtys[place.local]
        variant = 0
        for elem in place.projection:
            match elem:
                case mir.DerefProj():
                    rty = self.deref_rty(rty)
                case mir.FieldProj(index=index, ty=fty):
                    rty = self.field_rty(rty, variant, index, fty)
                    variant = 0
                case mir.DowncastProj(variant=v):
                    variant = v
                case mir.IndexProj() | mir.SubsliceProj():
                    match rty.ty:
                        case ArrayTy(elem=e) | SliceTy(elem=e):
                            rty = RTy(e, rty.regions) if not isinstance(elem, mir.SubsliceProj) else rty
        return rty

    def deref_rty(self, rty: RTy) -> RTy:
        match rty.ty:
            case RefTy(inner=inner):
                return RTy(inner, rty.regions[1:])
            case RawPtrTy(inner=inner):
                return RTy(inner, rty.regions)
            case AdtTy(def_id=def_id, args=args) if args:
                n = self.slots.adt_lifetimes(def_id)
                return RTy(args[0], rty.regions[n:n + self.slots.count(args[0])])
        return RTy(rty.ty, ())

    def field_rty(self, rty: RTy, variant: int, index: int, fty: Ty) -> RTy:
        match rty.ty:
            case TupleTy(elems=elems) | ClosureTy(upvars=elems) if index < len(elems):
                start = sum(self.slots.count(e) for e in elems[:index])
                return RTy(elems[index], rty.regions[start:start + self.slots.count(elems[index])])
            case AdtTy(def_id=def_id, args=args) if def_id in self.program.adts:
                adt = self.program.adts[def_id]
                fields = adt.variants[variant].fields if variant < len(adt.variants) else []
                if index < len(fields):
                    n = len(adt.generics.lifetimes)
                    lifetimes = dict(zip(adt.generics.lifetimes, rty.regions[:n]))
                    params: dict[int, RTy] = {}
                    start = n
                    for i, a in enumerate(args):
                        k = self.slots.count(a)
                        params[i] = RTy(a, rty.regions[start:start + k])
                        start += k
                    first = rty.regions[0] if n else STATIC

                    def region(name: str | None) -> int:
                        if name == "'static":
                            return STATIC
                        return lifetimes.get(name, first) if name is not None else first
                    declared = self.cx.instantiate(fields[index].ty, params, region)
                    if len(declared.regions) == self.slots.count(fty):
                        return RTy(fty, declared.regions)
        fresh = self.cx.fresh_rty(fty)
        self.cx.relate_all(rty.regions, fresh.regions, INVARIANT)
        return fresh

    def statement(self, stmt: mir.Statement, location: dataflow.Location) -> None:
        if not isinstance(stmt, mir.Assign):
            return
        rvalue = stmt.rvalue
        if isinstance(rvalue, (mir.BinaryOp, mir.CheckedBinaryOp, mir.UnaryOp, mir.Len, mir.Discriminant,
                               mir.AddressOf)):
            return
        dest = self.place_rty(stmt.place)
        match rvalue:
            case mir.Use(operand=o) | mir.Cast(operand=o):
                self.cx.relate(self.operand_rty(o), dest)
            case mir.Repeat(operand=o):
                self.cx.relate(self.operand_rty(o), RTy(getattr(dest.ty, "elem", dest.ty), dest.regions))
            case mir.Ref(place=place, mutable=mutable, two_phase=two_phase):
                self.borrow(stmt, place, mutable, two_phase, dest, location)
            case mir.Aggregate(kind=kind, operands=ops, variant=variant):
                self.aggregate(kind, ops, variant, dest, stmt)

    def borrow(self, stmt: mir.Assign, place: mir.Place, mutable: bool, two_phase: bool, dest: RTy,
               location: dataflow.Location) -> None:
        region = self.cx.fresh()
        borrowed = self.place_rty(place)
        self.cx.relate(RTy(RefTy(borrowed.ty, mutable), (region,) + borrowed.regions), dest)
        self.reborrow_constraints(place, region)
        if any(isinstance(e, mir.DerefProj) for e in place.projection) and self.through_raw_pointer(place):
            return
        loan = Loan(len(self.loans), location, place, mutable, region, stmt.span, stmt.place, two_phase)
        self.loans.append(loan)
        self.loans_by_local.setdefault(place.local, []).append(loan)

    def through_raw_pointer(self, place: mir.Place) -> bool:
        for i, elem in enumerate(place.projection):
            if isinstance(elem, mir.DerefProj):
                if isinstance(self.place_ty(mir.Place(place.local, place.projection[:i])), RawPtrTy):
                    return True
        return False

    def place_ty(self, place: mir.Place) -> Ty:
        return self.place_rty(place).ty

    def reborrow_constraints(self, place: mir.Place, loan_region: int) -> None:
        """`&'L (*r).f` with `r: &'r mut T` needs `'r: 'L` (outermost deref first; a shared
        reference ends the chain: what it points to is `Copy`-reachable)."""
        for i in range(len(place.projection) - 1, -1, -1):
            if not isinstance(place.projection[i], mir.DerefProj):
                continue
            base = self.place_rty(mir.Place(place.local, place.projection[:i]))
            match base.ty:
                case RefTy(mutable=mutable):
                    self.cx.outlives(base.regions[0], loan_region)
                    if not mutable:
                        return
                case RawPtrTy():
                    return

    def aggregate(self, kind: mir.AggregateKind, ops: tuple[mir.Operand, ...], variant: int, dest: RTy,
                  stmt: mir.Assign) -> None:
        for i, op in enumerate(ops):
            if isinstance(op, mir.Constant) and not self.slots.count(op.ty):
                continue
            source = self.operand_rty(op)
            if not source.regions:
                continue
            match kind:
                case mir.AggregateKind.ARRAY:
                    self.cx.relate(source, RTy(getattr(dest.ty, "elem", dest.ty), dest.regions))
                case mir.AggregateKind.ADT:
                    self.cx.relate(source, self.field_rty(dest, variant, i, source.ty))
                case _:
                    self.cx.relate(source, self.field_rty(dest, 0, i, source.ty))
            if kind is mir.AggregateKind.CLOSURE and isinstance(dest.ty, ClosureTy):
                self.mark_captured(op, (dest.ty.def_id, i))

    def mark_captured(self, op: mir.Operand, upvar: tuple[int, int]) -> None:
        """A reference moved into a closure value is an upvar borrow (E0373 wording)."""
        if isinstance(op, mir.Constant) or op.place.projection:
            return
        for loan in reversed(self.loans):
            if loan.holder == op.place:
                loan.captured = upvar
                return

    def terminator(self, term: mir.Terminator) -> None:
        if not isinstance(term, mir.CallTerm) or isinstance(term.func, mir.Builtin):
            return
        dest = self.place_rty(term.destination)
        func = term.func
        callee = None
        if isinstance(func, mir.Constant) and isinstance(func.ty, FnDefTy):
            callee = self.program.fns.get(func.ty.def_id)
        if callee is None or len(callee.sig.inputs) != len(term.args):
            self.cx.category = self.assignment_category(term.destination)
            sources = [r for a in term.args for r in self.operand_rty(a).regions]
            if not isinstance(func, mir.Constant):
                sources.extend(self.operand_rty(func).regions)
            self.cx.relate_all(tuple(sources), dest.regions, COVARIANT)
            return
        assert isinstance(func, mir.Constant) and isinstance(func.ty, FnDefTy)
        self.cx.category = CALL_ARGUMENT
        sig = instantiate_sig(self.cx, callee, func.ty.args, universal=False)
        for arg, param in zip(term.args, sig.inputs):
            self.cx.relate(self.operand_rty(arg), param)
        self.cx.category = self.assignment_category(term.destination)
        self.cx.relate(sig.output, dest)

    # ── solving ──

    def solve(self) -> RegionResult:
        n_points = self.points.count
        all_points = (1 << n_points) - 1
        values = [0] * self.cx.n_vars
        all_ends = 0
        for u, universal in enumerate(self.universals):
            all_ends |= 1 << (n_points + u)
            values[universal.var] = all_points | (1 << (n_points + u))
        values[STATIC] = all_points | all_ends  # 'static outlives every universal region
        tracked = 0
        for local, rty in enumerate(self.local_rtys):
            if rty.regions:
                tracked |= 1 << local
        live = live_points(self.body, self.points, tracked, self.drop_uses)
        for local, points in live.items():
            for r in self.local_rtys[local].regions:
                values[r] |= points
        edges: list[list[tuple[int, int]]] = [[] for _ in range(self.cx.n_vars)]  # longer → shorter
        dependents: list[list[int]] = [[] for _ in range(self.cx.n_vars)]  # shorter → longer
        for c_index, c in enumerate(self.cx.constraints):
            edges[c.longer].append((c.shorter, c_index))
            dependents[c.shorter].append(c.longer)
        worklist = [v for v in range(self.cx.n_vars) if values[v]]
        pending = set(worklist)
        while worklist:
            shorter = worklist.pop()
            pending.discard(shorter)
            value = values[shorter]
            for longer in dependents[shorter]:
                merged = values[longer] | value
                if merged != values[longer]:
                    values[longer] = merged
                    if longer not in pending:
                        pending.add(longer)
                        worklist.append(longer)
        return RegionResult(values, n_points, self.universals, self.signature, self.local_rtys, edges)

    def drop_uses(self, place: mir.Place) -> bool:
        return needs_drop_liveness(self.place_ty(place), self.program, self.slots.drop_adts, set())

    # ── loan scopes ──

    def compute_scopes(self, result: RegionResult) -> None:
        succs = dataflow.block_successors(self.body)
        for loan in self.loans:
            if loan.two_phase:
                loan.activation = self.activation_of(loan)
            self.loan_scope(loan, result.values[loan.region], succs)

    def activation_of(self, loan: Loan) -> dataflow.Location | None:
        """The first use of a two-phase borrow's temporary (the call it is passed to)."""
        if loan.holder.projection:
            return None
        block, index = loan.location
        seen: set[int] = set()
        stack = [(block, index + 1)]
        while stack:
            block, start = stack.pop()
            data = self.body.blocks[block]
            for i in range(start, len(data.statements) + 1):
                stmt = data.terminator if i == len(data.statements) else data.statements[i]
                assert stmt is not None
                if self.uses_local(stmt, loan.holder.local):
                    return block, i
            for s in dataflow.successors(data.terminator):
                if s not in seen:
                    seen.add(s)
                    stack.append((s, 0))
        return None

    @staticmethod
    def uses_local(stmt: mir.Statement | mir.Terminator, local: int) -> bool:
        match stmt:
            case mir.CallTerm(args=args, func=func):
                ops = list(args) + ([func] if not isinstance(func, mir.Builtin) else [])
                return any(not isinstance(o, mir.Constant) and o.place.local == local for o in ops)
            case mir.Assign(rvalue=rvalue):
                from rustlet.borrowck.liveness import rvalue_locals
                return local in rvalue_locals(rvalue)
        return False

    def kills(self, stmt: mir.Statement | mir.Terminator, local: int) -> bool:
        match stmt:
            case mir.Assign(place=place):
                return place.local == local and not place.projection
            case mir.StorageDead(local=dead):
                return dead == local
            case mir.CallTerm(destination=dest):
                return dest.local == local and not dest.projection
        return False

    def loan_scope(self, loan: Loan, region: int, succs: list[list[int]]) -> None:
        """Walk forward from the loan through the points of its region."""
        block, index = loan.location
        first = self.points.first
        scope = reserved = 0
        # (block, start index, reserved?)
        stack = [(block, index + 1, loan.two_phase and loan.activation is not None)]
        seen: set[tuple[int, bool]] = set()
        while stack:
            block, start, reserving = stack.pop()
            data = self.body.blocks[block]
            n = len(data.statements)
            cut = False
            for i in range(start, n + 1):
                point = first[block] + i
                if not region >> point & 1:
                    cut = True
                    break
                if reserving and (block, i) == loan.activation:
                    reserving = False
                scope |= 1 << point
                if reserving:
                    reserved |= 1 << point
                stmt = data.terminator if i == n else data.statements[i]
                assert stmt is not None
                if self.kills(stmt, loan.place.local):
                    cut = True
                    break
            if cut:
                continue
            for s in succs[block]:
                key = (s, reserving)
                if key not in seen:
                    seen.add(key)
                    stack.append((s, 0, reserving))
        loan.scope = scope
        loan.reserved = reserved


def needs_drop_liveness(ty: Ty, program: thir.Program, drop_adts: set[int], seen: set[Ty]) -> bool:
    """Whether dropping a value of `ty` runs a user-written `Drop` impl."""
    if ty in seen:
        return False
    seen.add(ty)
    match ty:
        case AdtTy(def_id=def_id, args=args):
            adt = program.adts.get(def_id)
            if adt is not None and not adt.path.startswith("std::") and def_id in drop_adts:
                return True
            return any(needs_drop_liveness(a, program, drop_adts, seen) for a in args)
        case TupleTy(elems=elems):
            return any(needs_drop_liveness(e, program, drop_adts, seen) for e in elems)
        case ArrayTy(elem=elem):
            return needs_drop_liveness(elem, program, drop_adts, seen)
    return False

