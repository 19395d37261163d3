"""MIR: the mid-level IR.  Declarations only (as rustc_middle/src/mir/syntax.rs).

A `Body` is a control-flow graph of basic blocks over numbered locals:
local 0 is the return place, locals 1..=arg_count are the arguments, the rest are
user variables and temporaries.  Statements only move data (`Assign`) or mark
storage; everything that can branch, call, drop or panic is a terminator.

Places are a local plus projections (`_1.0`, `(*_2)`, `_3[_4]`, `(_5 as Some).0`);
operands read places (`Copy` / `Move`) or are constants; rvalues compute values.

Phases (`Body.phase`) say what a body may contain:
- BUILT: straight out of mir.build; generic (may mention ParamTy); `Drop` terminators
  are unconditional (drop elaboration has not run).
- BORROWCK: checked by the borrow checker; drops elaborated (drop flags).
- MONO: one instance's body, all types substituted (no ParamTy, no regions).
- OPTIMIZED: after MIR passes (escape analysis, …).
The validator (`rustlet.mir.validate`) checks a body against its phase.

Overflow checks: MIR is the same for debug and release builds.  Arithmetic that may
overflow is built as `CheckedBinaryOp` + `Assert(OVERFLOW)`; codegen drops exactly the
overflow asserts when overflow checks are off (bounds and division checks stay).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum

from rustlet.ast import BinOp, UnOp
from rustlet.source import Span
from rustlet.thir import CastKind, ConstValue, FormatPiece
from rustlet.types import DefId, Ty

Local = int
BasicBlock = int

RETURN_PLACE: Local = 0


class MirPhase(Enum):
    BUILT = 1
    BORROWCK = 2
    MONO = 3
    OPTIMIZED = 4


# ─────────────────────────────── places ───────────────────────────────


@dataclass(frozen=True, slots=True)
class DerefProj:
    pass


@dataclass(frozen=True, slots=True)
class FieldProj:
    index: int
    ty: Ty  # the field's type (after substitution of the ADT's args)


@dataclass(frozen=True, slots=True)
class IndexProj:
    local: Local  # a usize local (bounds checked by a preceding Assert)


@dataclass(frozen=True, slots=True)
class DowncastProj:
    """View an enum place as one of its variants (followed by FieldProj)."""

    variant: int


@dataclass(frozen=True, slots=True)
class SubsliceProj:
    """`place[from..to]` of an array or slice, used for range indexing after bounds asserts."""

    from_: Local
    to: Local


ProjectionElem = DerefProj | FieldProj | IndexProj | DowncastProj | SubsliceProj


@dataclass(frozen=True, slots=True)
class Place:
    local: Local
    projection: tuple[ProjectionElem, ...] = ()

    def project(self, elem: ProjectionElem) -> "Place":
        return Place(self.local, self.projection + (elem,))


# ─────────────────────────────── operands ───────────────────────────────


@dataclass(frozen=True, slots=True)
class Copy:
    place: Place


@dataclass(frozen=True, slots=True)
class Move:
    place: Place


@dataclass(frozen=True, slots=True)
class UnevaluatedConst:
    """The value of a constant used with generic arguments (`T::KIND`, `Self::SIDES`,
    `<S as Shape>::SIDES`): which impl's constant it is depends on the instance, so mono
    resolves `def_id::<args>` (args substituted) to the impl's constant and evaluates it."""

    def_id: DefId
    args: tuple[Ty, ...]


@dataclass(frozen=True, slots=True)
class Constant:
    """A compile-time value.  A function item is `Constant(ConstValue(FnDefTy(..), None))`.
    A static's address is `Constant(ConstValue(RefTy(T), ("static", def_id)))`, used as `(*_t)`.
    A generic constant's is `Constant(ConstValue(T, UnevaluatedConst(def_id, args)))`."""

    value: ConstValue
    span: Span | None = None

    @property
    def ty(self) -> Ty:
        return self.value.ty


Operand = Copy | Move | Constant


# ─────────────────────────────── rvalues ───────────────────────────────


