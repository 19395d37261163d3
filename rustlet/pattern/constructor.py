"""Constructors: what a pattern (or a value) looks like at its head, and how a column of
them is split into the few cases the usefulness algorithm must try.

Every value of a matchable type is a constructor applied to fields: `Some(3)` is the
constructor `Some` with one field, `(a, b)` the pair constructor with two, `7_u8` a
constructor with none.  Patterns add pattern-only constructors (`_`, ranges, `|`).

The kinds (mirroring rustc_pattern_analysis::constructor):

    Single        the one constructor of a struct, tuple or reference
    Variant(i)    enum variant `i`
    BoolCtor      `true` / `false`
    IntRange      a half-open interval [lo, hi) of an integer or `char`
    StrCtor       a string literal (the field of the `&` of a `&str` pattern)
    FloatRange    a float literal or range (never exhaustive)
    Opaque        a constant we cannot look into: matches only itself
    Wildcard      `_` and bindings
    Or            an or-pattern (expanded by the algorithm, never split)
    Missing       (split only) "every constructor not listed in the column"
    NonExhaustive (witness only) a type whose values cannot be listed: printed `_`
    Never         (witness only) the non-constructor of an empty type: printed `_`

Integer encoding.  Integers are Python ints, so signed types need no bias.  `usize` and
`isize` are treated, as rustc treats them, as having no observable maximum (and `isize`
no observable minimum): their value space is extended by one sentinel past each end,
`min - 1` (−∞, isize only) and `max + 2` (+∞); `max + 1` stands for "just after max",
the values beyond `usize::MAX` a 128-bit target could have.  So `0..=usize::MAX` does
not cover `usize` and the witness is `usize::MAX..`, exactly as rustc reports.

Splitting (`ConstructorSet.split`): given the head constructors of a column, return
`present` (constructors of the type that appear, refined so that each is either fully
inside or fully outside every range of the column) and `missing` (constructors of the
type that no row mentions), plus `missing_empty` (missing but uninhabited, which need
not be matched).  For integers this is IntRange splitting: the boundaries of all the
column's ranges cut the type's range into disjoint intervals; an interval is present
if some range covers it.  Cost: O(k log k) for k ranges in the column.
"""
from __future__ import annotations

from dataclasses import dataclass

from rustlet import thir
from rustlet.types import (
    AdtTy,
    ArrayTy,
    BoolTy,
    CharTy,
    IntKind,
    IntTy,
    NeverTy,
    RefTy,
    TupleTy,
    Ty,
    subst,
)

# ───────────────────────────────── constructors ─────────────────────────────────


@dataclass(frozen=True, slots=True)
class Single:
    pass


@dataclass(frozen=True, slots=True)
class Variant:
    index: int


@dataclass(frozen=True, slots=True)
class BoolCtor:
    value: bool


@dataclass(frozen=True, slots=True)
class IntRange:
    """The half-open interval [lo, hi) in the encoding described in the module header."""

    lo: int
    hi: int

    def is_singleton(self, space: IntSpace) -> bool:
        # −∞ and +∞ are not values, so ranges touching them are never singletons.
        return self.hi == self.lo + 1 and self.lo != space.neg_infinity and self.hi != space.pos_infinity

    def is_subrange(self, other: IntRange) -> bool:
        return other.lo <= self.lo and self.hi <= other.hi

    def intersection(self, other: IntRange) -> IntRange | None:
        lo, hi = max(self.lo, other.lo), min(self.hi, other.hi)
        return IntRange(lo, hi) if lo < hi else None

    def split(self, column_ranges: list[IntRange]) -> list[tuple[bool, IntRange]]:
        """Cut `self` at every boundary of `column_ranges`; each piece is (seen, range).
        Parenthesis matching: a range opens at lo (+1) and closes at hi (−1); between two
        boundaries the piece is seen iff the running count is positive."""
        boundaries: list[tuple[int, int]] = []
        for r in column_ranges:
            inter = self.intersection(r)
            if inter is not None:
                boundaries.append((inter.lo, 1))
                boundaries.append((inter.hi, -1))
        boundaries.sort()
        pieces: list[tuple[bool, IntRange]] = []
        count = 0
        prev = self.lo
        for bound, delta in boundaries + [(self.hi, 0)]:
            if bound != prev:
                pieces.append((count > 0, IntRange(prev, bound)))
            prev = bound
            count += delta
        return pieces


