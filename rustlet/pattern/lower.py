"""Lowering typed patterns (thir.Pat) to deconstructed patterns: a constructor plus one
sub-pattern per field, which is the only shape the usefulness algorithm looks at.

- bindings are wildcards (`x @ p` is just `p`, with `p`'s span, as in rustc);
- struct/variant patterns get every field, the unmentioned ones as wildcards;
- literals and ranges become IntRange/BoolCtor/StrCtor/FloatRange constructors;
  a `&str` literal is the reference constructor around a StrCtor, so the witness for
  an incomplete `&str` match prints as `&_`;
- a named constant is unfolded into the pattern of its value when it is a scalar or an
  aggregate of them, else it is Opaque (it matches only itself).
"""
from __future__ import annotations

import itertools
import math
from dataclasses import dataclass, field

from rustlet import thir
from rustlet.pattern.constructor import (
    CHAR_SPACE,
    BoolCtor,
    Constructor,
    FloatRange,
    IntRange,
    IntSpace,
    Opaque,
    Or,
    Single,
    StrCtor,
    TypeCx,
    Variant,
    Wildcard,
    int_space,
)
from rustlet.source import Span
from rustlet.types import AdtTy, BoolTy, CharTy, FloatTy, IntTy, RefTy, StrTy, TupleTy, Ty


@dataclass(eq=False, slots=True)
class DeconstructedPat:
    """`ctor(fields…)`; for `Or`, `fields` are the alternatives.  `synthetic` marks the
    wildcards the algorithm invents for unmentioned fields and specialization (they are
    never reported).  Identity (not value) equality: each node is one source pattern."""

    ctor: Constructor
    fields: list[DeconstructedPat]
    ty: Ty
    span: Span
    uid: int
    synthetic: bool = False

    def walk(self) -> list[DeconstructedPat]:
        """This pattern and all its sub-patterns, pre-order."""
        out = [self]
        for f in self.fields:
            out.extend(f.walk())
        return out


class UnsupportedPattern(Exception):
    """A pattern shape the checker does not understand (reported as `unsupported`)."""

    def __init__(self, what: str, span: Span) -> None:
        super().__init__(what)
        self.what = what
        self.span = span


