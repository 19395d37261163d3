"""Printing witnesses exactly as rustc does (`Some(_)`, `Shape::Circle { .. }`,
`i32::MIN..=-1_i32`, `'\\u{e000}'..='\\u{10ffff}'`, `usize::MAX..`, `&_`), and the
joined lists of the E0004/E0005 messages (`` `a`, `b`, `c` and 2 more ``)."""
from __future__ import annotations

import unicodedata

from rustlet.ast import StructKind
from rustlet.pattern.constructor import (
    CHAR_SPACE,
    BoolCtor,
    IntRange,
    IntSpace,
    Single,
    TypeCx,
    Variant,
    int_space,
)
from rustlet.pattern.usefulness import WitnessPat
from rustlet.types import CharTy, IntKind, IntTy, RefTy, TupleTy, Ty

WITNESS_LIMIT = 3


class WitnessPrinter:
    def __init__(self, tcx: TypeCx) -> None:
        self.tcx = tcx
        lang = tcx.program.lang_items
        # Rustc prints `Some`/`None`/`Ok`/`Err` without their enum's name.
        self.bare_variant_adts = {lang[k] for k in ("Option", "Result") if k in lang}

    def print(self, w: WitnessPat) -> str:
        match w.ctor:
            case Single() if isinstance(w.ty, RefTy):
                return ("&mut " if w.ty.mutable else "&") + self.print(w.fields[0])
            case Single() | Variant():
                return self._struct_like(w)
            case BoolCtor(value=value):
                return "true" if value else "false"
            case IntRange():
                return print_int_range(w.ctor, w.ty)
        # Wildcard, Missing-free leftovers (NonExhaustive, Never) and constants of types
        # that cannot be listed all print as `_`.
        return "_"

    def _struct_like(self, w: WitnessPat) -> str:
        if isinstance(w.ty, TupleTy):
            inner = ", ".join(self.print(f) for f in w.fields)
            return f"({inner},)" if len(w.fields) == 1 else f"({inner})"
        adt = self.tcx.adt(w.ty)
        if adt is None:
            return "_"
        if isinstance(w.ctor, Variant):
            variant = adt.variants[w.ctor.index]
            name = variant.name if adt.def_id in self.bare_variant_adts else f"{adt.name}::{variant.name}"
        else:
            variant = adt.variants[0]
            name = adt.name
        if variant.kind is StructKind.NAMED:
            parts = [
                f"{fdef.name}: {self.print(f)}"
                for fdef, f in zip(variant.fields, w.fields)
                if not self._is_wild(f)
            ]
            if len(parts) < len(variant.fields):
                parts.append("..")
            return f"{name} {{ {', '.join(parts)} }}"
        if not variant.fields:
            return name
        return f"{name}({', '.join(self.print(f) for f in w.fields)})"

    @staticmethod
    def _is_wild(w: WitnessPat) -> bool:
        return not isinstance(w.ctor, (Single, Variant, BoolCtor, IntRange))


def joined_patterns(witnesses: list[str]) -> str:
    """`` `a` ``, `` `a` and `b` ``, `` `a`, `b` and `c` ``, `` `a`, `b`, `c` and 2 more ``."""
    quoted = [f"`{w}`" for w in witnesses]
    if len(quoted) == 1:
        return quoted[0]
    if len(quoted) <= WITNESS_LIMIT:
        return f"{', '.join(quoted[:-1])} and {quoted[-1]}"
    return f"{', '.join(quoted[:WITNESS_LIMIT])} and {len(quoted) - WITNESS_LIMIT} more"


# ───────────────────────────────── scalars ─────────────────────────────────


def _space(ty: Ty) -> IntSpace:
    return int_space(ty.kind) if isinstance(ty, IntTy) else CHAR_SPACE


def _type_max(ty: Ty) -> int:
    return ty.kind.max if isinstance(ty, IntTy) else 0x10FFFF


def _type_min(ty: Ty) -> int:
    return ty.kind.min if isinstance(ty, IntTy) else 0


def print_scalar(value: int, ty: Ty) -> str:
    """An integer constant as rustc prints it in patterns (`-1_i32`, `i32::MIN`, `u8::MAX`),
    or a `char` literal."""
    if isinstance(ty, CharTy):
        return f"'{escape_char(chr(value))}'"
    kind: IntKind = ty.kind
    if value == kind.max:
        return f"{kind.name_}::MAX"
    if kind.signed and value == kind.min:
        return f"{kind.name_}::MIN"
    return f"{value}_{kind.name_}"


def print_int_range(r: IntRange, ty: Ty) -> str:
    """[lo, hi) as an inclusive pattern where possible: `1_u8`, `0_u32..=4_u32`,
    `101_u8..=u8::MAX`, `..=-1_isize`, `1_usize..`, `..isize::MIN`, `usize::MAX..`, `_`."""
    space = _space(ty)
    if r.lo == space.neg_infinity and r.hi == space.pos_infinity:
        return "_"
    if r.is_singleton(space):
        return print_scalar(r.lo, ty)
    type_max = _type_max(ty)
    # Lower bound: −∞ prints nothing; a value past the maximum (the "just after max" of
    # usize/isize) prints as the maximum, giving `usize::MAX..`.
    lo = "" if r.lo == space.neg_infinity else print_scalar(min(r.lo, type_max), ty)
    if r.hi == space.pos_infinity or r.hi - 1 > type_max:
        return f"{lo}.."
    if r.hi == _type_min(ty):
        return f"{lo}..{print_scalar(r.hi, ty)}"  # `..isize::MIN` has no inclusive form
    return f"{lo}..={print_scalar(r.hi - 1, ty)}"


_CHAR_ESCAPES = {"\0": "\\0", "\t": "\\t", "\r": "\\r", "\n": "\\n", "'": "\\'", "\\": "\\\\"}


def escape_char(c: str) -> str:
    """Rust's `char::escape_debug` for a char literal: named escapes, `\\u{…}` for
    non-printable and grapheme-extending characters."""
    if c in _CHAR_ESCAPES:
        return _CHAR_ESCAPES[c]
    if (c.isprintable() or c == " ") and unicodedata.category(c) not in ("Mn", "Me"):
        return c
    return f"\\u{{{ord(c):x}}}"
