"""The dataflow framework on small hand-written CFGs: a forward gen/kill analysis
(the header's "maybe moved" example, with a loop), a backward one (liveness), and a
non-gen/kill analysis through the generic path."""
from __future__ import annotations

from rustlet import thir
from rustlet.mir import dataflow
from rustlet.mir import syntax as mir
from rustlet.source import DUMMY_SPAN
from rustlet.types import BOOL, I32

S = DUMMY_SPAN


def body(blocks: list[tuple[list[mir.Statement], mir.Terminator]], n_locals: int = 4) -> mir.Body:
    return mir.Body(thir.DefId(1), "test", [mir.LocalDecl(I32, True, S) for _ in range(n_locals)],
                    [mir.BasicBlockData(stmts, term) for stmts, term in blocks], arg_count=1, span=S)


def assign(dest: int, rvalue: mir.Rvalue) -> mir.Assign:
    return mir.Assign(mir.Place(dest), rvalue, S)


def move(local: int) -> mir.Rvalue:
    return mir.Use(mir.Move(mir.Place(local)))


def const() -> mir.Rvalue:
    return mir.Use(mir.Constant(thir.ConstValue(I32, 5)))


def switch(a: int, b: int) -> mir.SwitchInt:
    return mir.SwitchInt(mir.Constant(thir.ConstValue(BOOL, True)), (0,), (a,), b, S)


class MaybeMoved(dataflow.GenKillAnalysis):
    """Bit i: local i may have been moved out of."""

    def statement_gen_kill(self, stmt: mir.Statement, location: dataflow.Location) -> tuple[int, int]:
        if isinstance(stmt, mir.Assign):
            gen = 0
            if isinstance(stmt.rvalue, mir.Use) and isinstance(stmt.rvalue.operand, mir.Move):
                gen = 1 << stmt.rvalue.operand.place.local
            return gen, 1 << stmt.place.local
        return 0, 0


def test_forward_gen_kill_joins_at_merge_points() -> None:
    b = body([
        ([assign(2, move(1))], switch(1, 2)),     # bb0: _2 = move _1
        ([assign(1, const())], mir.Goto(3, S)),   # bb1: _1 = 5
        ([], mir.Goto(3, S)),                      # bb2
        ([], mir.Return(S)),                       # bb3: _1 maybe moved
    ])
    results = dataflow.iterate_to_fixpoint(MaybeMoved(), b)
    assert results.entry[1] == 1 << 1 and results.entry[2] == 1 << 1
    assert results.entry[3] == 1 << 1  # {} from bb1 ∪ {_1} from bb2


def test_forward_analysis_reaches_fixpoint_around_a_loop() -> None:
    b = body([
        ([], mir.Goto(1, S)),
        ([assign(3, move(2))], switch(2, 1)),      # loop header moves _2 each iteration
        ([assign(2, move(1))], mir.Return(S)),
    ])
    results = dataflow.iterate_to_fixpoint(MaybeMoved(), b)
    assert results.entry[1] == 1 << 2  # moved in the previous iteration
    seen: list[tuple[dataflow.Location, int]] = []
    results.visit_statements(1, lambda loc, state, _s: seen.append((loc, state)))
    assert seen == [((1, 0), 1 << 2), ((1, 1), 1 << 2)]


class Liveness(dataflow.GenKillAnalysis):
    """Backward: bit i ⇔ local i is read later."""

    direction = dataflow.Direction.BACKWARD

    def statement_gen_kill(self, stmt: mir.Statement, location: dataflow.Location) -> tuple[int, int]:
        if isinstance(stmt, mir.Assign):
            gen = 0
            if isinstance(stmt.rvalue, mir.Use) and not isinstance(stmt.rvalue.operand, mir.Constant):
                gen = 1 << stmt.rvalue.operand.place.local
            return gen, 1 << stmt.place.local
        return 0, 0


def test_backward_liveness() -> None:
    b = body([
        ([assign(2, const()), assign(3, move(2))], switch(1, 2)),
        ([assign(0, move(3))], mir.Return(S)),
        ([assign(0, move(1))], mir.Return(S)),
    ])
    results = dataflow.iterate_to_fixpoint(Liveness(), b)
    assert results.entry[1] == 0 and results.entry[2] == 0  # nothing is read after a return
    # visit_statements gives the state "before" in the analysis direction: live-out
    live_after: dict[dataflow.Location, int] = {}
    for block in range(3):
        results.visit_statements(block, lambda loc, state, _s: live_after.__setitem__(loc, state))
    assert live_after[(0, 2)] == (1 << 3) | (1 << 1)  # the switch: _3 (read in bb1) and _1 (bb2)
    assert live_after[(0, 1)] == (1 << 3) | (1 << 1)  # after `_3 = move _2`
    assert live_after[(0, 0)] == (1 << 2) | (1 << 1)  # after `_2 = 5`: _2 is read next


class ConstantCount(dataflow.Analysis):
    """A non-gen/kill analysis: bit 0 set once any constant was assigned (generic path)."""

    def statement_effect(self, state: int, stmt: mir.Statement, location: dataflow.Location) -> int:
        if isinstance(stmt, mir.Assign) and isinstance(stmt.rvalue, mir.Use) \
                and isinstance(stmt.rvalue.operand, mir.Constant):
            return state | 1
        return state


def test_generic_analysis_and_reverse_postorder() -> None:
    b = body([
        ([], switch(2, 1)),
        ([assign(2, const())], mir.Goto(2, S)),
        ([], mir.Return(S)),
        ([], mir.Goto(2, S)),  # unreachable: not in the order, stays bottom
    ])
    assert dataflow.reverse_postorder(b)[0] == 0 and 3 not in dataflow.reverse_postorder(b)
    results = dataflow.iterate_to_fixpoint(ConstantCount(), b)
    assert results.entry[2] == 1 and results.entry[3] == 0
    assert dataflow.compose((0b01, 0b10), (0b10, 0b01)) == (0b10, 0b01)
