"""Layouts match rustc's `size_of` for the types programs print (values from rustc 1.95)."""
from __future__ import annotations

from rustlet import thir
from rustlet.ast import StructKind
from rustlet.codegen.layout import Abi, LayoutCx
from rustlet.mono.resolve import Resolver
from rustlet.types import (
    I32, STR_REF, U8, UNIT, AdtTy, ArrayTy, IntKind, IntTy, ParamTy, RefTy, SliceTy, TupleTy, Ty,
)
from tests.codegen.mir_builder import ProgramBuilder

U16, U32, U64, I64 = (IntTy(k) for k in (IntKind.U16, IntKind.U32, IntKind.U64, IntKind.I64))


def layouts(p: ProgramBuilder) -> LayoutCx:
    program = p.program().thir
    return LayoutCx(program, Resolver(program).monomorphize)  # type: ignore[arg-type]


def test_sizes_match_rustc() -> None:
    p = ProgramBuilder()
    T = ParamTy(0, "T")
    maybe = p.adt("Maybe", thir.AdtKind.ENUM, [("Nothing", StructKind.UNIT, []), ("Just", StructKind.TUPLE, [("0", T)])],
                  generics=1)
    e = p.adt("E", thir.AdtKind.ENUM, [("A", StructKind.TUPLE, [("0", U8), ("1", U32)]),
                                       ("B", StructKind.TUPLE, [("0", U64)])])
    f = p.adt("F", thir.AdtKind.ENUM, [("P", StructKind.TUPLE, [("0", U8), ("1", U16), ("2", U8)]),
                                       ("Q", StructKind.TUPLE, [("0", U32)])])
    c = p.adt("C", thir.AdtKind.ENUM, [(n, StructKind.UNIT, []) for n in "XYZ"])
    s = p.adt("S", thir.AdtKind.STRUCT, [("S", StructKind.NAMED, [("a", U8), ("b", U64), ("c", U16)])])
    big = p.adt("Big", thir.AdtKind.ENUM, [("A", StructKind.UNIT, []), ("B", StructKind.UNIT, [])],
                discriminants=[1000, 1001])
    neg = p.adt("Neg", thir.AdtKind.ENUM, [("A", StructKind.UNIT, []), ("B", StructKind.UNIT, [])],
                discriminants=[-1, 200])
    cx = layouts(p)
    expected: list[tuple[Ty, int]] = [
        (TupleTy((U16, I64)), 16), (TupleTy((U8, U32, U8)), 8), (AdtTy(maybe.def_id, (I32,)), 8),
        (AdtTy(maybe.def_id, (U8,)), 2), (AdtTy(c.def_id), 1), (ArrayTy(U16, 3), 6), (AdtTy(s.def_id), 16),
        (AdtTy(e.def_id), 16), (AdtTy(f.def_id), 8), (AdtTy(big.def_id), 2), (AdtTy(neg.def_id), 2),
        (AdtTy(maybe.def_id, (TupleTy((U8, U16)),)), 6), (STR_REF, 16), (RefTy(SliceTy(I32)), 16), (UNIT, 0),
    ]
    assert [(str(ty), cx.of(ty).size) for ty, _ in expected] == [(str(ty), size) for ty, size in expected]


def test_value_classes() -> None:
    cx = layouts(ProgramBuilder())
    assert cx.of(I32).abi is Abi.SCALAR
    assert cx.of(STR_REF).abi is Abi.PAIR
    assert cx.of(TupleTy((I32, I32))).abi is Abi.MEMORY
    assert cx.of(UNIT).abi is Abi.IGNORE and cx.of(ArrayTy(I32, 0)).abi is Abi.IGNORE
