"""One dataflow framework for every MIR analysis (borrowck, drop elaboration, escape).

The problem.  An analysis assigns to each program point a set of facts — "this move
path may be uninitialized", "this local is live", "this borrow may be in scope" — that
is the least fixpoint of  state_in(B) = ⊔ state_out(P) over predecessors P (forward; the
mirror image over successors for backward analyses) and  state_out(B) = f_B(state_in(B)).

Representation.  A set of facts is a Python int used as a bit set (bit i = fact i).
Union, intersection and difference are single big-int operations, fast for the few
hundred facts of a function, and ints are immutable so states are shared freely.
The lattice join is union (a "may" analysis); an analysis with a different join
overrides `join` (a "must" analysis takes intersection and starts from the full set).

Gen/kill analyses.  Most analyses are gen/kill: every statement's effect is
state' = (state & ~kill) | gen.  `GenKillAnalysis` lets an analysis give just the
per-statement (gen, kill) sets; the framework composes them once into one (gen, kill)
pair per block, so the fixpoint iteration applies each block in O(1) big-int ops.

Method.  Blocks are visited with a worklist seeded in reverse post-order (post-order
for backward analyses), so in an acyclic body every block is processed once after all
its predecessors; a loop costs one extra pass per nesting level until the state stops
growing.  Termination: states only grow in a finite lattice.

Results.  `Results.entry[b]` is the state on entry to block b in the analysis direction
(for backward analyses: the state *after* the block's terminator).  `visit_statements`
replays a block to give the state just before each statement and the terminator (in
program order for either direction), which is what a checker needs.

Worked example (forward, "maybe moved", one fact per local):
    bb0: _2 = move _1; switchInt(..) -> [bb1, bb2]     out(bb0) = {_1}
    bb1: _1 = const 5; goto bb3                         out(bb1) = {}
    bb2: goto bb3                                       out(bb2) = {_1}
    bb3: use(_1)                                        in(bb3) = {} ∪ {_1} = {_1}: maybe moved
"""
from __future__ import annotations

from collections.abc import Callable
from enum import Enum

from rustlet.mir import syntax as mir

Location = tuple[int, int]  # (block, statement index); index == len(statements) is the terminator


class Direction(Enum):
    FORWARD = "forward"
    BACKWARD = "backward"


# ─────────────────────────────── graph helpers ───────────────────────────────


def successors(term: mir.Terminator) -> list[mir.BasicBlock]:
    match term:
        case mir.Goto(target=t) | mir.Drop(target=t) | mir.Assert(target=t):
            return [t]
        case mir.SwitchInt(targets=ts, otherwise=o):
            return [*ts, o]
        case mir.CallTerm(target=t):
            return [] if t is None else [t]
        case mir.Return() | mir.Unreachable():
            return []
    raise TypeError(f"unknown terminator {term!r}")


def block_successors(body: mir.Body) -> list[list[mir.BasicBlock]]:
    out = []
    for data in body.blocks:
        assert data.terminator is not None
        out.append(successors(data.terminator))
    return out


def predecessors(body: mir.Body) -> list[list[mir.BasicBlock]]:
    preds: list[list[mir.BasicBlock]] = [[] for _ in body.blocks]
    for b, succs in enumerate(block_successors(body)):
        for s in succs:
            preds[s].append(b)
    return preds


def reverse_postorder(body: mir.Body) -> list[mir.BasicBlock]:
    """Blocks reachable from bb0, each after all its predecessors except via back edges."""
    succs = block_successors(body)
    visited = [False] * len(body.blocks)
    order: list[int] = []
    stack: list[tuple[int, int]] = [(0, 0)]
    visited[0] = True
    while stack:
        block, i = stack[-1]
        if i < len(succs[block]):
            stack[-1] = (block, i + 1)
            nxt = succs[block][i]
            if not visited[nxt]:
                visited[nxt] = True
                stack.append((nxt, 0))
        else:
            stack.pop()
            order.append(block)
    order.reverse()
    return order


# ─────────────────────────────── analyses ───────────────────────────────


class Analysis:
    """A dataflow problem.  Subclasses set `direction` and define the effects."""

    direction = Direction.FORWARD

    def bottom(self) -> int:
        return 0

    def start_state(self) -> int:
        """State on entry to bb0 (forward) or on exit of returning blocks (backward)."""
        return 0

    def join(self, a: int, b: int) -> int:
        return a | b

    def statement_effect(self, state: int, stmt: mir.Statement, location: Location) -> int:
        return state

    def terminator_effect(self, state: int, term: mir.Terminator, location: Location) -> int:
        return state


