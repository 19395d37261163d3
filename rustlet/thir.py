"""The typed tree (THIR): what typeck hands to MIR building.  Declarations only.

Typeck turns the AST plus its inference results into this tree, in which
- every expression and pattern carries its final type (no inference variables; types
  of generic bodies may contain `ParamTy`),
- every name is resolved: locals are `LocalId`s, items are `DefId`s with their generic
  arguments,
- implicit operations are explicit: auto-ref/auto-deref of method receivers,
  deref coercions, unsizing (`&[i32; 3]` → `&[i32]`), never-to-any, reborrows,
  default binding modes in patterns (`Deref` patterns and by-ref bindings),
- sugar is gone: method calls are `Call`s of the method's `FnItem` with the receiver as
  first argument; overloaded operators are `Call`s of the trait method (`Add::add`),
  `while` and `for` are `Loop` + `Match` (rustc's desugaring), `?` is a `Match`,
  `if let` is `If` with a `Let` condition.
Built-in operators on primitive types stay `Binary`/`Unary`/`AssignOp`.

This is rustc's THIR (rustc_middle::thir), trimmed to the subset.  It exists so that
MIR building needs to know nothing about inference, method lookup or coercions.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum
from typing import NewType

from rustlet.ast import Align, BinOp, FormatTrait, PrintTarget, StructKind, UnOp
from rustlet.source import Span
from rustlet.types import DefId, TraitRef, Ty

LocalId = NewType("LocalId", int)  # the id of the binding's pattern node (unique per program)


# ───────────────────────────────── definitions ─────────────────────────────────


@dataclass(slots=True)
class GenericParamDef:
    name: str
    index: int  # ParamTy index


@dataclass(slots=True)
class Generics:
    """The type parameters in scope of an item: the parent's (impl or trait, `Self` first
    in a trait) followed by the item's own.  `own_start` is the index of the first own one."""

    params: list[GenericParamDef] = field(default_factory=list)
    own_start: int = 0
    predicates: list[TraitRef] = field(default_factory=list)  # `T: Trait<..>` bounds (incl. where clauses)
    # `I: Iterator<Item = &'a T>` bounds as (trait ref, associated type name, type): mono
    # solves impl parameters that only such a bound determines (`T` here).
    projections: list[tuple[TraitRef, str, Ty]] = field(default_factory=list)
    lifetimes: list[str] = field(default_factory=list)  # `'a` params (for borrowck)
    # `'a: 'b` bounds on lifetime params and in where clauses, as (longer, shorter) names
    # (borrowck: facts the body may assume, requirements at call sites)
    region_bounds: list[tuple[str, str]] = field(default_factory=list)
    # `T: 'a` bounds (on type params, in where clauses, on `impl Trait` params) as
    # (param index, lifetime name): borrowck requires them at call sites
    type_outlives: list[tuple[int, str]] = field(default_factory=list)

    @property
    def count(self) -> int:
        return len(self.params)


@dataclass(slots=True)
class FieldDef:
    name: str  # the decimal index for tuple fields
    ty: Ty  # may mention the ADT's ParamTys
    is_pub: bool
    span: Span


@dataclass(slots=True)
class VariantDef:
    name: str
    def_id: DefId
    kind: StructKind
    fields: list[FieldDef]
    discriminant: int  # explicit or implicit (previous + 1), as rustc assigns them
    span: Span


class AdtKind(Enum):
    STRUCT = "struct"
    ENUM = "enum"


@dataclass(slots=True)
class AdtDef:
    def_id: DefId
    name: str  # `Option`
    path: str  # `std::option::Option`, `main::geometry::Point`
    kind: AdtKind
    generics: Generics
    variants: list[VariantDef]  # a struct has exactly one
    derives: list[str]  # trait names from #[derive(…)]
    span: Span
    repr_int: str | None = None  # `#[repr(u8)]` etc.
    discr_ty: Ty | None = None  # integer type of the discriminant (isize unless repr says)


