"""Accesses that conflict with loans in scope: E0499 E0502 E0503 E0505 E0506, and
places dying while borrowed: E0597 E0716 (rustc's `check_access_for_conflict`).

Every statement is a list of accesses — reads (deep, or shallow for a match's
FakeRead), moves, shared and mutable borrows, writes (shallow: overwriting `x` does
not touch what `*x` points to), the end of a local's storage, drops.  An access to a
place rooted at local x is checked against the loans of places rooted at x that are in
scope at that point (nll.py): two places conflict unless they differ in a field or a
variant on the way down (`p.x` and `p.y` are disjoint; `v[i]` and `v[j]` are not).
Reads only conflict with mutable loans; a two-phase loan acts as a shared one until
its activation, where it is checked as a fresh mutable borrow.

The diagnostic names the accessed place and points at the loan; "later used here"
is the first use, after the access, of a local whose type holds a region the loan's
region must outlive (a walk forward through the loan's region).

Cost: each access looks only at the loans of its own root local.
"""
from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from rustlet import thir
from rustlet.borrowck.liveness import def_use
from rustlet.borrowck.move_paths import rvalue_operands
from rustlet.borrowck.naming import describe_place, scope_end
from rustlet.borrowck.nll import Loan, Nll, RegionResult
from rustlet.diagnostics import Diagnostic, DiagnosticSink, error
from rustlet.mir import dataflow
from rustlet.mir import syntax as mir
from rustlet.source import Span
from rustlet.types import RefTy


class Kind(Enum):
    READ = "read"
    SHALLOW_READ = "shallow read"
    MOVE = "move"
    SHARED_BORROW = "shared borrow"
    MUT_BORROW = "mutable borrow"
    ACTIVATE = "activation"
    WRITE = "write"
    STORAGE_DEAD = "storage dead"
    DROP = "drop"


READS = (Kind.READ, Kind.SHALLOW_READ, Kind.SHARED_BORROW)
SHALLOW = (Kind.WRITE, Kind.STORAGE_DEAD, Kind.SHALLOW_READ)


@dataclass(slots=True)
class Access:
    place: mir.Place
    kind: Kind
    span: Span
    loan: Loan | None = None  # the activated loan (ACTIVATE)


def places_conflict(borrowed: mir.Place, accessed: mir.Place, kind: Kind) -> bool:
    common = min(len(borrowed.projection), len(accessed.projection))
    for eb, ea in zip(borrowed.projection[:common], accessed.projection[:common]):
        match eb, ea:
            case mir.FieldProj(index=i), mir.FieldProj(index=j) if i != j:
                return False
            case mir.DowncastProj(variant=i), mir.DowncastProj(variant=j) if i != j:
                return False
    if len(borrowed.projection) <= len(accessed.projection):
        return True
    rest = borrowed.projection[len(accessed.projection):]
    if kind in SHALLOW and any(isinstance(e, mir.DerefProj) for e in rest):
        return False  # `x = ..` leaves what the old `*x` pointed to alone
    return True


