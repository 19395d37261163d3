"""Borrowck on hand-built THIR: moves and initialization (E0382, E0381), mutability
(E0384, E0594, E0596), and drop elaboration (run in the MIR test interpreter: every
value is dropped exactly once, in Rust's order)."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent.parent / "mir"))

from interp import Interp  # noqa: E402
from thir_builder import (ProgramBuilder, adt_expr, assign, block, borrow, call, deref, field, if_,  # noqa: E402
                          let, lit, match, sp, tuple_, tuple_pat, var, variant_pat, wild)

from rustlet import thir  # noqa: E402
from rustlet.borrowck import check_program  # noqa: E402
from rustlet.diagnostics import Diagnostic, DiagnosticSink  # noqa: E402
from rustlet.mir import syntax as mir  # noqa: E402
from rustlet.mir.build import build_program  # noqa: E402
from rustlet.mir.validate import validate_program  # noqa: E402
from rustlet.types import BOOL, I32, UNIT, RefTy, TupleTy  # noqa: E402


class Fixture:
    def __init__(self) -> None:
        self.pb = ProgramBuilder()
        self.noisy = self.pb.adt("Noisy", [("Noisy", [I32])], kind=thir.AdtKind.STRUCT)
        self.pb.impl_drop(self.noisy)
        sink_param = self.pb.binding("n", self.noisy)
        self.consume = self.pb.fn("consume", [sink_param], UNIT, block())

    def new(self, value: int) -> thir.AdtExpr:
        return adt_expr(self.noisy, 0, lit(value))

    def check(self) -> tuple[mir.Program, list[Diagnostic]]:
        sink = DiagnosticSink()
        program = build_program(self.pb.program, sink)
        assert sink.diagnostics == []
        assert validate_program(program) == []
        check_program(program, sink)
        assert validate_program(program) == []
        return program, sink.diagnostics

    def run(self, fn: thir.FnDef, *args: object) -> list[object]:
        program, diagnostics = self.check()
        assert diagnostics == []
        assert all(b.phase is mir.MirPhase.BORROWCK for b in program.bodies.values())
        interp = Interp(program, drop_log_adts={self.noisy.def_id})
        interp.call(fn.def_id, list(args))
        return interp.drop_log


def only_error(diagnostics: list[Diagnostic]) -> Diagnostic:
    assert len(diagnostics) == 1, [d.message for d in diagnostics]
    return diagnostics[0]


# ── E0382 / E0381 ──

def test_use_after_move() -> None:
    f = Fixture()
    v, w, u = f.pb.binding("v", f.noisy), f.pb.binding("w", f.noisy), f.pb.binding("u", f.noisy)
    use_span = sp()
    move = var(v)
    f.pb.fn("main", [], UNIT, block(let(v, f.new(1)), let(w, move), let(u, var(v, span=use_span)),
                                    let(f.pb.binding("again", f.noisy), var(v))))
    errors = f.check()[1]
    assert len(errors) == 2  # as rustc: each later use is reported, against the nearest move
    error = errors[0]
    assert (error.code, error.message, error.span, error.label) == \
        ("E0382", "use of moved value: `v`", use_span, "value used here after move")
    labels = [(lab.span, lab.message) for lab in error.secondary]
    assert (move.span, "value moved here") in labels
    assert (v.pat.span, "move occurs because `v` has type `Noisy`, which does not implement the `Copy` trait") in labels


def test_borrow_after_conditional_move() -> None:
    f = Fixture()
    c, v, r = f.pb.binding("c", BOOL), f.pb.binding("v", f.noisy), f.pb.binding("r", RefTy(f.noisy))
    f.pb.fn("main", [c], UNIT, block(let(v, f.new(1)), if_(var(c), block(call(f.consume, var(v)))),
                                     let(r, borrow(var(v)))))
    error = only_error(f.check()[1])
    assert (error.code, error.message, error.label) == ("E0382", "borrow of moved value: `v`",
                                                       "value borrowed here after move")


def test_move_in_loop_is_reported_as_previous_iteration() -> None:
    f = Fixture()
    v = f.pb.binding("v", f.noisy)
    arg = var(v)
    body = block(let(v, f.new(1)), thir.Loop(block(call(f.consume, arg)), 1, ty=UNIT,
                                             span=sp()))
    f.pb.fn("main", [], UNIT, body)
    error = only_error(f.check()[1])
    assert error.code == "E0382" and error.span == arg.span
    assert error.label == "value moved here, in previous iteration of loop"


def test_partial_move_then_borrow_of_whole() -> None:
    f = Fixture()
    pair = f.pb.adt("Pair", [("Pair", [f.noisy, f.noisy])], kind=thir.AdtKind.STRUCT)
    p, a, r = f.pb.binding("p", pair), f.pb.binding("a", f.noisy), f.pb.binding("r", RefTy(pair))
    moved = field(var(p), 0, f.noisy)
    f.pb.fn("main", [], UNIT, block(let(p, adt_expr(pair, 0, f.new(1), f.new(2))), let(a, moved),
                                    let(r, borrow(var(p)))))
    error = only_error(f.check()[1])
    assert error.message == "borrow of partially moved value: `p`"
    assert error.label == "value borrowed here after partial move"
    assert [lab.message for lab in error.secondary] == ["value partially moved here"]
    assert error.notes == ["partial move occurs because `p.0` has type `Noisy`, which does not implement "
                           "the `Copy` trait"]


def test_reinitialized_after_move_is_fine() -> None:
    f = Fixture()
    v = f.pb.binding("v", f.noisy, mutable=True)
    fn = f.pb.fn("main", [], UNIT, block(let(v, f.new(1)), call(f.consume, var(v)), assign(var(v), f.new(2)),
                                         call(f.consume, var(v))))
    assert f.run(fn) == [1, 2]


def test_uninitialized_and_possibly_uninitialized() -> None:
    f = Fixture()
    x, y = f.pb.binding("x", I32), f.pb.binding("y", I32)
    use = var(x)
    f.pb.fn("never", [], UNIT, block(let(x, None), let(y, use)))
    error = only_error(f.check()[1])
    assert (error.code, error.message, error.span) == ("E0381", "used binding `x` isn't initialized", use.span)
    assert error.label == "`x` used here but it isn't initialized"

    g = Fixture()
    c, x, y = g.pb.binding("c", BOOL), g.pb.binding("x", I32), g.pb.binding("y", I32)
    g.pb.fn("maybe", [c], UNIT, block(let(x, None), if_(var(c), block(assign(var(x), lit(1)))), let(y, var(x))))
    assert only_error(g.check()[1]).message == "used binding `x` is possibly-uninitialized"


def test_deferred_initialization_on_both_branches_is_fine() -> None:
    f = Fixture()
    c, x, y = f.pb.binding("c", BOOL), f.pb.binding("x", I32), f.pb.binding("y", I32)
    f.pb.fn("main", [c], UNIT, block(let(x, None), if_(var(c), block(assign(var(x), lit(1))),
                                                        block(assign(var(x), lit(2)))), let(y, var(x))))
    assert f.check()[1] == []


# ── mutability ──

def test_assign_twice_to_immutable_variable_and_argument() -> None:
    f = Fixture()
    x = f.pb.binding("x", I32)
    second = assign(var(x), lit(2), span=sp())
    f.pb.fn("twice", [], UNIT, block(let(x, lit(1)), second))
    n = f.pb.binding("n", I32)
    f.pb.fn("param", [n], UNIT, block(assign(var(n), lit(0))))
    errors = f.check()[1]
    assert sorted((e.code, e.message) for e in errors) == [
        ("E0384", "cannot assign to immutable argument `n`"),
        ("E0384", "cannot assign twice to immutable variable `x`")]
    twice = next(e for e in errors if "twice" in e.message)
    assert twice.span == second.span and twice.secondary[0].message == "first assignment to `x`"


def test_mutable_borrow_of_immutable_binding_and_through_shared_ref() -> None:
    f = Fixture()
    w, m = f.pb.binding("w", I32), f.pb.binding("m", RefTy(I32, True))
    f.pb.fn("local", [], UNIT, block(let(w, lit(1)), let(m, borrow(var(w), mutable=True))))
    r, m2 = f.pb.binding("r", RefTy(I32)), f.pb.binding("m", RefTy(I32, True))
    f.pb.fn("shared", [r], UNIT, block(let(m2, borrow(deref(var(r)), mutable=True))))
    messages = sorted((e.code, e.message, e.label) for e in f.check()[1])
    assert messages == [
        ("E0596", "cannot borrow `*r` as mutable, as it is behind a `&` reference",
         "`r` is a `&` reference, so it cannot be borrowed as mutable"),
        ("E0596", "cannot borrow `w` as mutable, as it is not declared as mutable", "cannot borrow as mutable")]


def test_assign_to_field_of_immutable_and_through_shared_ref() -> None:
    f = Fixture()
    pair_ty = TupleTy((I32, I32))
    p = f.pb.binding("p", pair_ty)
    f.pb.fn("field", [], UNIT, block(let(p, tuple_(lit(1), lit(2))), assign(field(var(p), 0, I32), lit(3))))
    r = f.pb.binding("r", RefTy(I32))
    f.pb.fn("through", [r], UNIT, block(assign(deref(var(r)), lit(3))))
    messages = sorted((e.code, e.message) for e in f.check()[1])
    assert messages == [("E0594", "cannot assign to `*r`, which is behind a `&` reference"),
                        ("E0594", "cannot assign to `p.0`, as `p` is not declared as mutable")]


def test_mutable_binding_accepts_everything() -> None:
    f = Fixture()
    w, m = f.pb.binding("w", I32, mutable=True), f.pb.binding("m", RefTy(I32, True))
    f.pb.fn("main", [], UNIT, block(let(w, lit(1)), assign(var(w), lit(2)), let(m, borrow(var(w), mutable=True)),
                                    assign(deref(var(m)), lit(3))))
    assert f.check()[1] == []


# ── drop elaboration ──

def test_moved_value_is_not_dropped_again() -> None:
    f = Fixture()
    a, b = f.pb.binding("a", f.noisy), f.pb.binding("b", f.noisy)
    fn = f.pb.fn("main", [], UNIT, block(let(a, f.new(1)), let(b, f.new(2)), call(f.consume, var(a))))
    assert f.run(fn) == [1, 2]  # a dropped inside consume, then b at the end of main


@pytest.mark.parametrize("moved", [True, False])
def test_conditional_move_uses_a_drop_flag(moved: bool) -> None:
    f = Fixture()
    c, a, b = f.pb.binding("c", BOOL), f.pb.binding("a", f.noisy), f.pb.binding("b", f.noisy)
    fn = f.pb.fn("main", [c], UNIT, block(let(a, f.new(1)), let(b, f.new(2)),
                                          if_(var(c), block(call(f.consume, var(a))))))
    assert f.run(fn, moved) == ([1, 2] if moved else [2, 1])


def test_partially_moved_struct_drops_the_rest() -> None:
    f = Fixture()
    pair = f.pb.adt("Pair", [("Pair", [f.noisy, f.noisy])], kind=thir.AdtKind.STRUCT)
    p = f.pb.binding("p", pair)
    fn = f.pb.fn("main", [], UNIT, block(let(p, adt_expr(pair, 0, f.new(1), f.new(2))),
                                         call(f.consume, field(var(p), 1, f.noisy))))
    assert f.run(fn) == [2, 1]


def test_match_moving_out_of_an_enum() -> None:
    f = Fixture()
    opt = f.pb.adt("Opt", [("Some", [f.noisy]), ("None", [])])
    o, s = f.pb.binding("o", opt), f.pb.binding("s", f.noisy)
    body = block(let(o, adt_expr(opt, 0, f.new(7))),
                 match(var(o), [(variant_pat(opt, 0, s.pat), None, call(f.consume, var(s))),
                                (wild(opt), None, block())], UNIT))
    fn = f.pb.fn("main", [], UNIT, body)
    assert f.run(fn) == [7]


def test_assignment_drops_the_old_value() -> None:
    f = Fixture()
    v = f.pb.binding("v", f.noisy, mutable=True)
    fn = f.pb.fn("main", [], UNIT, block(let(v, f.new(1)), assign(var(v), f.new(2))))
    assert f.run(fn) == [1, 2]


def test_tuple_pattern_moves_both_fields() -> None:
    f = Fixture()
    pair_ty = TupleTy((f.noisy, f.noisy))
    p, a, b = f.pb.binding("p", pair_ty), f.pb.binding("a", f.noisy), f.pb.binding("b", f.noisy)
    fn = f.pb.fn("main", [], UNIT, block(let(p, tuple_(f.new(1), f.new(2))),
                                         let(tuple_pat(pair_ty, a.pat, b.pat), var(p))))
    assert f.run(fn) == [2, 1]  # b then a; p is fully moved


def test_elaborated_body_has_no_drop_of_moved_temporaries() -> None:
    f = Fixture()
    fn = f.pb.fn("main", [], UNIT, block(call(f.consume, f.new(1))))
    program, _ = f.check()
    body = program.bodies[fn.def_id]
    assert not any(isinstance(b.terminator, mir.Drop) for b in body.blocks)
