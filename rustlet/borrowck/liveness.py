"""Liveness of locals, for region inference: a local is live at a point when its current
value may be used later (rustc's `MaybeLiveLocals`, a backward gen/kill analysis).

A use is any read of the local (operand, borrow, `Len`, discriminant, a deref through
it, an index local, a FakeRead) and the drop of a value whose type runs a user-written
`Drop` impl (drop-liveness: the impl may look at the references the value holds).
Dropping a standard-library container is not a use, as rustc's `#[may_dangle]`
makes it for `Vec`, `Box` and friends.  Assigning the whole local or `StorageDead`
kills it.

Only locals whose types hold regions are tracked (`tracked`); the result is, for
each of them, the set of points where it is live on entry, as a bit set over the
points of `PointIndex`.

Cost: one backward dataflow pass, O(blocks × locals / word size) per iteration,
then one replay over all statements whose cost is proportional to the number of
(point, live local) pairs.
"""
from __future__ import annotations

from collections.abc import Callable

from rustlet.mir import dataflow
from rustlet.mir import syntax as mir


class PointIndex:
    """Numbers every location: point = first[block] + statement index."""

    def __init__(self, body: mir.Body) -> None:
        self.first: list[int] = []
        n = 0
        for data in body.blocks:
            self.first.append(n)
            n += len(data.statements) + 1
        self.count = n

    def point(self, location: dataflow.Location) -> int:
        return self.first[location[0]] + location[1]


def place_locals_read(place: mir.Place) -> list[int]:
    """Locals read to evaluate a place other than its root: index locals."""
    out = []
    for elem in place.projection:
        if isinstance(elem, mir.IndexProj):
            out.append(elem.local)
        elif isinstance(elem, mir.SubsliceProj):
            out.extend((elem.from_, elem.to))
    return out


def operand_locals(operands: list[mir.Operand]) -> list[int]:
    out = []
    for o in operands:
        if not isinstance(o, mir.Constant):
            out.append(o.place.local)
            out.extend(place_locals_read(o.place))
    return out


def rvalue_locals(rvalue: mir.Rvalue) -> list[int]:
    match rvalue:
        case mir.Use(operand=o) | mir.Repeat(operand=o) | mir.Cast(operand=o) | mir.UnaryOp(operand=o):
            return operand_locals([o])
        case mir.BinaryOp(lhs=a, rhs=b) | mir.CheckedBinaryOp(lhs=a, rhs=b):
            return operand_locals([a, b])
        case mir.Aggregate(operands=ops):
            return operand_locals(list(ops))
        case mir.Ref(place=p) | mir.AddressOf(place=p) | mir.Len(place=p) | mir.Discriminant(place=p):
            return [p.local, *place_locals_read(p)]
    return []


def def_use(stmt: mir.Statement | mir.Terminator,
            drop_uses: Callable[[mir.Place], bool]) -> tuple[list[int], list[int]]:
    """(locals defined, locals used) by one statement."""
    match stmt:
        case mir.Assign(place=place, rvalue=rvalue):
            uses = rvalue_locals(rvalue) + place_locals_read(place)
            if not place.projection:
                return [place.local], uses
            if any(isinstance(e, mir.DerefProj) for e in place.projection):
                uses.append(place.local)
            return [], uses
        case mir.SetDiscriminant(place=place):
            return [], []
        case mir.FakeRead(place=place):
            return [], [place.local, *place_locals_read(place)]
        case mir.StorageDead(local=local):
            return [local], []
        case mir.SwitchInt(discr=d):
            return [], operand_locals([d])
        case mir.Assert(cond=c):
            return [], operand_locals([c])
        case mir.CallTerm(func=func, args=args, destination=dest):
            uses = operand_locals(list(args) + ([] if isinstance(func, mir.Builtin) else [func]))
            if dest.projection:
                uses.append(dest.local)
                return [], uses
            return [dest.local], uses
        case mir.Drop(place=place):
            return [], [place.local] if drop_uses(place) else []
        case mir.Return():
            return [], [mir.RETURN_PLACE]
    return [], []


class MaybeLiveLocals(dataflow.GenKillAnalysis):
    direction = dataflow.Direction.BACKWARD

    def __init__(self, tracked: int, drop_uses: Callable[[mir.Place], bool]) -> None:
        self.tracked = tracked
        self.drop_uses = drop_uses

    def gen_kill(self, stmt: mir.Statement | mir.Terminator) -> tuple[int, int]:
        defs, uses = def_use(stmt, self.drop_uses)
        kill = 0
        for d in defs:
            kill |= 1 << d
        gen = 0
        for u in uses:
            gen |= 1 << u
        return gen & self.tracked, kill & self.tracked

    def statement_gen_kill(self, stmt: mir.Statement, location: dataflow.Location) -> tuple[int, int]:
        return self.gen_kill(stmt)

    def terminator_gen_kill(self, term: mir.Terminator, location: dataflow.Location) -> tuple[int, int]:
        return self.gen_kill(term)


def live_points(body: mir.Body, points: PointIndex, tracked: int,
                drop_uses: Callable[[mir.Place], bool]) -> dict[int, int]:
    """For each tracked local, the points where it is live on entry."""
    analysis = MaybeLiveLocals(tracked, drop_uses)
    results = dataflow.iterate_to_fixpoint(analysis, body)
    live: dict[int, int] = {}
    for block in dataflow.reverse_postorder(body):
        data = body.blocks[block]
        assert data.terminator is not None
        state = results.entry[block]
        n = len(data.statements)
        for index in range(n, -1, -1):
            stmt = data.terminator if index == n else data.statements[index]
            gen, kill = analysis.gen_kill(stmt)
            state = (state & ~kill) | gen
            if state:
                bit = 1 << points.point((block, index))
                rest = state
                while rest:
                    low = rest & -rest
                    local = low.bit_length() - 1
                    live[local] = live.get(local, 0) | bit
                    rest ^= low
    return live