class SelfKind(Enum):
    NONE = "none"  # associated function / free function
    VALUE = "self"
    REF = "&self"
    REF_MUT = "&mut self"
    OTHER = "self: T"


@dataclass(slots=True)
class FnSig:
    inputs: tuple[Ty, ...]
    output: Ty


@dataclass(slots=True)
class Param:
    pat: Pat  # `self` is a Binding pattern named "self"
    ty: Ty


@dataclass(slots=True)
class FnDef:
    """A function with a signature: free fn, method, associated fn, trait method (with
    or without default body), closure body, or intrinsic (no body, `#[intrinsic]`)."""

    def_id: DefId
    name: str
    path: str  # `main::geometry::area`, `std::vec::Vec::push`, `main::main::{closure#0}`
    generics: Generics
    sig: FnSig
    params: list[Param]
    body: Expr | None  # None: required trait method or intrinsic
    span: Span
    self_kind: SelfKind = SelfKind.NONE
    impl_of: DefId | None = None  # the impl block containing it
    trait_of: DefId | None = None  # the trait declaring it (trait items and impl items of a trait impl)
    is_intrinsic: bool = False
    inline: str | None = None  # "hint", "always", "never"
    cold: bool = False
    closure_kind: str | None = None  # "Fn" / "FnMut" / "FnOnce" for closure bodies
    upvars: list[Upvar] = field(default_factory=list)  # for closure bodies
    crate: str = "main"


@dataclass(slots=True)
class ConstDef:
    def_id: DefId
    name: str
    path: str
    ty: Ty
    body: Expr | None  # None: required associated const of a trait
    value: ConstValue | None  # evaluated at compile time when possible
    span: Span


@dataclass(slots=True)
class StaticDef:
    def_id: DefId
    name: str
    path: str
    ty: Ty
    body: Expr
    value: ConstValue | None
    mutable: bool
    span: Span


@dataclass(slots=True)
class TraitItemDef:
    name: str
    def_id: DefId
    kind: str  # "fn", "const", "type"
    has_default: bool


@dataclass(slots=True)
class TraitDef:
    def_id: DefId
    name: str
    path: str
    generics: Generics  # Self is param 0
    supertraits: list[TraitRef]
    items: list[TraitItemDef]
    span: Span
    is_object_safe: bool = True


@dataclass(slots=True)
class ImplDef:
    def_id: DefId
    generics: Generics
    self_ty: Ty
    trait_ref: TraitRef | None  # None for inherent impls
    items: dict[str, DefId]  # name → fn / const def
    assoc_types: dict[str, Ty]  # `type Item = T;`
    span: Span


@dataclass(slots=True)
class Program:
    """Everything typeck knows that later stages need."""

    adts: dict[DefId, AdtDef]
    fns: dict[DefId, FnDef]
    consts: dict[DefId, ConstDef]
    statics: dict[DefId, StaticDef]
    traits: dict[DefId, TraitDef]
    impls: dict[DefId, ImplDef]
    main_fn: DefId | None
    lang_items: dict[str, DefId]  # "Option", "Some", "None", "String", "Vec", "Box", "Drop", "Copy", "Clone", …
    # Body-local data, keyed by LocalId: every binding of every body in the program.
    locals: dict[LocalId, LocalInfo]


@dataclass(slots=True)
class LocalInfo:
    name: str
    ty: Ty
    mutable: bool  # `mut` written
    span: Span


# ───────────────────────────────── constants ─────────────────────────────────


@dataclass(frozen=True, slots=True)
class ConstValue:
    """A compile-time value: int (any width, as a Python int with the type's sign),
    float, bool, char (as a str), `&'static str` (str), unit (None), or an aggregate
    (tuple of ConstValues for tuples/arrays/structs; enum: (variant_index, fields))."""

    ty: Ty
    value: object


# ───────────────────────────────── expressions ─────────────────────────────────


