"""Codegen end to end on hand-built MIR (derived Debug: from source): generate IR, compile with the backend, link
with the runtime, run, and compare with what rustc's binaries print (the expected
strings below are rustc 1.95's output for the equivalent Rust program)."""
from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from rustlet import thir
from rustlet.ast import BinOp, FormatTrait, StructKind
from rustlet.diagnostics import DiagnosticSink
from rustlet.mir import syntax as mir
from rustlet.mono import collect_mono_items
from rustlet.thir import CastKind
from rustlet.types import (
    BOOL, CHAR, F64, I32, STR_REF, U8, UNIT, USIZE, AdtTy, ArrayTy, DynTy, FnDefTy, IntKind, IntTy, ParamTy, RefTy,
    SliceTy, TraitRef, TupleTy, Ty,
)
from tests.codegen.mir_builder import FnBuilder, ProgramBuilder, display

pytestmark = pytest.mark.skipif(shutil.which("clang") is None, reason="clang is needed to link")

I64 = IntTy(IntKind.I64)
U32 = IntTy(IntKind.U32)
U16 = IntTy(IntKind.U16)


def debug(index: int = 0, **spec: object) -> thir.FormatPiece:
    return display(index, FormatTrait.DEBUG, **spec)


def checked_add(f: FnBuilder, bb: int, dest: mir.Place, lhs: mir.Operand, rhs: mir.Operand, ty: Ty,
                op: BinOp = BinOp.ADD, line: int = 3, col: int = 5) -> int:
    """`dest = lhs <op> rhs` with the overflow assert, as mir.build lowers it."""
    pair = f.local(TupleTy((ty, BOOL)))
    f.assign(bb, pair, mir.CheckedBinaryOp(op, lhs, rhs))
    after = f.block()
    f.term(bb, mir.Assert(mir.Copy(pair.project(mir.FieldProj(1, BOOL))), False,
                          mir.AssertMessage(mir.AssertKind.OVERFLOW, (lhs, rhs), op), after, f.program.span(line, col)))
    f.assign(after, dest, mir.Use(mir.Copy(pair.project(mir.FieldProj(0, ty)))))
    return after


def test_overflow_panics_with_location_in_debug_and_wraps_in_release() -> None:
    p = ProgramBuilder()
    main = p.fn("main", [], UNIT, main=True)
    x = main.local(I32, "x")
    bb = checked_add(main, main.block(), x, main.const(2147483647, I32), main.const(1, I32), I32)
    main.ret(main.print(bb, [display(0), "\n"], [(x, I32)]))
    debug_run = p.run()
    assert debug_run.returncode == 101
    assert "panicked at main.rl:3:5:\nattempt to add with overflow\n" in debug_run.stderr
    release = p.run(opt_level=2, overflow_checks=False)
    assert (release.returncode, release.stdout) == (0, "-2147483648\n")


@pytest.mark.parametrize(("op", "lhs", "rhs", "message", "wrapped"), [
    (BinOp.SUB, -2147483648, 1, "attempt to subtract with overflow", "2147483647"),
    (BinOp.MUL, 65536, 65536, "attempt to multiply with overflow", "0"),
    (BinOp.SHL, 1, 33, "attempt to shift left with overflow", "2"),
    (BinOp.SHR, -8, 34, "attempt to shift right with overflow", "-2"),
])
def test_checked_operations(op: BinOp, lhs: int, rhs: int, message: str, wrapped: str) -> None:
    p = ProgramBuilder()
    main = p.fn("main", [], UNIT, main=True)
    x = main.local(I32, "x")
    a = main.local(I32, "a")
    bb = main.block()
    main.assign(bb, a, mir.Use(main.const(lhs, I32)))  # through a local, so LLVM cannot fold at -O0
    bb = checked_add(main, bb, x, mir.Copy(a), main.const(rhs, I32), I32, op=op, line=7, col=13)
    main.ret(main.print(bb, [display(0), "\n"], [(x, I32)]))
    failing = p.run()
    assert failing.returncode == 101 and f"main.rl:7:13:\n{message}\n" in failing.stderr
    assert p.run(overflow_checks=False).stdout == wrapped + "\n"