@dataclass(frozen=True, slots=True)
class Use:
    operand: Operand


@dataclass(frozen=True, slots=True)
class Repeat:
    operand: Operand
    count: int


@dataclass(frozen=True, slots=True)
class Ref:
    place: Place
    mutable: bool
    two_phase: bool = False  # autoref of a method receiver (`v.push(v.len())`)


@dataclass(frozen=True, slots=True)
class AddressOf:
    """Raw pointer to a place (stdlib internals only)."""

    place: Place
    mutable: bool


@dataclass(frozen=True, slots=True)
class Len:
    """Length of an array or slice place."""

    place: Place


@dataclass(frozen=True, slots=True)
class Cast:
    kind: CastKind
    operand: Operand
    ty: Ty  # target type


@dataclass(frozen=True, slots=True)
class BinaryOp:
    """Unchecked built-in binary op (wrapping for + - *; comparisons yield bool)."""

    op: BinOp
    lhs: Operand
    rhs: Operand


@dataclass(frozen=True, slots=True)
class CheckedBinaryOp:
    """`(result, overflowed): (T, bool)` for + - * and << >> (shift amount ≥ bits)."""

    op: BinOp
    lhs: Operand
    rhs: Operand


@dataclass(frozen=True, slots=True)
class UnaryOp:
    op: UnOp  # NEG or NOT only
    operand: Operand


@dataclass(frozen=True, slots=True)
class Discriminant:
    """The discriminant value of an enum place (its `discr_ty`)."""

    place: Place


class AggregateKind(Enum):
    TUPLE = "tuple"
    ARRAY = "array"
    ADT = "adt"
    CLOSURE = "closure"


@dataclass(frozen=True, slots=True)
class Aggregate:
    kind: AggregateKind
    ty: Ty  # the aggregate's type (AdtTy / TupleTy / ArrayTy / ClosureTy)
    operands: tuple[Operand, ...]
    variant: int = 0  # for enums


Rvalue = Use | Repeat | Ref | AddressOf | Len | Cast | BinaryOp | CheckedBinaryOp | UnaryOp | Discriminant | Aggregate


# ─────────────────────────────── statements ───────────────────────────────


@dataclass(slots=True)
class Assign:
    place: Place
    rvalue: Rvalue
    span: Span


@dataclass(slots=True)
class SetDiscriminant:
    place: Place
    variant: int
    span: Span


@dataclass(slots=True)
class StorageLive:
    local: Local
    span: Span


@dataclass(slots=True)
class StorageDead:
    local: Local
    span: Span


@dataclass(slots=True)
class FakeRead:
    """A read for the borrow checker only (e.g. the scrutinee of a match); codegen ignores it."""

    place: Place
    span: Span


@dataclass(slots=True)
class Nop:
    span: Span


Statement = Assign | SetDiscriminant | StorageLive | StorageDead | FakeRead | Nop


# ─────────────────────────────── terminators ───────────────────────────────


class AssertKind(Enum):
    BOUNDS_CHECK = "bounds"  # operands: (len, index) → "index out of bounds: the len is {} but the index is {}"
    OVERFLOW = "overflow"  # operands: (lhs, rhs); `op` says which → "attempt to add with overflow"
    OVERFLOW_NEG = "overflow_neg"  # "attempt to negate with overflow"
    DIVISION_BY_ZERO = "div_zero"  # "attempt to divide by zero"
    REMAINDER_BY_ZERO = "rem_zero"  # "attempt to calculate the remainder with a divisor of zero"
    SLICE_END = "slice_end"  # operands: (end, len) → "range end index {} out of range for slice of length {}"
    SLICE_START = "slice_start"  # operands: (start, len) → "range start index {} out of range for slice of length {}"
    SLICE_ORDER = "slice_order"  # operands: (start, end) → "slice index starts at {} but ends at {}"


@dataclass(slots=True)
class AssertMessage:
    kind: AssertKind
    operands: tuple[Operand, ...] = ()
    op: BinOp | None = None  # for OVERFLOW: ADD SUB MUL DIV REM SHL SHR


