"""Type layouts: size, alignment, LLVM memory type and how values are passed.

Every monomorphic type gets a `Layout`, computed once (memoized on the type):

    type                      memory type              size/align          abi
    i8..i64, u8..u64          iN                       N/8                 SCALAR
    isize, usize              i64                      8                   SCALAR
    f32 / f64                 float / double           4 / 8               SCALAR
    bool                      i8 (i1 as a value)       1                   SCALAR
    char                      i32                      4                   SCALAR
    (), !, fn items, ZSTs     {}                       0 / 1               IGNORE
    &T, *T, fn(..), T sized   ptr                      8                   SCALAR
    &[T], &str                {ptr, i64}               16                  PAIR
    &dyn Trait                {ptr, ptr}               16                  PAIR
    [T; N]                    [N x T]                  N*size(T)           MEMORY
    tuples, structs, closures {fields…} reordered      like rustc          MEMORY
    enums (≥2 variants)       {[size/align x iA]}      max over variants   MEMORY

Structs and tuples are laid out as rustc does for `repr(Rust)`: fields sorted by
decreasing alignment (stable), so `(u8, u32, u8)` has size 8, not 12.
`field_index[i]` maps source field i to its LLVM struct element.

Enums with two or more variants are tagged unions: the tag (the smallest integer
holding every discriminant, or the `#[repr]` type) at offset 0, then each variant's
fields laid out as a struct *prefixed* by the tag, fields sorted by increasing
alignment (as rustc's `StructKind::Prefixed`, which packs small fields next to the
tag).  `variants[v].llvm` is the LLVM struct `{tag, fields…}` used to address variant
v's fields through the enum's pointer; the enum's own memory type is an array of
alignment-sized integers with the right size and alignment.  A single-variant enum
is laid out as a struct (no tag), as in rustc; niche optimization (`Option<&T>` in
one word) is not done, so such types are larger than rustc's.

How values travel (`abi`): IGNORE values are never materialized; SCALAR values are
SSA registers; PAIR values are first-class `{a, b}` struct values; MEMORY values
live in memory and are passed by pointer (see function.py).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum

import llvmlite.ir as ir

from rustlet import thir
from rustlet.diagnostics import CompileError, unsupported
from rustlet.types import (
    AdtTy, ArrayTy, BoolTy, CharTy, ClosureTy, DynTy, FloatKind, FloatTy, FnDefTy, FnPtrTy, IntKind, IntTy,
    NeverTy, RawPtrTy, RefTy, SliceTy, StrTy, TupleTy, Ty,
)

PTR = ir.PointerType()
I1 = ir.IntType(1)
I8 = ir.IntType(8)
I32 = ir.IntType(32)
I64 = ir.IntType(64)
USIZE = I64
EMPTY = ir.LiteralStructType([])


class Abi(Enum):
    IGNORE = "ignore"
    SCALAR = "scalar"
    PAIR = "pair"
    MEMORY = "memory"


@dataclass(slots=True)
class VariantLayout:
    llvm: ir.LiteralStructType  # {tag, fields in memory order} (no tag for a struct)
    field_index: tuple[int, ...]  # source field → element of `llvm`
    field_tys: tuple[Ty, ...]


@dataclass(slots=True)
class Layout:
    ty: Ty
    size: int
    align: int
    llvm: ir.Type  # memory type
    abi: Abi
    immediate: ir.Type | None = None  # SSA type of SCALAR / PAIR values (i1 for bool)
    field_index: tuple[int, ...] = ()  # structs, tuples, closures
    field_tys: tuple[Ty, ...] = ()
    # enums with a tag
    tag: ir.IntType | None = None
    tag_signed: bool = False
    variants: list[VariantLayout] = field(default_factory=list)
    discriminants: tuple[int, ...] = ()

    @property
    def is_zst(self) -> bool:
        return self.size == 0


def _round_up(n: int, align: int) -> int:
    return (n + align - 1) // align * align


def _int_for(bits: int) -> ir.IntType:
    return ir.IntType(bits)


def _struct(members: list[tuple[Ty, "Layout"]], prefix: list["Layout"], ascending: bool
            ) -> tuple[ir.LiteralStructType, tuple[int, ...], int, int]:
    """LLVM struct for fields reordered like rustc: (type, field_index, size, align)."""
    order = sorted(range(len(members)), key=lambda i: members[i][1].align, reverse=not ascending)
    elements = [p.llvm for p in prefix]
    field_index = [0] * len(members)
    offset = 0
    align = 1
    for p in prefix:
        offset = _round_up(offset, p.align) + p.size
        align = max(align, p.align)
    for i in order:
        layout = members[i][1]
        field_index[i] = len(elements)
        elements.append(layout.llvm)
        offset = _round_up(offset, layout.align) + layout.size
        align = max(align, layout.align)
    return ir.LiteralStructType(elements), tuple(field_index), _round_up(offset, align), align


class LayoutCx:
    """Layouts of one program's monomorphic types."""

    def __init__(self, program: thir.Program, monomorphize) -> None:
        self.program = program
        self.monomorphize = monomorphize  # (ty, args) -> Ty
        self.cache: dict[Ty, Layout] = {}

    def of(self, ty: Ty) -> Layout:
        layout = self.cache.get(ty)
        if layout is None:
            layout = self._compute(ty)
            self.cache[ty] = layout
        return layout

    def _compute(self, ty: Ty) -> Layout:
        match ty:
            case IntTy(kind=kind):
                t = _int_for(kind.bits)
                return Layout(ty, kind.bits // 8, kind.bits // 8, t, Abi.SCALAR, t)
            case FloatTy(kind=kind):
                t = ir.FloatType() if kind is FloatKind.F32 else ir.DoubleType()
                return Layout(ty, kind.bits // 8, kind.bits // 8, t, Abi.SCALAR, t)
            case BoolTy():
                return Layout(ty, 1, 1, I8, Abi.SCALAR, I1)
            case CharTy():
                return Layout(ty, 4, 4, I32, Abi.SCALAR, I32)
            case NeverTy() | FnDefTy():
                return Layout(ty, 0, 1, EMPTY, Abi.IGNORE)
            case RefTy(inner=inner) | RawPtrTy(inner=inner):
                if isinstance(inner, (StrTy, SliceTy, DynTy)):
                    meta = PTR if isinstance(inner, DynTy) else USIZE
                    t = ir.LiteralStructType([PTR, meta])
                    return Layout(ty, 16, 8, t, Abi.PAIR, t)
                return Layout(ty, 8, 8, PTR, Abi.SCALAR, PTR)
            case FnPtrTy():
                return Layout(ty, 8, 8, PTR, Abi.SCALAR, PTR)
            case TupleTy(elems=elems):
                return self._aggregate(ty, list(elems))
            case ClosureTy(upvars=upvars):
                return self._aggregate(ty, list(upvars))
            case ArrayTy(elem=elem, length=n):
                e = self.of(elem)
                size = e.size * n
                return Layout(ty, size, e.align, ir.ArrayType(e.llvm, n), Abi.MEMORY if size else Abi.IGNORE)
            case AdtTy():
                return self._adt(ty)
        raise CompileError(unsupported(f"a value of type `{ty}` in code generation", None))

    def _aggregate(self, ty: Ty, field_tys: list[Ty]) -> Layout:
        members = [(f, self.of(f)) for f in field_tys]
        llvm, field_index, size, align = _struct(members, [], ascending=False)
        return Layout(ty, size, align, llvm, Abi.MEMORY if size else Abi.IGNORE,
                      field_index=field_index, field_tys=tuple(field_tys))

    def _adt(self, ty: AdtTy) -> Layout:
        adt = self.program.adts[ty.def_id]
        variant_tys = [tuple(self.monomorphize(f.ty, ty.args) for f in v.fields) for v in adt.variants]
        if adt.kind is thir.AdtKind.STRUCT or len(adt.variants) == 1:
            layout = self._aggregate(ty, list(variant_tys[0]) if variant_tys else [])
            layout.variants = [VariantLayout(layout.llvm, layout.field_index, layout.field_tys)]  # type: ignore[arg-type]
            layout.discriminants = tuple(v.discriminant for v in adt.variants)
            return layout
        if not adt.variants:
            return Layout(ty, 0, 1, EMPTY, Abi.IGNORE)
        discriminants = tuple(v.discriminant for v in adt.variants)
        tag_kind = self._tag_kind(adt, discriminants)
        tag_layout = self.of(IntTy(tag_kind))
        variants = []
        size, align = tag_layout.size, tag_layout.align
        for field_tys in variant_tys:
            members = [(f, self.of(f)) for f in field_tys]
            llvm, field_index, v_size, v_align = _struct(members, [tag_layout], ascending=True)
            variants.append(VariantLayout(llvm, field_index, field_tys))
            size, align = max(size, v_size), max(align, v_align)
        size = _round_up(size, align)
        memory = ir.LiteralStructType([ir.ArrayType(_int_for(align * 8), size // align)])
        return Layout(ty, size, align, memory, Abi.MEMORY, tag=tag_layout.llvm, tag_signed=tag_kind.signed,
                      variants=variants, discriminants=discriminants)

    @staticmethod
    def _tag_kind(adt: thir.AdtDef, discriminants: tuple[int, ...]) -> IntKind:
        """`#[repr(int)]`, else the smallest integer holding every discriminant (as rustc)."""
        if adt.repr_int is not None:
            return next(k for k in IntKind if k.name_ == adt.repr_int)
        lo, hi = min(discriminants), max(discriminants)
        candidates = ([IntKind.I8, IntKind.I16, IntKind.I32, IntKind.I64] if lo < 0
                      else [IntKind.U8, IntKind.U16, IntKind.U32, IntKind.U64])
        return next(k for k in candidates if k.min <= lo and hi <= k.max)