def test_division_asserts_stay_without_overflow_checks() -> None:
    p = ProgramBuilder()
    main = p.fn("main", [], UNIT, main=True)
    zero = main.local(I32)
    is_zero = main.local(BOOL)
    bb = main.block()
    main.assign(bb, zero, mir.Use(main.const(0, I32)))
    main.assign(bb, is_zero, mir.BinaryOp(BinOp.EQ, mir.Copy(zero), main.const(0, I32)))
    after = main.block()
    main.term(bb, mir.Assert(mir.Copy(is_zero), False, mir.AssertMessage(mir.AssertKind.DIVISION_BY_ZERO),
                             after, p.span(2, 9)))
    main.ret(after)
    result = p.run(overflow_checks=False)
    assert result.returncode == 101 and "main.rl:2:9:\nattempt to divide by zero\n" in result.stderr


def test_casts_follow_rust_semantics() -> None:
    p = ProgramBuilder()
    main = p.fn("main", [], UNIT, main=True)
    cases: list[tuple[mir.Constant, CastKind, Ty]] = [
        (main.const(300.7, F64), CastKind.FLOAT_TO_INT, U8),
        (main.const(-1.5, F64), CastKind.FLOAT_TO_INT, U8),
        (main.const(float("nan"), F64), CastKind.FLOAT_TO_INT, I32),
        (main.const(1e20, F64), CastKind.FLOAT_TO_INT, I64),
        (main.const(-1, I32), CastKind.INT_TO_INT, U32),
        (main.const(-1, I32), CastKind.INT_TO_INT, I64),
        (main.const(4294967295, U32), CastKind.INT_TO_INT, I64),
        (main.const(511, U16), CastKind.INT_TO_INT, U8),
        (main.const(-3, I32), CastKind.INT_TO_FLOAT, F64),
        (main.const(True, BOOL), CastKind.BOOL_TO_INT, I32),
        (main.const(97, U8), CastKind.U8_TO_CHAR, CHAR),
    ]
    bb = main.block()
    pieces: list[str | thir.FormatPiece] = []
    args = []
    for i, (operand, kind, target) in enumerate(cases):
        source = main.local(operand.ty)
        out = main.local(target)
        main.assign(bb, source, mir.Use(operand))
        main.assign(bb, out, mir.Cast(kind, mir.Copy(source), target))
        pieces += [display(i), " "]
        args.append((out, target))
    main.ret(main.print(bb, pieces + ["\n"], args))
    assert p.run().stdout == "255 0 0 9223372036854775807 4294967295 -1 4294967295 255 -3 1 a \n"


def test_debug_of_tuples_arrays_and_slices_with_specs() -> None:
    p = ProgramBuilder()
    main = p.fn("main", [], UNIT, main=True)
    pair_ty = TupleTy((I32, STR_REF))
    pair = main.local(pair_ty)
    nums = main.local(TupleTy((I32, I32)))
    array = main.local(ArrayTy(I32, 3))
    array_ref = main.local(RefTy(ArrayTy(I32, 3)))
    slice_ref = main.local(RefTy(SliceTy(I32)))
    one = main.local(TupleTy((I32,)))
    bb = main.block()
    main.assign(bb, pair, mir.Aggregate(mir.AggregateKind.TUPLE, pair_ty, (main.const(1, I32), main.const("a", STR_REF))))
    main.assign(bb, nums, mir.Aggregate(mir.AggregateKind.TUPLE, TupleTy((I32, I32)),
                                        (main.const(1, I32), main.const(2, I32))))
    main.assign(bb, array, mir.Aggregate(mir.AggregateKind.ARRAY, ArrayTy(I32, 3),
                                         tuple(main.const(v, I32) for v in (1, 2, 3))))
    main.assign(bb, array_ref, mir.Ref(array, False))
    main.assign(bb, slice_ref, mir.Cast(CastKind.UNSIZE, mir.Copy(array_ref), RefTy(SliceTy(I32))))
    main.assign(bb, one, mir.Aggregate(mir.AggregateKind.TUPLE, TupleTy((I32,)), (main.const(7, I32),)))
    args = [(pair, pair_ty), (nums, TupleTy((I32, I32))), (array, ArrayTy(I32, 3)),
            (slice_ref, RefTy(SliceTy(I32))), (one, TupleTy((I32,)))]
    bb = main.print(bb, [debug(0), " ", debug(1, width=5), " ", debug(2), " ", debug(3), " ", debug(4), "\n",
                         debug(0, alternate=True), "\n", debug(4, alternate=True), "\n"], args)
    main.ret(bb)
    assert p.run().stdout == (
        '(1, "a") (    1,     2) [1, 2, 3] [1, 2, 3] (7,)\n'
        '(\n    1,\n    "a",\n)\n(\n    7,\n)\n')


