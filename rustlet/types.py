"""Semantic types: declarations, substitution and printing.

Types are frozen dataclasses, so they are hashable and compare structurally:
`(DefId, tuple[Ty, ...])` keys a monomorphic instance.  Generic code refers to its
type parameters as `ParamTy(index, name)`; `subst` replaces them by the arguments of
an instance.  Inference variables (`InferTy`) exist only inside typeck: the typed tree
(`thir`) and everything after it never contain one.

Regions (lifetimes) are carried on references only as far as the borrow checker
needs them in signatures: `RefTy.region` is the lifetime name as written in a
signature (`'a`, `'static`) or None (elided/erased).  Mono erases them all.

`DefId` numbers every definition of the program (items of every crate, enum
variants, fields are addressed by index).  They are assigned by resolve.
"""
from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from typing import NewType

DefId = NewType("DefId", int)


class IntKind(Enum):
    I8 = ("i8", True, 8)
    I16 = ("i16", True, 16)
    I32 = ("i32", True, 32)
    I64 = ("i64", True, 64)
    ISIZE = ("isize", True, 64)
    U8 = ("u8", False, 8)
    U16 = ("u16", False, 16)
    U32 = ("u32", False, 32)
    U64 = ("u64", False, 64)
    USIZE = ("usize", False, 64)

    @property
    def name_(self) -> str:
        return self.value[0]

    @property
    def signed(self) -> bool:
        return self.value[1]

    @property
    def bits(self) -> int:
        return self.value[2]

    @property
    def min(self) -> int:
        return -(1 << (self.bits - 1)) if self.signed else 0

    @property
    def max(self) -> int:
        return (1 << (self.bits - 1)) - 1 if self.signed else (1 << self.bits) - 1


class FloatKind(Enum):
    F32 = ("f32", 32)
    F64 = ("f64", 64)

    @property
    def name_(self) -> str:
        return self.value[0]

    @property
    def bits(self) -> int:
        return self.value[1]


INT_KINDS_BY_NAME = {k.name_: k for k in IntKind}
FLOAT_KINDS_BY_NAME = {k.name_: k for k in FloatKind}


class Ty:
    """Base of all types.  Subclasses are frozen dataclasses."""

    __slots__ = ()

    def __str__(self) -> str:
        return display_ty(self)


@dataclass(frozen=True, slots=True)
class IntTy(Ty):
    kind: IntKind


@dataclass(frozen=True, slots=True)
class FloatTy(Ty):
    kind: FloatKind


@dataclass(frozen=True, slots=True)
class BoolTy(Ty):
    pass


@dataclass(frozen=True, slots=True)
class CharTy(Ty):
    pass


@dataclass(frozen=True, slots=True)
class StrTy(Ty):
    """The unsized `str`; `&str` is `RefTy(StrTy())`."""


@dataclass(frozen=True, slots=True)
class NeverTy(Ty):
    pass


@dataclass(frozen=True, slots=True)
class TupleTy(Ty):
    elems: tuple[Ty, ...]  # `()` is TupleTy(())


@dataclass(frozen=True, slots=True)
class ArrayTy(Ty):
    elem: Ty
    length: int


@dataclass(frozen=True, slots=True)
class SliceTy(Ty):
    """The unsized `[T]`; `&[T]` is `RefTy(SliceTy(T))` (a fat pointer)."""

    elem: Ty


@dataclass(frozen=True, slots=True)
class RefTy(Ty):
    inner: Ty
    mutable: bool = False
    region: str | None = None  # `'a` / `'static` in signatures; None = elided or erased


@dataclass(frozen=True, slots=True)
class RawPtrTy(Ty):
    """`*const T` / `*mut T`: used only inside the standard library (Vec, Box, String)."""

    inner: Ty
    mutable: bool = False


@dataclass(frozen=True, slots=True)
class AdtTy(Ty):
    """A struct or enum (including the library's `Option`, `Vec`, `String`, `Box`)."""

    def_id: DefId
    args: tuple[Ty, ...] = ()
    name: str = ""  # for printing only; ignored by ==/hash
    # (dataclass compare=False is not available with slots+frozen positional; see __eq__)
    # Lifetime arguments as written in a signature (`Parser<'a>` → ("'a",)); () when none
    # were written or after substitution.  For borrowck only; ignored by ==/hash.
    regions: tuple[str | None, ...] = ()

    def __eq__(self, other: object) -> bool:
        return isinstance(other, AdtTy) and self.def_id == other.def_id and self.args == other.args

    def __hash__(self) -> int:
        return hash((AdtTy, self.def_id, self.args))