class ConflictChecker:
    def __init__(self, body: mir.Body, program: thir.Program, nll: Nll, result: RegionResult,
                 sink: DiagnosticSink) -> None:
        self.body = body
        self.program = program
        self.nll = nll
        self.result = result
        self.sink = sink
        self.points = nll.points
        self.reported_loans: set[tuple[int, str]] = set()
        self.loan_at: dict[dataflow.Location, Loan] = {loan.location: loan for loan in nll.loans}
        self.activations: dict[dataflow.Location, list[Loan]] = {}
        for loan in nll.loans:
            if loan.activation is not None:
                self.activations.setdefault(loan.activation, []).append(loan)

    def check(self) -> None:
        if not self.nll.loans:
            return
        for block in dataflow.reverse_postorder(self.body):
            data = self.body.blocks[block]
            for index in range(len(data.statements) + 1):
                stmt = data.terminator if index == len(data.statements) else data.statements[index]
                assert stmt is not None
                for access in self.accesses((block, index), stmt):
                    self.check_access((block, index), access)

    # ── accesses of a statement ──

    def accesses(self, location: dataflow.Location, stmt: mir.Statement | mir.Terminator) -> list[Access]:
        out: list[Access] = []

        def operands(ops: list[mir.Operand], span: Span) -> None:
            for o in ops:
                if isinstance(o, mir.Move):
                    out.append(Access(o.place, Kind.MOVE, span))
                elif isinstance(o, mir.Copy):
                    out.append(Access(o.place, Kind.READ, span))

        for loan in self.activations.get(location, []):
            out.append(Access(loan.place, Kind.ACTIVATE, stmt.span, loan))
        match stmt:
            case mir.Assign(place=place, rvalue=rvalue, span=span):
                match rvalue:
                    case mir.Ref(place=p, mutable=mutable, two_phase=two_phase):
                        kind = Kind.MUT_BORROW if mutable and not two_phase else Kind.SHARED_BORROW
                        out.append(Access(p, kind, span))
                    case mir.Len(place=p) | mir.Discriminant(place=p):
                        out.append(Access(p, Kind.READ, span))
                    case mir.AddressOf():
                        pass
                    case _:
                        operands(rvalue_operands(rvalue), span)
                out.append(Access(place, Kind.WRITE, span))
            case mir.FakeRead(place=p, span=span):
                out.append(Access(p, Kind.SHALLOW_READ, span))
            case mir.SwitchInt(discr=d, span=span):
                operands([d], span)
            case mir.CallTerm(func=func, args=args, destination=dest, span=span):
                operands(list(args) + ([] if isinstance(func, mir.Builtin) else [func]), span)
                out.append(Access(dest, Kind.WRITE, span))
            case mir.StorageDead(local=local, span=span):
                out.append(Access(mir.Place(local), Kind.STORAGE_DEAD, span))
            case mir.Drop(place=place, span=span):
                out.append(Access(place, Kind.DROP, span))
        return out

    # ── checking ──

    def check_access(self, location: dataflow.Location, access: Access) -> None:
        point = self.points.point(location)
        for loan in self.nll.loans_by_local.get(access.place.local, ()):
            if not loan.scope >> point & 1 or loan is access.loan:
                continue
            loan_mutable = loan.mutable and not loan.reserved >> point & 1
            if access.kind in READS and not loan_mutable:
                continue
            if access.kind in (Kind.STORAGE_DEAD, Kind.DROP) and (
                    not self.owned(loan.place) or self.result.values[loan.region] >> self.result.n_points):
                continue  # behind a reference; or escaping the body: region_errors.py reports it
            if not places_conflict(loan.place, access.place, access.kind):
                continue
            self.report(location, access, loan, loan_mutable)
            return

    def owned(self, place: mir.Place) -> bool:
        """No deref of a reference on the way: the local's storage holds the data."""
        for i, elem in enumerate(place.projection):
            if isinstance(elem, mir.DerefProj):
                ty = self.nll.place_ty(mir.Place(place.local, place.projection[:i]))
                if isinstance(ty, RefTy):
                    return False
        return True

    def name(self, place: mir.Place) -> str:
        found = describe_place(self.body, place, self.program)
        return found if found is not None else "value"

    def report(self, location: dataflow.Location, access: Access, loan: Loan, loan_mutable: bool) -> None:
        dead = access.kind in (Kind.STORAGE_DEAD, Kind.DROP)
        key = (loan.index, "dead" if dead else access.kind.value + str(location))
        if key in self.reported_loans:
            return
        self.reported_loans.add(key)
        accessed = self.name(access.place)
        borrowed = self.name(loan.place)
        later_kind = "borrow later used"
        kind = access.kind
        if kind is Kind.DROP and not self.drop_at_scope_end(location, access.place):
            kind = Kind.WRITE
        match kind:
            case Kind.READ | Kind.SHALLOW_READ:
                diagnostic = error(f"cannot use `{accessed}` because it was mutably borrowed", access.span,
                                   f"use of borrowed `{borrowed}`", "E0503")
                diagnostic.with_label(loan.span, f"`{borrowed}` is borrowed here")
            case Kind.MOVE:
                diagnostic = error(f"cannot move out of `{accessed}` because it is borrowed", access.span,
                                   f"move out of `{accessed}` occurs here", "E0505")
                diagnostic.with_label(loan.span, f"borrow of `{borrowed}` occurs here")
                self.declared_here(diagnostic, access.place)
            case Kind.WRITE:
                diagnostic = error(f"cannot assign to `{accessed}` because it is borrowed", access.span,
                                   f"`{accessed}` is assigned to here but it was already borrowed", "E0506")
                diagnostic.with_label(loan.span, f"`{borrowed}` is borrowed here")
            case Kind.STORAGE_DEAD | Kind.DROP:
                self.report_dead(location, access, loan)
                return
            case _:
                mutable_access = kind in (Kind.MUT_BORROW, Kind.ACTIVATE)
                if mutable_access and loan_mutable:
                    diagnostic = error(f"cannot borrow `{accessed}` as mutable more than once at a time",
                                       access.span, "second mutable borrow occurs here", "E0499")
                    diagnostic.with_label(loan.span, "first mutable borrow occurs here")
                    later_kind = "first borrow later used"
                else:
                    new, old = ("mutable", "immutable") if mutable_access else ("immutable", "mutable")
                    diagnostic = error(f"cannot borrow `{accessed}` as {new} because it is also borrowed as {old}",
                                       access.span, f"{new} borrow occurs here", "E0502")
                    diagnostic.with_label(loan.span, f"{old} borrow occurs here")
                    later_kind = f"{old} borrow later used"
        self.later_use(diagnostic, location, loan, later_kind)
        self.sink.emit(diagnostic)

    def declared_here(self, diagnostic: Diagnostic, place: mir.Place) -> None:
        decl = self.body.locals[place.local]
        if decl.is_user_var and decl.name is not None:
            diagnostic.with_label(decl.span, f"binding `{decl.name}` declared here")

    def drop_at_scope_end(self, location: dataflow.Location, place: mir.Place) -> bool:
        """A Drop followed by the local's StorageDead ends its scope (else: a reassignment)."""
        term = self.body.blocks[location[0]].terminator
        assert isinstance(term, mir.Drop)
        for stmt in self.body.blocks[term.target].statements:
            if isinstance(stmt, mir.StorageDead) and stmt.local == place.local:
                return True
            if isinstance(stmt, mir.Assign) and stmt.place.local == place.local:
                return False
        return not place.projection

    def report_dead(self, location: dataflow.Location, access: Access, loan: Loan) -> None:
        decl = self.body.locals[loan.place.local]
        name = describe_place(self.body, mir.Place(loan.place.local), self.program)
        if name is None or not decl.is_user_var:
            diagnostic = error("temporary value dropped while borrowed", loan.span,
                               "creates a temporary value which is freed while still in use", "E0716")
            diagnostic.with_label(scope_end(access.span), "temporary value is freed at the end of this statement")
            self.later_use(diagnostic, location, loan, "borrow later used")
            diagnostic.with_help("consider using a `let` binding to create a longer lived value")
        else:
            diagnostic = error(f"`{name}` does not live long enough", loan.span,
                               "borrowed value does not live long enough", "E0597")
            diagnostic.with_label(decl.span, f"binding `{name}` declared here")
            diagnostic.with_label(scope_end(access.span), f"`{name}` dropped here while still borrowed")
            self.later_use(diagnostic, location, loan, "borrow later used")
        self.sink.emit(diagnostic)

    # ── explaining ──

    def carriers(self, loan: Loan) -> set[int]:
        """Locals whose type holds a region the loan's region must outlive."""
        reach = {loan.region}
        stack = [loan.region]
        edges = self.result.edges
        while stack:
            for shorter, _ in edges[stack.pop()]:
                if shorter not in reach:
                    reach.add(shorter)
                    stack.append(shorter)
        return {local for local, rty in enumerate(self.result.local_rtys) if reach.intersection(rty.regions)}

    def later_use(self, diagnostic: Diagnostic, location: dataflow.Location, loan: Loan, text: str) -> None:
        found = self.find_later_use(location, loan)
        if found is None:
            return
        span, by_call = found
        diagnostic.with_label(span, f"{text} by call" if by_call else f"{text} here")

    def find_later_use(self, location: dataflow.Location, loan: Loan) -> tuple[Span, bool] | None:
        carriers = self.carriers(loan)
        region = self.result.values[loan.region]
        first = self.points.first
        seen: set[int] = set()
        block, index = location
        stack = [(block, index + 1)]
        while stack:
            block, start = stack.pop()
            data = self.body.blocks[block]
            n = len(data.statements)
            for i in range(start, n + 1):
                if not region >> (first[block] + i) & 1:
                    break
                stmt = data.terminator if i == n else data.statements[i]
                assert stmt is not None
                _, uses = def_use(stmt, self.nll.drop_uses)
                hit = carriers.intersection(uses)
                if hit:
                    by_call = isinstance(stmt, mir.CallTerm) and isinstance(stmt.func, (mir.Copy, mir.Move)) \
                        and stmt.func.place.local in hit
                    return stmt.span, by_call
            else:
                assert data.terminator is not None
                for s in dataflow.successors(data.terminator):
                    if s not in seen:
                        seen.add(s)
                        stack.append((s, 0))
        return None