def test_derived_debug_of_structs_and_enums_nested_pretty(tmp_path: Path) -> None:
    """From source, not hand-built MIR: `#[derive(Debug)]` is expanded by the syntax
    stage into impls over std's Formatter builders, and the glue of an ADT calls its
    `Debug::fmt`; so this needs the whole pipeline and std."""
    source = tmp_path / "derived.rl"
    source.write_text(
        "#[derive(Debug)]\nstruct Point { x: i32, y: i32 }\n"
        "#[derive(Debug)]\nenum Maybe<T> { Nothing, Just(T) }\n"
        "fn main() {\n"
        "    let some = Maybe::Just(Point { x: 1, y: -2 });\n"
        "    let none: Maybe<Point> = Maybe::Nothing;\n"
        "    println!(\"{:?} {:?}\", some, none);\n"
        "    println!(\"{:#?}\", some);\n"
        "}\n")
    binary = tmp_path / "derived"
    build = subprocess.run([sys.executable, "-m", "rustlet", "build", str(source), "-o", str(binary)],
                           capture_output=True, text=True, cwd=Path(__file__).resolve().parents[2])
    assert build.returncode == 0, build.stderr
    assert subprocess.run([str(binary)], capture_output=True, text=True, timeout=10).stdout == (
        "Just(Point { x: 1, y: -2 }) Nothing\n"
        "Just(\n    Point {\n        x: 1,\n        y: -2,\n    },\n)\n")


def test_debug_of_an_adt_without_a_debug_impl_is_a_clear_diagnostic() -> None:
    """The glue formats an ADT only through its `Debug` impl; a hand-built program has none."""
    p = ProgramBuilder()
    point = p.adt("Point", thir.AdtKind.STRUCT, [("Point", StructKind.NAMED, [("x", I32), ("y", I32)])])
    point_ty = AdtTy(point.def_id, (), "Point")
    main = p.fn("main", [], UNIT, main=True)
    pt = main.local(point_ty)
    bb = main.block()
    main.assign(bb, pt, mir.Aggregate(mir.AggregateKind.ADT, point_ty, (main.const(1, I32), main.const(-2, I32))))
    bb = main.print(bb, [debug(0), "\n"], [(pt, point_ty)])
    main.ret(bb)
    sink = DiagnosticSink()
    collect_mono_items(p.program(), sink)
    assert [d.message for d in sink.diagnostics] == ["unsupported: formatting `Point` with `Debug`"]


def param(index: int) -> Ty:
    return ParamTy(index, f"T{index}")