@dataclass(slots=True)
class PatLowerer:
    tcx: TypeCx
    _uids: itertools.count = field(default_factory=itertools.count)

    def wildcard(self, ty: Ty, span: Span, synthetic: bool = True) -> DeconstructedPat:
        return DeconstructedPat(Wildcard(), [], ty, span, next(self._uids), synthetic)

    def lower(self, pat: thir.Pat) -> DeconstructedPat:
        uid = next(self._uids)
        match pat:
            case thir.WildPat():
                return DeconstructedPat(Wildcard(), [], pat.ty, pat.span, uid)
            case thir.BindingPat(subpattern=sub):
                if sub is not None:
                    return self.lower(sub)
                return DeconstructedPat(Wildcard(), [], pat.ty, pat.span, uid)
            case thir.VariantPat(adt=adt_id, variant=index, subpatterns=subs):
                adt = self.tcx.program.adts.get(adt_id)
                if adt is None:
                    raise UnsupportedPattern("pattern on an unknown type", pat.span)
                ctor: Constructor = Single() if adt.kind is thir.AdtKind.STRUCT else Variant(index)
                return self._with_fields(ctor, subs, pat, uid)
            case thir.LeafPat(subpatterns=subs):
                return self._with_fields(Single(), subs, pat, uid)
            case thir.DerefPat(subpattern=sub):
                if not isinstance(pat.ty, RefTy):
                    raise UnsupportedPattern(f"deref pattern on type `{pat.ty}`", pat.span)
                return DeconstructedPat(Single(), [self.lower(sub)], pat.ty, pat.span, uid)
            case thir.ConstantPat(value=value):
                return self._constant(value.value, pat.ty, pat.span, uid)
            case thir.RangePat(lo=lo, hi=hi, inclusive=inclusive):
                return self._range(lo, hi, inclusive, pat, uid)
            case thir.OrPat(alts=alts):
                return DeconstructedPat(Or(), [self.lower(a) for a in alts], pat.ty, pat.span, uid)
        raise UnsupportedPattern(f"pattern `{type(pat).__name__}`", pat.span)

    def _with_fields(self, ctor: Constructor, subs: list[thir.FieldPat], pat: thir.Pat, uid: int) -> DeconstructedPat:
        tys = self.tcx.field_tys(ctor, pat.ty)
        fields = [self.wildcard(t, pat.span) for t in tys]
        for sub in subs:
            if sub.field >= len(fields):
                raise UnsupportedPattern(f"field {sub.field} of `{pat.ty}` in a pattern", sub.pat.span)
            fields[sub.field] = self.lower(sub.pat)
        return DeconstructedPat(ctor, fields, pat.ty, pat.span, uid)

    def _constant(self, value: object, ty: Ty, span: Span, uid: int) -> DeconstructedPat:
        """The pattern a constant of type `ty` stands for (see ConstValue for the encoding)."""
        match ty:
            case IntTy() | CharTy():
                v = ord(value) if isinstance(value, str) else int(value)
                return DeconstructedPat(IntRange(v, v + 1), [], ty, span, uid)
            case BoolTy():
                return DeconstructedPat(BoolCtor(bool(value)), [], ty, span, uid)
            case FloatTy():
                f = float(value)
                return DeconstructedPat(FloatRange(f, f, True), [], ty, span, uid)
            case StrTy() if isinstance(value, str):
                return DeconstructedPat(StrCtor(value), [], ty, span, uid)
            case RefTy(inner=StrTy()) if isinstance(value, str):
                inner = DeconstructedPat(StrCtor(value), [], ty.inner, span, next(self._uids))
                return DeconstructedPat(Single(), [inner], ty, span, uid)
            case TupleTy(elems=elems) if isinstance(value, tuple) and len(value) == len(elems):
                return self._aggregate(Single(), list(value), ty, span, uid)
            case AdtTy():
                adt = self.tcx.adt(ty)
                if adt is not None and adt.kind is thir.AdtKind.STRUCT and isinstance(value, tuple):
                    return self._aggregate(Single(), list(value), ty, span, uid)
                if adt is not None and isinstance(value, tuple) and len(value) == 2 and isinstance(value[0], int):
                    return self._aggregate(Variant(value[0]), list(value[1]), ty, span, uid)
        return DeconstructedPat(Opaque(uid), [], ty, span, uid)

    def _aggregate(self, ctor: Constructor, values: list[object], ty: Ty, span: Span, uid: int) -> DeconstructedPat:
        tys = self.tcx.field_tys(ctor, ty)
        if len(tys) != len(values):
            return DeconstructedPat(Opaque(uid), [], ty, span, uid)
        fields = []
        for v, t in zip(values, tys):
            inner = v.value if isinstance(v, thir.ConstValue) else v
            fields.append(self._constant(inner, t, span, next(self._uids)))
        return DeconstructedPat(ctor, fields, ty, span, uid)

    def _range(
        self, lo: thir.ConstValue | None, hi: thir.ConstValue | None, inclusive: bool, pat: thir.Pat, uid: int
    ) -> DeconstructedPat:
        if isinstance(pat.ty, FloatTy):
            flo = -math.inf if lo is None else float(lo.value)
            fhi = math.inf if hi is None else float(hi.value)
            return DeconstructedPat(FloatRange(flo, fhi, inclusive or hi is None), [], pat.ty, pat.span, uid)
        space: IntSpace
        if isinstance(pat.ty, IntTy):
            space = int_space(pat.ty.kind)
        elif isinstance(pat.ty, CharTy):
            space = CHAR_SPACE
        else:
            raise UnsupportedPattern(f"range pattern on type `{pat.ty}`", pat.span)

        def scalar(c: thir.ConstValue) -> int:
            return ord(c.value) if isinstance(c.value, str) else int(c.value)

        # Open ends reach the extended bounds (±∞ for isize/usize), as rustc's do.
        range_lo = space.full.lo if lo is None else scalar(lo)
        if hi is None:
            range_hi = space.full.hi
        else:
            range_hi = scalar(hi) + (1 if inclusive else 0)
        if range_lo >= range_hi:
            # An empty range (typeck reports E0030/E0579): it matches nothing we can name.
            return DeconstructedPat(Opaque(uid), [], pat.ty, pat.span, uid)
        return DeconstructedPat(IntRange(range_lo, range_hi), [], pat.ty, pat.span, uid)