@dataclass(slots=True, eq=False)
class Expr:
    ty: Ty = field(kw_only=True)
    span: Span = field(kw_only=True)


@dataclass(slots=True, eq=False)
class Literal(Expr):
    """int → Python int, float → Python float (already rounded to f32 for f32), bool,
    char → str of length 1, &'static str → str, a byte string (`&'static [u8; N]`) → bytes."""

    value: int | float | bool | str | bytes


@dataclass(slots=True, eq=False)
class LocalVar(Expr):
    """A place: a local binding (or parameter, or the `self` parameter)."""

    local: LocalId


@dataclass(slots=True, eq=False)
class UpvarRef(Expr):
    """A captured variable used inside a closure body: `index` into the closure's upvars.
    By-ref captures have type T here (the place), the deref of the stored reference is implied."""

    index: int


@dataclass(slots=True, eq=False)
class FnItem(Expr):
    """A function item value (`foo::<i32>`, `Vec::<T>::push`, `<T as Add>::add`); type FnDefTy.
    For a trait method, `args` are the trait's params (Self first) then the method's own:
    mono resolves it to the impl."""

    def_id: DefId
    args: tuple[Ty, ...]


@dataclass(slots=True, eq=False)
class ConstRef(Expr):
    def_id: DefId
    args: tuple[Ty, ...] = ()


@dataclass(slots=True, eq=False)
class StaticRef(Expr):
    """A place: the static's memory."""

    def_id: DefId


@dataclass(slots=True, eq=False)
class Call(Expr):
    func: Expr  # FnItem, a closure value, or a fn pointer
    args: list[Expr]
    from_method: bool = False  # for diagnostics (`x.len()` vs `len(x)`)
    from_overloaded_op: bool = False


@dataclass(slots=True, eq=False)
class Deref(Expr):
    """A place: `*e` for a built-in pointer (`&T`, `&mut T`, `Box<T>`, raw)."""

    operand: Expr


@dataclass(slots=True, eq=False)
class Borrow(Expr):
    """`&place` / `&mut place` (explicit or from an adjustment)."""

    place: Expr
    mutable: bool


@dataclass(slots=True, eq=False)
class FieldAccess(Expr):
    """A place: field `field` of a struct/tuple, or of a variant after a downcast in
    patterns only (expressions never downcast)."""

    base: Expr
    field: int


@dataclass(slots=True, eq=False)
class IndexExpr(Expr):
    """A place: built-in indexing of an array or slice by `usize` (bounds-checked)."""

    base: Expr
    index: Expr


@dataclass(slots=True, eq=False)
class Unary(Expr):
    """Built-in `-x` / `!x` on primitives."""

    op: UnOp
    operand: Expr


@dataclass(slots=True, eq=False)
class Binary(Expr):
    """Built-in arithmetic, bitwise, shift and comparison on primitives (not && / ||)."""

    op: BinOp
    lhs: Expr
    rhs: Expr


@dataclass(slots=True, eq=False)
class Logical(Expr):
    """`&&` / `||` (short-circuit); op is BinOp.AND or BinOp.OR."""

    op: BinOp
    lhs: Expr
    rhs: Expr


class CastKind(Enum):
    INT_TO_INT = "int->int"
    INT_TO_FLOAT = "int->float"
    FLOAT_TO_INT = "float->int"  # saturating
    FLOAT_TO_FLOAT = "float->float"
    BOOL_TO_INT = "bool->int"
    CHAR_TO_INT = "char->int"
    U8_TO_CHAR = "u8->char"
    ENUM_TO_INT = "enum->int"  # fieldless enum discriminant
    PTR_TO_PTR = "ptr->ptr"  # stdlib only
    FN_TO_PTR = "fn->ptr"  # reify a fn item to a fn pointer
    CLOSURE_TO_FN_PTR = "closure->fnptr"  # non-capturing closure
    UNSIZE = "unsize"  # &[T; N] → &[T], &T → &dyn Trait, Box<T> → Box<dyn Trait>
    NEVER_TO_ANY = "never->any"
    IDENTITY = "identity"  # `x as T` where x: T