def test_generic_function_with_aggregate_argument_and_return() -> None:
    """`fn swap<A, B>(p: (A, B)) -> (B, A)` called with two instantiations (MEMORY ABI: pointer
    arguments and sret)."""
    p = ProgramBuilder()
    a, b = param(0), param(1)
    swap = p.fn("swap", [TupleTy((a, b))], TupleTy((b, a)), generics=2)
    bb = swap.block()
    swap.assign(bb, mir.Place(0), mir.Aggregate(mir.AggregateKind.TUPLE, TupleTy((b, a)), (
        mir.Copy(swap.arg(0).project(mir.FieldProj(1, b))), mir.Copy(swap.arg(0).project(mir.FieldProj(0, a))))))
    swap.ret(bb)
    main = p.fn("main", [], UNIT, main=True)
    t1_ty, t2_ty = TupleTy((I32, F64)), TupleTy((U8, STR_REF))
    t1, r1 = main.local(t1_ty), main.local(TupleTy((F64, I32)))
    t2, r2 = main.local(t2_ty), main.local(TupleTy((STR_REF, U8)))
    bb = main.block()
    main.assign(bb, t1, mir.Aggregate(mir.AggregateKind.TUPLE, t1_ty, (main.const(5, I32), main.const(2.5, F64))))
    main.assign(bb, t2, mir.Aggregate(mir.AggregateKind.TUPLE, t2_ty, (main.const(9, U8), main.const("hi", STR_REF))))
    bb = main.call(bb, swap, [mir.Move(t1)], r1, (I32, F64))
    bb = main.call(bb, swap, [mir.Copy(t2)], r2, (U8, STR_REF))
    main.ret(main.print(bb, [debug(0), " ", debug(1), " ", debug(2), "\n"],
                        [(r1, TupleTy((F64, I32))), (r2, TupleTy((STR_REF, U8))), (t2, t2_ty)]))
    assert p.run().stdout == '(2.5, 5) ("hi", 9) (9, "hi")\n'


def test_bounds_check_panics_with_rust_message() -> None:
    p = ProgramBuilder()
    main = p.fn("main", [], UNIT, main=True)
    array = main.local(ArrayTy(I32, 3))
    index, length, in_bounds, out = (main.local(USIZE), main.local(USIZE), main.local(BOOL), main.local(I32))
    bb = main.block()
    main.assign(bb, array, mir.Repeat(main.const(4, I32), 3))
    main.assign(bb, index, mir.Use(main.const(5, USIZE)))
    main.assign(bb, length, mir.Len(array))
    main.assign(bb, in_bounds, mir.BinaryOp(BinOp.LT, mir.Copy(index), mir.Copy(length)))
    after = main.block()
    main.term(bb, mir.Assert(mir.Copy(in_bounds), True, mir.AssertMessage(
        mir.AssertKind.BOUNDS_CHECK, (mir.Copy(length), mir.Copy(index))), after, p.span(4, 13)))
    main.assign(after, out, mir.Use(mir.Copy(array.project(mir.IndexProj(index.local)))))
    main.ret(after)
    result = p.run()
    assert result.returncode == 101
    assert "main.rl:4:13:\nindex out of bounds: the len is 3 but the index is 5\n" in result.stderr


def test_drop_glue_runs_drop_impl_then_fields() -> None:
    p = ProgramBuilder()
    drop_trait = p.trait("Drop", ["drop"])
    noisy = p.adt("Noisy", thir.AdtKind.STRUCT, [("Noisy", StructKind.TUPLE, [("0", I32)])])
    noisy_ty = AdtTy(noisy.def_id, (), "Noisy")
    drop_fn = p.fn("drop", [RefTy(noisy_ty, True)], UNIT, path="<main::Noisy as core::ops::Drop>::drop")
    p.impl(drop_trait, noisy_ty, {"drop": drop_fn.fn.def_id})
    bb = drop_fn.block()
    drop_fn.ret(drop_fn.print(bb, ["drop ", display(0), "\n"],
                              [(drop_fn.arg(0).project(mir.DerefProj()).project(mir.FieldProj(0, I32)), I32)]))
    main = p.fn("main", [], UNIT, main=True)
    pair_ty = TupleTy((noisy_ty, noisy_ty))
    pair = main.local(pair_ty)
    bb = main.block()
    main.assign(bb, pair, mir.Aggregate(mir.AggregateKind.TUPLE, pair_ty, (
        main.const((1,), noisy_ty),
        main.const((2,), noisy_ty))))
    done = main.block()
    main.term(bb, mir.Drop(pair, done, p.span(1, 1)))
    main.ret(done)
    assert p.run().stdout == "drop 1\ndrop 2\n"