@dataclass(frozen=True, slots=True)
class FnDefTy(Ty):
    """The zero-sized type of a function item `foo::<T>` (not yet a pointer)."""

    def_id: DefId
    args: tuple[Ty, ...] = ()


@dataclass(frozen=True, slots=True)
class FnPtrTy(Ty):
    params: tuple[Ty, ...]
    ret: Ty


@dataclass(frozen=True, slots=True)
class ClosureTy(Ty):
    """The unique type of a closure expression.  `args` are the generic arguments of the
    enclosing function (so the closure is monomorphized with it); `upvars` are the types of
    the captured variables as stored in the closure (T, &T or &mut T)."""

    def_id: DefId
    args: tuple[Ty, ...]
    upvars: tuple[Ty, ...]


@dataclass(frozen=True, slots=True)
class ParamTy(Ty):
    """A generic type parameter.  `index` counts the parameters of the parent (impl or
    trait) first, then the item's own; `Self` inside a trait is index 0."""

    index: int
    name: str


@dataclass(frozen=True, slots=True)
class TraitRef:
    """`Trait<Args>` applied to a self type: `T: Iterator` is TraitRef(iterator, (T,))."""

    def_id: DefId
    args: tuple[Ty, ...]  # args[0] is the self type
    name: str = ""

    def __eq__(self, other: object) -> bool:
        return isinstance(other, TraitRef) and self.def_id == other.def_id and self.args == other.args

    def __hash__(self) -> int:
        return hash((TraitRef, self.def_id, self.args))


@dataclass(frozen=True, slots=True)
class DynTy(Ty):
    """`dyn Trait` (unsized; used behind `&`, `&mut` or `Box`).  The principal trait ref
    has a placeholder self type (`ParamTy(0, "Self")`); `projections` fix associated
    types (`dyn Iterator<Item = i32>`)."""

    principal: TraitRef
    projections: tuple[tuple[str, Ty], ...] = ()


@dataclass(frozen=True, slots=True)
class ProjectionTy(Ty):
    """`<T as Trait>::Name`, not yet normalized (T generic)."""

    trait_ref: TraitRef
    name: str


@dataclass(frozen=True, slots=True)
class InferTy(Ty):
    """An inference variable; only inside typeck."""

    var: int
    kind: str = "ty"  # "ty", "int" ({integer}), "float" ({float})


@dataclass(frozen=True, slots=True)
class ErrorTy(Ty):
    """The type of an expression that already produced a diagnostic (suppresses cascades)."""


UNIT = TupleTy(())
BOOL = BoolTy()
CHAR = CharTy()
STR = StrTy()
NEVER = NeverTy()
STR_REF = RefTy(STR)
I32 = IntTy(IntKind.I32)
USIZE = IntTy(IntKind.USIZE)
ISIZE = IntTy(IntKind.ISIZE)
U8 = IntTy(IntKind.U8)
F64 = FloatTy(FloatKind.F64)
F32 = FloatTy(FloatKind.F32)


def subst(ty: Ty, args: tuple[Ty, ...]) -> Ty:
    """Replace every `ParamTy(i)` in `ty` by `args[i]`."""
    match ty:
        case ParamTy(index=i):
            return args[i] if i < len(args) else ty
        case IntTy() | FloatTy() | BoolTy() | CharTy() | StrTy() | NeverTy() | ErrorTy() | InferTy():
            return ty
        case TupleTy(elems=elems):
            return TupleTy(tuple(subst(e, args) for e in elems))
        case ArrayTy(elem=elem, length=n):
            return ArrayTy(subst(elem, args), n)
        case SliceTy(elem=elem):
            return SliceTy(subst(elem, args))
        case RefTy(inner=inner, mutable=m, region=r):
            return RefTy(subst(inner, args), m, r)
        case RawPtrTy(inner=inner, mutable=m):
            return RawPtrTy(subst(inner, args), m)
        case AdtTy(def_id=d, args=a, name=n):
            return AdtTy(d, tuple(subst(x, args) for x in a), n)
        case FnDefTy(def_id=d, args=a):
            return FnDefTy(d, tuple(subst(x, args) for x in a))
        case FnPtrTy(params=ps, ret=ret):
            return FnPtrTy(tuple(subst(p, args) for p in ps), subst(ret, args))
        case ClosureTy(def_id=d, args=a, upvars=u):
            return ClosureTy(d, tuple(subst(x, args) for x in a), tuple(subst(x, args) for x in u))
        case DynTy(principal=p, projections=projs):
            # the principal's self type is the `dyn`'s own placeholder, not a parameter in scope
            principal = TraitRef(p.def_id, p.args[:1] + tuple(subst(a, args) for a in p.args[1:]), p.name)
            return DynTy(principal, tuple((n, subst(t, args)) for n, t in projs))
        case ProjectionTy(trait_ref=tr, name=n):
            return ProjectionTy(subst_trait_ref(tr, args), n)
    raise TypeError(f"subst: unknown type {ty!r}")