@dataclass(slots=True, eq=False)
class Cast(Expr):
    kind: CastKind
    operand: Expr


@dataclass(slots=True, eq=False)
class Assign(Expr):
    place: Expr
    value: Expr


@dataclass(slots=True, eq=False)
class AssignOp(Expr):
    """Built-in compound assignment on primitives (`x += 1`)."""

    op: BinOp
    place: Expr
    value: Expr


@dataclass(slots=True, eq=False)
class AdtExpr(Expr):
    """Struct / enum variant construction (also tuple-struct constructors applied to
    arguments and unit variants used as values)."""

    adt: DefId
    variant: int
    args: tuple[Ty, ...]
    fields: list[tuple[int, Expr]]  # (field index, value) in source order
    base: Expr | None = None  # `..base` (functional record update)


@dataclass(slots=True, eq=False)
class TupleExpr(Expr):
    elems: list[Expr]


@dataclass(slots=True, eq=False)
class ArrayExpr(Expr):
    elems: list[Expr]


@dataclass(slots=True, eq=False)
class RepeatExpr(Expr):
    elem: Expr
    count: int


@dataclass(slots=True, eq=False)
class Block(Expr):
    stmts: list[Stmt]
    expr: Expr | None  # the tail expression; None → `()` (or `!` if the block diverges)
    label_id: int | None = None  # set for labeled blocks `'a: {}` (target of `break 'a`)


@dataclass(slots=True, eq=False)
class If(Expr):
    cond: Expr  # bool expression, or `Let`
    then: Block
    else_: Expr | None


@dataclass(slots=True, eq=False)
class Let(Expr):
    """`let PAT = EXPR` as an `if` condition (type bool)."""

    pat: Pat
    expr: Expr


@dataclass(slots=True, eq=False)
class Loop(Expr):
    """`loop`, and the desugaring of `while` and `for`.  `loop_id` is what Break/Continue name."""

    body: Block
    loop_id: int


@dataclass(slots=True, eq=False)
class Arm:
    pat: Pat
    guard: Expr | None
    body: Expr
    span: Span


class MatchSource(Enum):
    """Where a `Match` comes from (rustc's hir::MatchSource): pattern checking words its
    diagnostics by it."""

    NORMAL = "match"
    FOR_LOOP = "for"  # arms exactly `None => break`, `Some(PAT) => body`
    WHILE_LET = "while let"  # arms exactly `PAT => body`, `_ => break`
    TRY = "?"  # the `?` operator


@dataclass(slots=True, eq=False)
class Match(Expr):
    scrutinee: Expr  # a place expression (or a temporary)
    arms: list[Arm]
    source: MatchSource = field(default=MatchSource.NORMAL, kw_only=True)


@dataclass(slots=True, eq=False)
class Break(Expr):
    target: int  # loop_id / label_id
    value: Expr | None


@dataclass(slots=True, eq=False)
class Continue(Expr):
    target: int


@dataclass(slots=True, eq=False)
class Return(Expr):
    value: Expr | None


class CaptureKind(Enum):
    BY_REF = "ref"
    BY_MUT_REF = "mut ref"
    BY_VALUE = "value"


@dataclass(slots=True)
class Upvar:
    local: LocalId  # the captured variable in the enclosing body
    kind: CaptureKind
    ty: Ty  # type stored in the closure (T, &T, &mut T)


@dataclass(slots=True, eq=False)
class Closure(Expr):
    """Creates the closure value; its body is `Program.fns[def_id]` (closure_kind set)."""

    def_id: DefId
    captures: list[Expr]  # one per upvar, in order: the place (BY_VALUE) or a Borrow of it