@dataclass(frozen=True, slots=True)
class StrCtor:
    value: str


@dataclass(frozen=True, slots=True)
class FloatRange:
    lo: float  # -inf / inf for open ends
    hi: float
    hi_inclusive: bool

    def is_covered_by(self, other: FloatRange) -> bool:
        if self.lo < other.lo:
            return False
        if other.hi_inclusive or not self.hi_inclusive:
            return self.hi <= other.hi
        return self.hi < other.hi


@dataclass(frozen=True, slots=True)
class Opaque:
    id: int


@dataclass(frozen=True, slots=True)
class Wildcard:
    pass


@dataclass(frozen=True, slots=True)
class Or:
    pass


@dataclass(frozen=True, slots=True)
class Missing:
    pass


@dataclass(frozen=True, slots=True)
class NonExhaustive:
    pass


@dataclass(frozen=True, slots=True)
class Never:
    pass


Constructor = (
    Single | Variant | BoolCtor | IntRange | StrCtor | FloatRange | Opaque | Wildcard | Or | Missing | NonExhaustive | Never
)


def is_covered_by(ctor: Constructor, other: Constructor) -> bool:
    """Whether every value with constructor `ctor` (a split constructor) has constructor
    `other` (the head of a row)."""
    if isinstance(other, Wildcard):
        return True
    match ctor:
        case Single() | Variant() | BoolCtor() | StrCtor() | Opaque():
            return ctor == other
        case IntRange():
            return isinstance(other, IntRange) and ctor.is_subrange(other)
        case FloatRange():
            return isinstance(other, FloatRange) and ctor.is_covered_by(other)
    # Missing / NonExhaustive / Never / Wildcard are covered only by a wildcard.
    return False


# ───────────────────────────────── constructor sets ─────────────────────────────────


@dataclass(frozen=True, slots=True)
class IntSpace:
    """The encoded value space of an integer type (or `char`)."""

    ranges: tuple[IntRange, ...]  # one, or two for `char` (the surrogates are excluded)
    neg_infinity: int | None  # the −∞ sentinel (isize only)
    pos_infinity: int | None  # the +∞ sentinel (usize/isize only)
    kind: IntKind | None  # None for char

    @property
    def full(self) -> IntRange:
        return IntRange(self.ranges[0].lo, self.ranges[-1].hi)


CHAR_SPACE = IntSpace((IntRange(0, 0xD800), IntRange(0xE000, 0x110000)), None, None, None)


def int_space(kind: IntKind) -> IntSpace:
    if kind in (IntKind.USIZE, IntKind.ISIZE):
        neg = kind.min - 1 if kind.signed else None
        lo = neg if neg is not None else kind.min
        return IntSpace((IntRange(lo, kind.max + 2),), neg, kind.max + 2, kind)
    return IntSpace((IntRange(kind.min, kind.max + 1),), None, None, kind)


@dataclass(frozen=True, slots=True)
class BoolSet:
    pass


@dataclass(frozen=True, slots=True)
class IntegerSet:
    space: IntSpace


@dataclass(frozen=True, slots=True)
class VariantSet:
    variants: tuple[tuple[int, bool], ...]  # (index, inhabited), in declaration order


@dataclass(frozen=True, slots=True)
class StructSet:
    """Structs and tuples (`empty`: uninhabited) and references (never empty)."""

    empty: bool


@dataclass(frozen=True, slots=True)
class NoConstructors:
    """`!` and empty enums."""


@dataclass(frozen=True, slots=True)
class Unlistable:
    """`str`, floats, and every type without patterns (arrays, closures, generics): only a
    wildcard covers them."""


ConstructorSet = BoolSet | IntegerSet | VariantSet | StructSet | NoConstructors | Unlistable


@dataclass(slots=True)
class SplitSet:
    present: list[Constructor]
    missing: list[Constructor]
    missing_empty: list[Constructor]