class GenKillAnalysis(Analysis):
    """An analysis whose effects are `(state & ~kill) | gen`."""

    def statement_gen_kill(self, stmt: mir.Statement, location: Location) -> tuple[int, int]:
        return 0, 0

    def terminator_gen_kill(self, term: mir.Terminator, location: Location) -> tuple[int, int]:
        return 0, 0

    def statement_effect(self, state: int, stmt: mir.Statement, location: Location) -> int:
        gen, kill = self.statement_gen_kill(stmt, location)
        return (state & ~kill) | gen

    def terminator_effect(self, state: int, term: mir.Terminator, location: Location) -> int:
        gen, kill = self.terminator_gen_kill(term, location)
        return (state & ~kill) | gen


def compose(first: tuple[int, int], then: tuple[int, int]) -> tuple[int, int]:
    """The (gen, kill) of applying `first` and then `then`."""
    gen1, kill1 = first
    gen2, kill2 = then
    return (gen1 & ~kill2) | gen2, (kill1 | kill2) & ~gen2


class Results:
    def __init__(self, analysis: Analysis, body: mir.Body, entry: list[int]) -> None:
        self.analysis = analysis
        self.body = body
        self.entry = entry

    def visit_statements(self, block: mir.BasicBlock,
                         visit: Callable[[Location, int, mir.Statement | mir.Terminator], None]) -> None:
        """Call `visit(location, state_before, statement)` for each statement and the
        terminator of `block`, in the analysis direction; "before" is in that direction."""
        data = self.body.blocks[block]
        state = self.entry[block]
        assert data.terminator is not None
        n = len(data.statements)
        if self.analysis.direction is Direction.FORWARD:
            for i, stmt in enumerate(data.statements):
                visit((block, i), state, stmt)
                state = self.analysis.statement_effect(state, stmt, (block, i))
            visit((block, n), state, data.terminator)
        else:
            visit((block, n), state, data.terminator)
            state = self.analysis.terminator_effect(state, data.terminator, (block, n))
            for i in range(n - 1, -1, -1):
                visit((block, i), state, data.statements[i])
                state = self.analysis.statement_effect(state, data.statements[i], (block, i))


def apply_block(analysis: Analysis, body: mir.Body, block: mir.BasicBlock, state: int) -> int:
    data = body.blocks[block]
    assert data.terminator is not None
    n = len(data.statements)
    if analysis.direction is Direction.FORWARD:
        for i, stmt in enumerate(data.statements):
            state = analysis.statement_effect(state, stmt, (block, i))
        return analysis.terminator_effect(state, data.terminator, (block, n))
    state = analysis.terminator_effect(state, data.terminator, (block, n))
    for i in range(n - 1, -1, -1):
        state = analysis.statement_effect(state, data.statements[i], (block, i))
    return state


def block_gen_kill(analysis: GenKillAnalysis, body: mir.Body, block: mir.BasicBlock) -> tuple[int, int]:
    data = body.blocks[block]
    assert data.terminator is not None
    n = len(data.statements)
    effects = [analysis.statement_gen_kill(s, (block, i)) for i, s in enumerate(data.statements)]
    effects.append(analysis.terminator_gen_kill(data.terminator, (block, n)))
    if analysis.direction is Direction.BACKWARD:
        effects.reverse()
    total = (0, 0)
    for effect in effects:
        total = compose(total, effect)
    return total


def iterate_to_fixpoint(analysis: Analysis, body: mir.Body) -> Results:
    n = len(body.blocks)
    forward = analysis.direction is Direction.FORWARD
    order = reverse_postorder(body)
    if not forward:
        order.reverse()
    flow_succs = block_successors(body) if forward else predecessors(body)
    entry = [analysis.bottom()] * n
    if forward:
        entry[0] = analysis.start_state()
    else:
        for b, data in enumerate(body.blocks):
            if isinstance(data.terminator, mir.Return):
                entry[b] = analysis.start_state()
    transfer: Callable[[int, int], int]
    if isinstance(analysis, GenKillAnalysis):
        gen_kill = {b: block_gen_kill(analysis, body, b) for b in order}

        def transfer(block: int, state: int) -> int:
            gen, kill = gen_kill[block]
            return (state & ~kill) | gen
    else:
        def transfer(block: int, state: int) -> int:
            return apply_block(analysis, body, block, state)

    position = {b: i for i, b in enumerate(order)}
    pending = set(order)
    worklist = list(reversed(order))  # popped from the end: first block in `order` first
    while worklist:
        block = worklist.pop()
        if block not in pending:
            continue
        pending.discard(block)
        out = transfer(block, entry[block])
        for nxt in flow_succs[block]:
            if nxt not in position:
                continue  # unreachable from bb0
            joined = analysis.join(entry[nxt], out)
            if joined != entry[nxt]:
                entry[nxt] = joined
                if nxt not in pending:
                    pending.add(nxt)
                    worklist.append(nxt)
    return Results(analysis, body, entry)
