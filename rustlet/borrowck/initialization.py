"""Initialization dataflow over move paths (rustc's MaybeInitializedPlaces and
MaybeUninitializedPlaces), both forward gen/kill analyses with union as join.

- MaybeUninit: bit p set ⇔ on *some* path to here, p was never initialized or was moved
  (or its storage ended).  Entry: everything but the arguments.  A move or StorageLive/
  StorageDead gens, an initialization kills.  A use with its bit set is E0382/E0381.
- MaybeInit: bit p set ⇔ on some path p is initialized.  Entry: the arguments.  An
  initialization gens, a move kills.  A `Drop` where the bit is clear can be deleted;
  an assignment to an immutable local where it is set is E0384.

Both read their effects from `MoveData.statement_effects`/`terminator_effects`.
"""
from __future__ import annotations

from rustlet.borrowck.move_paths import MoveData
from rustlet.mir import dataflow
from rustlet.mir import syntax as mir


class MaybeUninit(dataflow.GenKillAnalysis):
    def __init__(self, move_data: MoveData) -> None:
        self.move_data = move_data

    def start_state(self) -> int:
        return self.move_data.all_mask() & ~self.move_data.args_mask()

    def statement_gen_kill(self, stmt: mir.Statement, location: dataflow.Location) -> tuple[int, int]:
        return self.move_data.statement_effects(stmt)

    def terminator_gen_kill(self, term: mir.Terminator, location: dataflow.Location) -> tuple[int, int]:
        return self.move_data.terminator_effects(term)


class MaybeInit(dataflow.GenKillAnalysis):
    def __init__(self, move_data: MoveData) -> None:
        self.move_data = move_data

    def start_state(self) -> int:
        return self.move_data.args_mask()

    def statement_gen_kill(self, stmt: mir.Statement, location: dataflow.Location) -> tuple[int, int]:
        uninit, init = self.move_data.statement_effects(stmt)
        return init, uninit

    def terminator_gen_kill(self, term: mir.Terminator, location: dataflow.Location) -> tuple[int, int]:
        uninit, init = self.move_data.terminator_effects(term)
        return init, uninit


def states_before(results: dataflow.Results, body: mir.Body) -> dict[dataflow.Location, int]:
    """The state before every statement and terminator of the reachable blocks."""
    out: dict[dataflow.Location, int] = {}

    def record(location: dataflow.Location, state: int, _stmt: object) -> None:
        out[location] = state

    for block in dataflow.reverse_postorder(body):
        results.visit_statements(block, record)
    return out