def subst_trait_ref(tr: TraitRef, args: tuple[Ty, ...]) -> TraitRef:
    return TraitRef(tr.def_id, tuple(subst(a, args) for a in tr.args), tr.name)


def erase_regions(ty: Ty) -> Ty:
    """The same type with every reference's region set to None (mono, codegen)."""
    match ty:
        case RefTy(inner=inner, mutable=m):
            return RefTy(erase_regions(inner), m, None)
        case TupleTy(elems=elems):
            return TupleTy(tuple(erase_regions(e) for e in elems))
        case ArrayTy(elem=elem, length=n):
            return ArrayTy(erase_regions(elem), n)
        case SliceTy(elem=elem):
            return SliceTy(erase_regions(elem))
        case RawPtrTy(inner=inner, mutable=m):
            return RawPtrTy(erase_regions(inner), m)
        case AdtTy(def_id=d, args=a, name=n):
            return AdtTy(d, tuple(erase_regions(x) for x in a), n)
        case FnDefTy(def_id=d, args=a):
            return FnDefTy(d, tuple(erase_regions(x) for x in a))
        case FnPtrTy(params=ps, ret=ret):
            return FnPtrTy(tuple(erase_regions(p) for p in ps), erase_regions(ret))
        case ClosureTy(def_id=d, args=a, upvars=u):
            return ClosureTy(d, tuple(erase_regions(x) for x in a), tuple(erase_regions(x) for x in u))
    return ty


def is_integral(ty: Ty) -> bool:
    return isinstance(ty, IntTy) or (isinstance(ty, InferTy) and ty.kind == "int")


def is_float(ty: Ty) -> bool:
    return isinstance(ty, FloatTy) or (isinstance(ty, InferTy) and ty.kind == "float")


def is_unsized(ty: Ty) -> bool:
    return isinstance(ty, (StrTy, SliceTy, DynTy))


def display_ty(ty: Ty) -> str:
    """The type as rustc prints it in diagnostics (`&mut [i32]`, `Option<&str>`, `{integer}`)."""
    match ty:
        case IntTy(kind=k):
            return k.name_
        case FloatTy(kind=k):
            return k.name_
        case BoolTy():
            return "bool"
        case CharTy():
            return "char"
        case StrTy():
            return "str"
        case NeverTy():
            return "!"
        case TupleTy(elems=elems):
            if len(elems) == 1:
                return f"({display_ty(elems[0])},)"
            return "(" + ", ".join(display_ty(e) for e in elems) + ")"
        case ArrayTy(elem=elem, length=n):
            return f"[{display_ty(elem)}; {n}]"
        case SliceTy(elem=elem):
            return f"[{display_ty(elem)}]"
        case RefTy(inner=inner, mutable=m, region=r):
            region = f"{r} " if r and r != "'_" else ""
            return f"&{region}{'mut ' if m else ''}{display_ty(inner)}"
        case RawPtrTy(inner=inner, mutable=m):
            return f"*{'mut' if m else 'const'} {display_ty(inner)}"
        case AdtTy(name=n, args=a):
            return n + (f"<{', '.join(display_ty(x) for x in a)}>" if a else "")
        case FnDefTy(def_id=d):
            return f"fn item #{d}"
        case FnPtrTy(params=ps, ret=ret):
            tail = "" if ret == UNIT else f" -> {display_ty(ret)}"
            return f"fn({', '.join(display_ty(p) for p in ps)}){tail}"
        case ClosureTy(def_id=d):
            return f"{{closure#{d}}}"
        case ParamTy(name=n):
            return n
        case DynTy(principal=p, projections=projs):
            args = [display_ty(a) for a in p.args[1:]] + [f"{n} = {display_ty(t)}" for n, t in projs]
            return f"dyn {p.name}" + (f"<{', '.join(args)}>" if args else "")
        case ProjectionTy(trait_ref=tr, name=n):
            return f"<{display_ty(tr.args[0])} as {tr.name}>::{n}"
        case InferTy(kind="int"):
            return "{integer}"
        case InferTy(kind="float"):
            return "{float}"
        case InferTy():
            return "_"
        case ErrorTy():
            return "{type error}"
    return repr(ty)