def test_trait_objects_dispatch_through_vtables() -> None:
    p = ProgramBuilder()
    shape = p.trait("Shape", ["area", "sides"])
    self_ref = RefTy(ParamTy(0, "Self"))
    area = p.trait_method(shape, "area", [self_ref], I32)
    sides = p.trait_method(shape, "sides", [self_ref], I32)
    square = p.adt("Square", thir.AdtKind.STRUCT, [("Square", StructKind.TUPLE, [("0", I32)])])
    tri = p.adt("Tri", thir.AdtKind.STRUCT, [("Tri", StructKind.UNIT, [])])
    square_ty, tri_ty = AdtTy(square.def_id, (), "Square"), AdtTy(tri.def_id, (), "Tri")

    def method(self_ty: Ty, name: str, body) -> FnBuilder:
        f = p.fn(name, [RefTy(self_ty)], I32, path=f"<main::{self_ty} as main::Shape>::{name}")
        bb = f.block()
        f.assign(bb, mir.Place(0), body(f))
        f.ret(bb)
        return f

    side = lambda f: mir.Copy(f.arg(0).project(mir.DerefProj()).project(mir.FieldProj(0, I32)))  # noqa: E731
    square_area = method(square_ty, "area", lambda f: mir.BinaryOp(BinOp.MUL, side(f), side(f)))
    square_sides = method(square_ty, "sides", lambda f: mir.Use(f.const(4, I32)))
    tri_area = method(tri_ty, "area", lambda f: mir.Use(f.const(0, I32)))
    tri_sides = method(tri_ty, "sides", lambda f: mir.Use(f.const(3, I32)))
    p.impl(shape, square_ty, {"area": square_area.fn.def_id, "sides": square_sides.fn.def_id})
    p.impl(shape, tri_ty, {"area": tri_area.fn.def_id, "sides": tri_sides.fn.def_id})

    main = p.fn("main", [], UNIT, main=True)
    dyn = DynTy(TraitRef(shape.def_id, (ParamTy(0, "Self"),), "Shape"))
    sq, tr = main.local(square_ty), main.local(tri_ty)
    shapes = [main.local(RefTy(dyn)) for _ in range(2)]
    results = [main.local(I32) for _ in range(4)]
    bb = main.block()
    main.assign(bb, sq, mir.Aggregate(mir.AggregateKind.ADT, square_ty, (main.const(5, I32),)))
    main.assign(bb, tr, mir.Aggregate(mir.AggregateKind.ADT, tri_ty, ()))
    for obj, value, ty in [(shapes[0], sq, square_ty), (shapes[1], tr, tri_ty)]:
        thin = main.local(RefTy(ty))
        main.assign(bb, thin, mir.Ref(value, False))
        main.assign(bb, obj, mir.Cast(CastKind.UNSIZE, mir.Copy(thin), RefTy(dyn)))
    for i, (obj, callee) in enumerate([(shapes[0], area), (shapes[0], sides), (shapes[1], area), (shapes[1], sides)]):
        after = main.block()
        func = main.const(None, FnDefTy(callee.fn.def_id, (dyn,)))
        main.term(bb, mir.CallTerm(func, (mir.Copy(obj),), results[i], after, p.span(1, 1)))
        bb = after
    main.ret(main.print(bb, [display(0), " ", display(1), " ", display(2), " ", display(3), "\n"],
                        [(r, I32) for r in results]))
    assert p.run().stdout == "25 4 0 3\n"


def test_debug_info_survives_verification_and_names_lines() -> None:
    from rustlet.backend.llvm import parse_and_verify
    from rustlet.codegen import CodegenOptions, codegen_program
    from rustlet.diagnostics import DiagnosticSink
    from rustlet.mono import collect_mono_items

    p = ProgramBuilder()
    main = p.fn("main", [], UNIT, main=True)
    x = main.local(I32, "x")
    bb = checked_add(main, main.block(), x, main.const(1, I32), main.const(2, I32), I32, line=4, col=9)
    main.ret(main.print(bb, [display(0), "\n"], [(x, I32)]))
    program = p.program()
    items = collect_mono_items(program, DiagnosticSink())
    text = codegen_program(program, items, CodegenOptions(0, True, True, p.source_map))
    module = parse_and_verify(text)  # raises if LLVM stripped the debug info as invalid
    assert "!llvm.dbg.cu" in str(module)
    assert 'name: "x"' in text and "column: 9, line: 4" in text
    assert p.run().stdout == "3\n"