@dataclass(slots=True)
class Goto:
    target: BasicBlock
    span: Span


@dataclass(slots=True)
class SwitchInt:
    """Jump to the block of the first value equal to `discr` (an integer, bool, char or
    discriminant operand), else to `otherwise`."""

    discr: Operand
    values: tuple[int, ...]
    targets: tuple[BasicBlock, ...]
    otherwise: BasicBlock
    span: Span


@dataclass(slots=True)
class Return:
    span: Span


@dataclass(slots=True)
class Unreachable:
    span: Span


@dataclass(slots=True)
class Drop:
    """Run the drop glue of `place` (nothing for types without drop glue), then `target`."""

    place: Place
    target: BasicBlock
    span: Span


@dataclass(frozen=True, slots=True)
class Builtin:
    """A compiler-provided operation called like a function: formatting and printing.
    `name` is one of BUILTINS; `ty_args` parameterize it (e.g. the argument type of fmt_arg)."""

    name: str
    ty_args: tuple[Ty, ...] = ()


BUILTINS = {
    # buf is a local of type `RawPtrTy(U8)` holding a runtime RlBuf* (see rustlet/runtime/rustlet_rt.h)
    "fmt_buf_new": "() -> buf",
    "fmt_push_str": "(buf, &'static str)",
    "fmt_arg": "(buf, &T, spec) with ty_args=(T,); spec is a Constant whose value is a thir.FormatPiece "
    "with width/precision resolved: width_arg/precision_arg operands follow as extra usize args",
    "fmt_print": "(buf, fd: i32) — write and free the buffer",
    "fmt_into_string": "(buf) -> String — consumes the buffer",
    "fmt_panic": "(buf) — diverges; location is the terminator's span",
    "fmt_arguments": "(buf) -> fmt::Arguments — owns the buffer (its Drop frees it); `format_args!` as a value",
}


@dataclass(slots=True)
class CallTerm:
    """`destination = func(args)`, then `target` (None: the callee diverges)."""

    func: Operand | Builtin  # Constant of FnDefTy, or a fn pointer / closure operand
    args: tuple[Operand, ...]
    destination: Place
    target: BasicBlock | None
    span: Span


@dataclass(slots=True)
class Assert:
    """Continue to `target` if `cond == expected`, else panic with `msg` at `span`."""

    cond: Operand
    expected: bool
    msg: AssertMessage
    target: BasicBlock
    span: Span


Terminator = Goto | SwitchInt | Return | Unreachable | Drop | CallTerm | Assert


# ─────────────────────────────── bodies ───────────────────────────────


@dataclass(slots=True)
class LocalDecl:
    ty: Ty
    mutable: bool
    span: Span
    name: str | None = None  # user variable name (None for temporaries)
    is_user_var: bool = False


@dataclass(slots=True)
class BasicBlockData:
    statements: list[Statement] = field(default_factory=list)
    terminator: Terminator | None = None  # None only while building
    is_cleanup: bool = False


@dataclass(slots=True)
class Body:
    def_id: DefId
    name: str  # printable path of the function
    locals: list[LocalDecl]
    blocks: list[BasicBlockData]
    arg_count: int
    span: Span
    phase: MirPhase = MirPhase.BUILT
    # user variables: LocalId of the binding → MIR local (for borrowck diagnostics)
    var_locals: dict[int, Local] = field(default_factory=dict)


@dataclass(slots=True)
class StaticBody:
    """Initializer of a static, evaluated at compile time into `value`."""

    def_id: DefId
    value: ConstValue


@dataclass(slots=True)
class Program:
    """All bodies of the program (generic, phase BUILT/BORROWCK) plus the typed program
    they came from (ADT definitions, impls, traits, for mono and codegen)."""

    bodies: dict[DefId, Body]
    statics: dict[DefId, StaticBody]
    thir: "object"  # rustlet.thir.Program (typed as object to keep this module declarations-only)