@dataclass(slots=True, eq=False)
class FormatPiece:
    """One placeholder of a FormatArgs: argument index and its spec (see ast.FormatPlaceholder)."""

    arg_index: int
    trait: FormatTrait
    fill: str = " "
    align: Align = Align.UNKNOWN
    sign_plus: bool = False
    sign_minus: bool = False
    alternate: bool = False
    zero_pad: bool = False
    debug_hex: str | None = None
    width: int | None = None  # literal width
    width_arg: int | None = None  # or index of a usize argument
    precision: int | None = None
    precision_arg: int | None = None


@dataclass(slots=True, eq=False)
class FormatArgs(Expr):
    """Type: fmt::Arguments.  `args` are typed; each argument is evaluated once, in order,
    and formatted by reference (as rustc does, the values are borrowed, not moved)."""

    pieces: list[str | FormatPiece]
    args: list[Expr]


@dataclass(slots=True, eq=False)
class Print(Expr):
    target: PrintTarget
    args: FormatArgs


@dataclass(slots=True, eq=False)
class FormatString(Expr):
    """`format!` → String."""

    args: FormatArgs


@dataclass(slots=True, eq=False)
class Panic(Expr):
    args: FormatArgs


@dataclass(slots=True, eq=False)
class VecLiteral(Expr):
    """`vec![…]` (elems) or `vec![x; n]` (repeat_elem/repeat_count)."""

    elems: list[Expr] | None
    repeat_elem: Expr | None = None
    repeat_count: Expr | None = None


# ───────────────────────────────── statements ─────────────────────────────────


@dataclass(slots=True, eq=False)
class LetStmt:
    pat: Pat
    init: Expr | None
    else_block: Block | None
    span: Span


@dataclass(slots=True, eq=False)
class ExprStmt:
    expr: Expr
    span: Span


Stmt = LetStmt | ExprStmt


# ───────────────────────────────── patterns ─────────────────────────────────


@dataclass(slots=True, eq=False)
class Pat:
    ty: Ty = field(kw_only=True)
    span: Span = field(kw_only=True)


@dataclass(slots=True, eq=False)
class WildPat(Pat):
    pass


class BindingMode(Enum):
    BY_VALUE = "value"
    BY_REF = "ref"
    BY_REF_MUT = "ref mut"


@dataclass(slots=True, eq=False)
class BindingPat(Pat):
    """`x`, `mut x`, `ref x`, `x @ sub`.  `ty` is the scrutinee's type at this point;
    the local's own type is `Program.locals[local].ty` (a reference for by-ref modes)."""

    local: LocalId
    name: str
    mode: BindingMode
    mutable: bool
    subpattern: Pat | None = None


@dataclass(slots=True, eq=False)
class FieldPat:
    field: int
    pat: Pat


@dataclass(slots=True, eq=False)
class VariantPat(Pat):
    """An enum variant: `Some(x)`, `Shape::Circle { r }`, `Color::Red`."""

    adt: DefId
    variant: int
    args: tuple[Ty, ...]
    subpatterns: list[FieldPat]  # only the fields mentioned


@dataclass(slots=True, eq=False)
class LeafPat(Pat):
    """A struct or tuple pattern (irrefutable shape): `(a, b)`, `Point { x, .. }`."""

    subpatterns: list[FieldPat]


@dataclass(slots=True, eq=False)
class DerefPat(Pat):
    """`&p` / `&mut p`, and the derefs inserted by default binding modes."""

    subpattern: Pat


@dataclass(slots=True, eq=False)
class ConstantPat(Pat):
    """A literal or const: int, float, bool, char, &str."""

    value: ConstValue


@dataclass(slots=True, eq=False)
class RangePat(Pat):
    lo: ConstValue | None  # None: open (`..=5`)
    hi: ConstValue | None  # None: open (`5..`)
    inclusive: bool


@dataclass(slots=True, eq=False)
class OrPat(Pat):
    alts: list[Pat]
