"""MIR building from hand-built THIR: every body validates, and runs correctly in the
test interpreter (tests/mir/interp.py); small functions are compared against golden
`--emit=mir` text in tests/mir/golden (rewrite with `pytest --bless`)."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from interp import Agg, Interp, Panic  # noqa: E402
from thir_builder import (ProgramBuilder, adt_expr, array, assign_op, binary, block, borrow, break_,  # noqa: E402
                          call, const_pat, deref, if_, index, let, lit, loop, match, or_pat, range_pat, ret, tuple_,
                          tuple_pat, unary, var, variant_pat, wild)

from rustlet import thir  # noqa: E402
from rustlet.ast import BinOp, PrintTarget, UnOp  # noqa: E402
from rustlet.diagnostics import DiagnosticSink  # noqa: E402
from rustlet.mir import syntax as mir  # noqa: E402
from rustlet.mir.build import build_program  # noqa: E402
from rustlet.mir.pretty import pretty_body  # noqa: E402
from rustlet.mir.validate import validate_program  # noqa: E402
from rustlet.types import BOOL, I32, NEVER, STR_REF, UNIT, USIZE, ArrayTy, RefTy, TupleTy  # noqa: E402

GOLDEN = Path(__file__).parent / "golden"


def build(pb: ProgramBuilder) -> mir.Program:
    sink = DiagnosticSink()
    program = build_program(pb.program, sink)
    assert sink.diagnostics == []
    assert validate_program(program) == []
    return program


def check_golden(name: str, text: str, bless: bool) -> None:
    path = GOLDEN / f"{name}.mir"
    if bless or not path.exists():
        GOLDEN.mkdir(exist_ok=True)
        path.write_text(text)
    assert text == path.read_text()


def arith_program() -> tuple[ProgramBuilder, thir.FnDef]:
    pb = ProgramBuilder()
    x, y, z = pb.binding("x", I32), pb.binding("y", I32), pb.binding("z", I32)
    fn = pb.fn("f", [x, y], I32, block(let(z, binary(BinOp.ADD, var(x), var(y))),
                                       tail=binary(BinOp.DIV, unary(UnOp.NEG, var(z)), var(y))))
    return pb, fn


def test_arithmetic_checks_and_golden(bless: bool) -> None:
    pb, fn = arith_program()
    program = build(pb)
    run = Interp(program)
    assert run.call(fn.def_id, [1, 2]) == -1
    assert run.call(fn.def_id, [-7, 3]) == 1  # -(-4) / 3 truncates toward zero
    with pytest.raises(Panic, match="overflow"):
        run.call(fn.def_id, [2**31 - 1, 1])
    with pytest.raises(Panic, match="div_zero"):
        run.call(fn.def_id, [1, 0])
    check_golden("arith", pretty_body(program.bodies[fn.def_id], pb.program), bless)


def test_signed_division_overflow_assert() -> None:
    pb = ProgramBuilder()
    a, b = pb.binding("a", I32), pb.binding("b", I32)
    fn = pb.fn("div", [a, b], I32, binary(BinOp.DIV, var(a), var(b)))
    run = Interp(build(pb))
    assert run.call(fn.def_id, [7, -2]) == -3
    with pytest.raises(Panic, match="overflow"):
        run.call(fn.def_id, [-(2**31), -1])


def test_loop_with_break_value_and_compound_assignment() -> None:
    pb = ProgramBuilder()
    n = pb.binding("n", I32)
    i, s = pb.binding("i", I32, mutable=True), pb.binding("s", I32, mutable=True)
    body = block(
        let(i, lit(0)), let(s, lit(0)),
        tail=loop(block(
            if_(binary(BinOp.EQ, var(i), var(n)), block(break_(7, var(s)), ty=UNIT)),
            assign_op(BinOp.ADD, var(i), lit(1)),
            assign_op(BinOp.ADD, var(s), var(i)),
        ), 7, ty=I32))
    fn = pb.fn("sum", [n], I32, body)
    run = Interp(build(pb))
    assert run.call(fn.def_id, [4]) == 10
    assert run.call(fn.def_id, [0]) == 0


def test_short_circuit_skips_the_right_operand() -> None:
    pb = ProgramBuilder()
    a, b = pb.binding("a", BOOL), pb.binding("b", I32)
    rhs = binary(BinOp.GT, binary(BinOp.DIV, lit(10), var(b)), lit(1))
    fn = pb.fn("f", [a, b], BOOL, thir.Logical(BinOp.AND, var(a), rhs, ty=BOOL, span=rhs.span))
    run = Interp(build(pb))
    assert run.call(fn.def_id, [False, 0]) is False
    assert run.call(fn.def_id, [True, 2]) is True
    with pytest.raises(Panic):
        run.call(fn.def_id, [True, 0])


def enum_program() -> tuple[ProgramBuilder, thir.FnDef, object]:
    pb = ProgramBuilder()
    e_ty = pb.adt("E", [("A", [I32]), ("B", [I32, I32]), ("C", [])])
    e = pb.binding("e", e_ty)
    n1, n2 = pb.binding("n", I32), pb.binding("n", I32)
    x, y = pb.binding("x", I32), pb.binding("y", I32)
    arms = [
        (or_pat(variant_pat(e_ty, 0, const_pat(0)), variant_pat(e_ty, 2)), None, lit(100)),
        (variant_pat(e_ty, 0, n1.pat), binary(BinOp.GT, var(n1), lit(5)), binary(BinOp.MUL, var(n1), lit(2))),
        (variant_pat(e_ty, 0, n2.pat), None, var(n2)),
        (variant_pat(e_ty, 1, x.pat, range_pat(1, 3)), None, var(x)),
        (variant_pat(e_ty, 1, wild(I32), y.pat), None, var(y)),
    ]
    fn = pb.fn("m", [e], I32, match(var(e), arms, I32))
    return pb, fn, e_ty


def test_match_enum_guards_or_patterns_ranges(bless: bool) -> None:
    pb, fn, e_ty = enum_program()
    program = build(pb)
    run = Interp(program)

    def e(variant: int, *fields: int) -> Agg:
        return Agg(list(fields), variant, e_ty)  # type: ignore[arg-type]
    assert run.call(fn.def_id, [e(0, 0)]) == 100
    assert run.call(fn.def_id, [e(2)]) == 100
    assert run.call(fn.def_id, [e(0, 9)]) == 18
    assert run.call(fn.def_id, [e(0, 4)]) == 4
    assert run.call(fn.def_id, [e(1, 10, 2)]) == 10
    assert run.call(fn.def_id, [e(1, 10, 4)]) == 4
    check_golden("match_enum", pretty_body(program.bodies[fn.def_id], pb.program), bless)


def test_match_integers_chars_and_strs() -> None:
    pb = ProgramBuilder()
    x = pb.binding("x", I32)
    ints = pb.fn("ints", [x], I32, match(var(x), [
        (const_pat(0), None, lit(1)),
        (or_pat(const_pat(1), const_pat(2)), None, lit(2)),
        (range_pat(3, 9), None, lit(3)),
        (range_pat(None, 0, inclusive=False), None, lit(5)),
        (wild(I32), None, lit(4)),
    ], I32))
    s = pb.binding("s", STR_REF)
    strs = pb.fn("strs", [s], I32, match(var(s), [
        (const_pat("a", STR_REF), None, lit(1)),
        (const_pat("b", STR_REF), None, lit(2)),
        (const_pat("a", STR_REF), None, lit(99)),
        (wild(STR_REF), None, lit(0)),
    ], I32))
    run = Interp(build(pb))
    assert [run.call(ints.def_id, [v]) for v in (0, 1, 2, 3, 9, 10, -4)] == [1, 2, 2, 3, 3, 4, 5]
    assert [run.call(strs.def_id, [v]) for v in ("a", "b", "c")] == [1, 2, 0]


def test_tuple_patterns_and_let_else() -> None:
    pb = ProgramBuilder()
    e_ty = pb.adt("E", [("A", [I32]), ("B", [])])
    e = pb.binding("e", e_ty)
    n = pb.binding("n", I32)
    a, b = pb.binding("a", I32), pb.binding("b", I32)
    pair_ty = TupleTy((I32, I32))
    body = block(
        thir.LetStmt(variant_pat(e_ty, 0, n.pat), var(e), block(ret(lit(-1)), ty=NEVER), e.pat.span),
        let(tuple_pat(pair_ty, a.pat, b.pat), tuple_(var(n), lit(10))),
        tail=binary(BinOp.SUB, var(a), var(b)))
    fn = pb.fn("f", [e], I32, body)
    run = Interp(build(pb))
    assert run.call(fn.def_id, [Agg([3], 0, e_ty)]) == -7
    assert run.call(fn.def_id, [Agg([], 1, e_ty)]) == -1


def test_indexing_is_bounds_checked() -> None:
    pb = ProgramBuilder()
    arr_ty = ArrayTy(I32, 3)
    a, i = pb.binding("a", arr_ty), pb.binding("i", USIZE)
    fn = pb.fn("get", [a, i], I32, index(var(a), var(i)))
    maker = pb.fn("make", [], arr_ty, array(lit(5), lit(6), lit(7)))
    program = build(pb)
    run = Interp(program)
    arr = run.call(maker.def_id, [])
    assert run.call(fn.def_id, [arr, 2]) == 7
    with pytest.raises(Panic, match="bounds"):
        run.call(fn.def_id, [arr, 3])


def test_drops_run_in_reverse_declaration_order() -> None:
    pb = ProgramBuilder()
    noisy = pb.adt("Noisy", [("Noisy", [I32])], kind=thir.AdtKind.STRUCT)
    pb.impl_drop(noisy)
    a, b = pb.binding("a", noisy), pb.binding("b", noisy)
    fn = pb.fn("f", [], UNIT, block(let(a, adt_expr(noisy, 0, lit(1))), let(b, adt_expr(noisy, 0, lit(2)))))
    program = build(pb)
    drops = [t for t in program.bodies[fn.def_id].blocks if isinstance(t.terminator, mir.Drop)]
    assert len(drops) == 2
    run = Interp(program, drop_log_adts={noisy.def_id})
    run.call(fn.def_id, [])
    assert run.drop_log == [2, 1]


def test_print_evaluates_arguments_then_formats() -> None:
    pb = ProgramBuilder()
    x = pb.binding("x", I32)
    args = thir.FormatArgs(["x = ", thir.FormatPiece(0, thir.FormatTrait.DISPLAY), ", ", thir.FormatPiece(1, thir.FormatTrait.DISPLAY), "\n"],
                           [var(x), binary(BinOp.MUL, var(x), lit(2))], ty=UNIT, span=var(x).span)
    fn = pb.fn("show", [x], UNIT, block(thir.Print(PrintTarget.STDOUT, args, ty=UNIT, span=args.span)))
    run = Interp(build(pb))
    run.call(fn.def_id, [21])
    assert run.stdout == ["x = 21, 42\n"]


def test_call_and_borrow() -> None:
    pb = ProgramBuilder()
    r = pb.binding("r", RefTy(I32))
    reader = pb.fn("read", [r], I32, deref(var(r)))
    v = pb.binding("v", I32)
    caller = pb.fn("caller", [], I32, block(let(v, lit(41)), tail=binary(BinOp.ADD, call(reader, borrow(var(v))), lit(1))))
    run = Interp(build(pb))
    assert run.call(caller.def_id, []) == 42