def split(ctor_set: ConstructorSet, column: list[Constructor]) -> SplitSet:
    """Split the type's constructors against the head constructors of a column (no `Or`s)."""
    result = SplitSet([], [], [])
    # An opaque constant is its own case whatever the type: it is always tried.
    for ctor in column:
        if isinstance(ctor, Opaque) and ctor not in result.present:
            result.present.append(ctor)
    seen = [c for c in column if not isinstance(c, (Wildcard, Opaque))]
    match ctor_set:
        case BoolSet():
            for value in (False, True):
                bucket = result.present if BoolCtor(value) in seen else result.missing
                bucket.append(BoolCtor(value))
        case IntegerSet(space=space):
            ranges = [c for c in seen if isinstance(c, IntRange)]
            for type_range in space.ranges:
                for is_seen, piece in type_range.split(ranges):
                    (result.present if is_seen else result.missing).append(piece)
        case VariantSet(variants=variants):
            for index, inhabited in variants:
                ctor = Variant(index)
                if ctor in seen:
                    result.present.append(ctor)
                elif inhabited:
                    result.missing.append(ctor)
                else:
                    result.missing_empty.append(ctor)
        case StructSet(empty=empty):
            if seen:
                result.present.append(Single())
            elif empty:
                result.missing_empty.append(Single())
            else:
                result.missing.append(Single())
        case NoConstructors():
            result.missing_empty.append(Never())
        case Unlistable():
            for ctor in seen:
                if ctor not in result.present:
                    result.present.append(ctor)
            result.missing.append(NonExhaustive())
    return result


# ───────────────────────────────── types ─────────────────────────────────


class TypeCx:
    """What the algorithm needs to know about types: their constructor sets, the types of
    a constructor's fields, and inhabitedness."""

    def __init__(self, program: thir.Program) -> None:
        self.program = program
        self._uninhabited: dict[Ty, bool] = {}

    def adt(self, ty: Ty) -> thir.AdtDef | None:
        return self.program.adts.get(ty.def_id) if isinstance(ty, AdtTy) else None

    def ctors_for_ty(self, ty: Ty) -> ConstructorSet:
        match ty:
            case BoolTy():
                return BoolSet()
            case IntTy(kind=kind):
                return IntegerSet(int_space(kind))
            case CharTy():
                return IntegerSet(CHAR_SPACE)
            case NeverTy():
                return NoConstructors()
            case TupleTy():
                return StructSet(self.is_uninhabited(ty))
            case RefTy():
                return StructSet(False)
            case AdtTy():
                adt = self.adt(ty)
                if adt is None:
                    return Unlistable()
                if adt.kind is thir.AdtKind.STRUCT:
                    return StructSet(self.is_uninhabited(ty))
                if not adt.variants:
                    return NoConstructors()
                return VariantSet(
                    tuple((i, not self._variant_uninhabited(ty, i)) for i in range(len(adt.variants)))
                )
        return Unlistable()

    def field_tys(self, ctor: Constructor, ty: Ty) -> list[Ty]:
        """The types of the fields of `ctor` applied at type `ty` (its arity is their number)."""
        match ctor:
            case Single():
                if isinstance(ty, TupleTy):
                    return list(ty.elems)
                if isinstance(ty, RefTy):
                    return [ty.inner]
                adt = self.adt(ty)
                if adt is not None:
                    return [subst(f.ty, ty.args) for f in adt.variants[0].fields]
            case Variant(index=index):
                adt = self.adt(ty)
                if adt is not None:
                    return [subst(f.ty, ty.args) for f in adt.variants[index].fields]
        return []

    def is_uninhabited(self, ty: Ty) -> bool:
        """Visibly uninhabited by value: `!`, an empty enum, an enum whose every variant is
        uninhabited, a struct or tuple with an uninhabited field.  References are inhabited.
        A type still being examined (a recursive type) counts as inhabited."""
        if ty in self._uninhabited:
            return self._uninhabited[ty]
        self._uninhabited[ty] = False
        result = False
        match ty:
            case NeverTy():
                result = True
            case TupleTy(elems=elems):
                result = any(self.is_uninhabited(e) for e in elems)
            case ArrayTy(elem=elem, length=length):
                result = length > 0 and self.is_uninhabited(elem)
            case AdtTy():
                adt = self.adt(ty)
                if adt is not None and adt.kind is thir.AdtKind.STRUCT:
                    result = self._variant_uninhabited(ty, 0)
                elif adt is not None:
                    result = all(self._variant_uninhabited(ty, i) for i in range(len(adt.variants)))
        self._uninhabited[ty] = result
        return result

    def _variant_uninhabited(self, ty: Ty, index: int) -> bool:
        return any(self.is_uninhabited(t) for t in self.field_tys(Variant(index), ty))
