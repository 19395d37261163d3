"""The borrow checker, on generic MIR, one body at a time (rustc_borrowck).

Entry point: `check_program(mir_program, sink)`.  For each body:

0. promotion (promote.py): `&5`, `&[1, 2]` of constant temporaries become `&'static`
   constants, as rustc's promote_consts does before its borrow checker;
1. move paths (move_paths.py): the places whose initialization is tracked;
2. MaybeUninit / MaybeInit dataflow (initialization.py, over rustlet.mir.dataflow);
3. E0382 / E0381: uses of moved or uninitialized places (check_moves.py);
4. E0384 / E0594 / E0596: writes and mutable borrows of immutable places (mutability.py);
5. E0507 / E0508 / E0509: moves out of borrowed, indexed or `Drop` places (move_errors.py);
6. non-lexical lifetimes (regions.py, liveness.py, nll.py): region inference with
   regions as sets of points, loans and where they are in scope;
7. E0499 / E0502 / E0503 / E0505 / E0506, E0597 / E0716: accesses conflicting with
   loans in scope, places dying while borrowed (conflicts.py);
8. E0515 / E0373 / E0597 / E0621 and "lifetime may not live long enough": regions
   that must outlive the body (region_errors.py);
9. drop elaboration (elaborate_drops.py): the BUILT → BORROWCK step, which turns the
   builder's unconditional drops into exact ones (removed, flagged, or opened).

Step 9 runs only when the body has no error, so later stages never see a body whose
drops are wrong.  E0106 (missing lifetime specifier) is a signature check done in
typeck (rustlet/typeck/elision.py).

Cost per body (B blocks, S statements, P = S + B points, M move paths, L locals with
regions, C outlives constraints, U universal regions): promotion O(S); the two
initialization dataflows O(B × M / word size) per round and liveness O(B × L / word
size) per round, rounds bounded by the loop nesting depth plus two; constraint
generation O(S × type size); region propagation O(C × (P + U) / word size) per
round, rounds bounded by the constraint graph's depth; each loan's scope one walk
over the points of its region (O(P)); the signature's outlives facts O(U²).  In
practice linear in the body, quadratic only in loans live across the whole body.
Only user bodies are checked (std is trusted).  Measured with `RUSTLET_TIME=1 rustlet
check` on a shared 2-core machine (load average ~10): on the largest conformance
program, run-pass/tokenizer_calc.rl (118 lines, 12 bodies), the stage takes 0.09–0.11 s
wall (module imports included), of which `check_program` is 0.026 s of CPU; on
bench/generic_heavy.rl (57 bodies) `check_program` is 0.05 s of CPU.
"""
from __future__ import annotations

from rustlet import thir
from rustlet.borrowck.check_moves import check_moves
from rustlet.borrowck.conflicts import ConflictChecker
from rustlet.borrowck.elaborate_drops import elaborate_drops
from rustlet.borrowck.initialization import MaybeInit, MaybeUninit, states_before
from rustlet.borrowck.move_paths import MoveData
from rustlet.borrowck.move_errors import check_move_errors
from rustlet.borrowck.mutability import check_mutability
from rustlet.borrowck.nll import Nll
from rustlet.borrowck.promote import promote_constants
from rustlet.borrowck.region_errors import RegionErrorReporter
from rustlet.borrowck.regions import SlotCounter
from rustlet.diagnostics import DiagnosticSink
from rustlet.mir import dataflow
from rustlet.mir import syntax as mir

__all__ = ["check_program", "check_body", "elaborate_trusted_body"]


def check_program(program: mir.Program, sink: DiagnosticSink) -> None:
    assert isinstance(program.thir, thir.Program)
    slots = SlotCounter(program.thir)
    for body in program.bodies.values():
        check_body(body, program.thir, sink, slots)


def check_borrows(body: mir.Body, program: thir.Program, slots: SlotCounter, sink: DiagnosticSink) -> None:
    """Region inference, then loan conflicts and escaping regions."""
    nll = Nll(body, program, slots)
    result = nll.run()
    conflicts = ConflictChecker(body, program, nll, result, sink)
    conflicts.check()
    RegionErrorReporter(body, program, nll, result, conflicts, sink).check()


def check_body(body: mir.Body, program: thir.Program, sink: DiagnosticSink, slots: SlotCounter | None = None) -> None:
    if slots is None:
        slots = SlotCounter(program)
    errors_before = sink.error_count
    promote_constants(body, program, slots.drop_adts)
    move_data = MoveData(body, program)
    uninit_results = dataflow.iterate_to_fixpoint(MaybeUninit(move_data), body)
    init_results = dataflow.iterate_to_fixpoint(MaybeInit(move_data), body)
    uninit = states_before(uninit_results, body)
    init = states_before(init_results, body)
    check_moves(body, program, move_data, uninit, init, sink)
    check_mutability(body, program, move_data, init, sink)
    check_move_errors(body, program, slots.drop_adts, sink)
    check_borrows(body, program, slots, sink)
    if sink.error_count == errors_before:
        elaborate_drops(body, program, move_data, init, uninit)


def elaborate_trusted_body(body: mir.Body, program: thir.Program, slots: SlotCounter | None = None) -> None:
    """Promotion and drop elaboration (BUILT → BORROWCK) without the checks, for a
    trusted crate's body: the same MIR as `check_body` gives an error-free body."""
    if slots is None:
        slots = SlotCounter(program)
    promote_constants(body, program, slots.drop_adts)
    move_data = MoveData(body, program)
    uninit = states_before(dataflow.iterate_to_fixpoint(MaybeUninit(move_data), body), body)
    init = states_before(dataflow.iterate_to_fixpoint(MaybeInit(move_data), body), body)
    elaborate_drops(body, program, move_data, init, uninit)
