"""The abstract syntax tree: declarations only.

The parser (`rustlet.syntax`) builds these nodes; later stages never mutate them
(resolve and typeck keep side tables keyed by `Node.id`, as Crafting Interpreters'
resolver does).  Every node carries a `span` and a crate-wide unique `id`.

Built-in macros are expanded by the syntax stage, so no macro invocation survives
here except through the dedicated nodes `FormatArgs`, `MacroPrint`, `MacroFormat`,
`MacroPanic` and `MacroVec` (see their docstrings).  `assert!`, `assert_eq!`,
`unreachable!`, `todo!` … are expanded into ordinary `If`/`Match` nodes around a
`MacroPanic`, exactly as rustc's expansions do.

Conventions
- Optional children are `None`, sequences are `list`s.
- Identifiers are plain `str`; a node that needs the span of its name has a
  `name_span` field.
- `mutable: bool` everywhere means the `mut` keyword was written.
"""
from __future__ import annotations

import itertools
from dataclasses import dataclass, field, fields, is_dataclass
from enum import Enum

from rustlet.source import Span

_next_node_id = itertools.count(1)


def fresh_id() -> int:
    return next(_next_node_id)


@dataclass(slots=True, eq=False)
class Node:
    span: Span = field(kw_only=True)
    id: int = field(default_factory=fresh_id, kw_only=True)


# ───────────────────────────── paths and generics ─────────────────────────────


@dataclass(slots=True, eq=False)
class Lifetime(Node):
    name: str  # `'a`, `'static`, `'_`


@dataclass(slots=True, eq=False)
class AssocBinding(Node):
    """`Item = T` inside generic args (`Iterator<Item = T>`)."""

    name: str
    ty: Type


@dataclass(slots=True, eq=False)
class GenericArgs(Node):
    """`<A, 'a, Item = B>`; for `Fn(A, B) -> C` sugar, `parenthesized` is set, `args` holds
    the inputs and `output` the return type (None for `()`)."""

    args: list[Type | Lifetime | Expr] = field(default_factory=list)  # Expr: const argument
    bindings: list[AssocBinding] = field(default_factory=list)
    parenthesized: bool = False
    output: Type | None = None


@dataclass(slots=True, eq=False)
class PathSegment(Node):
    name: str  # identifier, or `self` `super` `crate` `Self`
    generic_args: GenericArgs | None = None  # `Vec::<i32>` in expressions, `Vec<i32>` in types


@dataclass(slots=True, eq=False)
class Path(Node):
    segments: list[PathSegment]
    global_: bool = False  # leading `::`

    def names(self) -> list[str]:
        return [s.name for s in self.segments]


@dataclass(slots=True, eq=False)
class QSelf(Node):
    """`<T as Trait>::Name` → ty=T, trait_path=Trait; `<T>::Name` → trait_path=None."""

    ty: Type
    trait_path: Path | None


@dataclass(slots=True, eq=False)
class TraitBound(Node):
    path: Path
    maybe: bool = False  # `?Sized`
    for_lifetimes: list[str] = field(default_factory=list)  # `for<'a>` (higher-ranked)


@dataclass(slots=True, eq=False)
class LifetimeBound(Node):
    lifetime: Lifetime


GenericBound = TraitBound | LifetimeBound


@dataclass(slots=True, eq=False)
class LifetimeParam(Node):
    name: str
    bounds: list[Lifetime] = field(default_factory=list)


@dataclass(slots=True, eq=False)
class TypeParam(Node):
    name: str
    bounds: list[GenericBound] = field(default_factory=list)
    default: Type | None = None


@dataclass(slots=True, eq=False)
class ConstParam(Node):
    """`const N: usize` — parsed so the error can name it; const generics are outside the subset."""

    name: str
    ty: Type
    default: Expr | None = None


GenericParam = LifetimeParam | TypeParam | ConstParam


@dataclass(slots=True, eq=False)
class WherePredicate(Node):
    """`T: Bound + 'a` (bounded_ty set) or `'a: 'b` (lifetime set)."""

    bounded_ty: Type | None
    bounds: list[GenericBound] = field(default_factory=list)
    lifetime: Lifetime | None = None
    lifetime_bounds: list[Lifetime] = field(default_factory=list)
    for_lifetimes: list[str] = field(default_factory=list)


@dataclass(slots=True, eq=False)
class Generics(Node):
    params: list[GenericParam] = field(default_factory=list)
    where_clause: list[WherePredicate] = field(default_factory=list)


# ─────────────────────────────────── types ───────────────────────────────────


@dataclass(slots=True, eq=False)
class PathType(Node):
    path: Path
    qself: QSelf | None = None


@dataclass(slots=True, eq=False)
class RefType(Node):
    inner: Type
    mutable: bool = False
    lifetime: Lifetime | None = None


@dataclass(slots=True, eq=False)
class RawPtrType(Node):
    """`*const T` / `*mut T` — outside the subset for user code."""

    inner: Type
    mutable: bool


@dataclass(slots=True, eq=False)
class TupleType(Node):
    elems: list[Type]  # `()` is the empty tuple


@dataclass(slots=True, eq=False)
class ArrayType(Node):
    elem: Type
    length: Expr


@dataclass(slots=True, eq=False)
class SliceType(Node):
    elem: Type


@dataclass(slots=True, eq=False)
class NeverType(Node):
    pass


@dataclass(slots=True, eq=False)
class InferType(Node):
    """`_` in type position."""


@dataclass(slots=True, eq=False)
class ImplTraitType(Node):
    bounds: list[GenericBound]


@dataclass(slots=True, eq=False)
class DynTraitType(Node):
    bounds: list[GenericBound]
    explicit_dyn: bool = True  # False for bare trait objects (an error in edition 2021)


@dataclass(slots=True, eq=False)
class FnPtrType(Node):
    params: list[Type]
    ret: Type | None


Type = PathType | RefType | RawPtrType | TupleType | ArrayType | SliceType | NeverType | InferType | ImplTraitType | DynTraitType | FnPtrType


# ────────────────────────────────── patterns ──────────────────────────────────


@dataclass(slots=True, eq=False)
class WildPat(Node):
    pass


@dataclass(slots=True, eq=False)
class RestPat(Node):
    """`..` inside a tuple, tuple-struct or slice pattern."""


@dataclass(slots=True, eq=False)
class IdentPat(Node):
    """`x`, `mut x`, `ref x`, `ref mut x`, `x @ sub`.  A lone identifier may name a unit
    struct, unit variant or const instead of a new binding: resolve decides."""

    name: str
    by_ref: bool = False
    mutable: bool = False
    subpattern: Pat | None = None


@dataclass(slots=True, eq=False)
class LitPat(Node):
    """A literal, possibly negated (`-1`): `expr` is a `Lit` or `Unary(NEG, Lit)`."""

    expr: Expr


@dataclass(slots=True, eq=False)
class RangePat(Node):
    """`a..=b`, `a..b`, `a..`, `..=b`; bounds are literal or path expressions."""

    lo: Expr | None
    hi: Expr | None
    inclusive: bool


@dataclass(slots=True, eq=False)
class TuplePat(Node):
    elems: list[Pat]  # may contain one RestPat


@dataclass(slots=True, eq=False)
class FieldPat(Node):
    name: str  # field name, or a decimal index for `S { 0: x }`
    pat: Pat
    shorthand: bool = False  # `S { x }` / `S { ref mut x }`


@dataclass(slots=True, eq=False)
class StructPat(Node):
    path: Path
    fields: list[FieldPat]
    has_rest: bool = False
    qself: QSelf | None = None


@dataclass(slots=True, eq=False)
class TupleStructPat(Node):
    path: Path
    elems: list[Pat]  # may contain one RestPat
    qself: QSelf | None = None


@dataclass(slots=True, eq=False)
class PathPat(Node):
    """A multi-segment path in pattern position: `Color::Red`, `i32::MAX`, `None` written
    as `Option::None`."""

    path: Path
    qself: QSelf | None = None


@dataclass(slots=True, eq=False)
class RefPat(Node):
    pat: Pat
    mutable: bool = False


@dataclass(slots=True, eq=False)
class OrPat(Node):
    alts: list[Pat]


@dataclass(slots=True, eq=False)
class SlicePat(Node):
    """`[a, .., b]` — slice patterns are outside the subset; parsed to name them."""

    elems: list[Pat]


Pat = WildPat | RestPat | IdentPat | LitPat | RangePat | TuplePat | StructPat | TupleStructPat | PathPat | RefPat | OrPat | SlicePat


# ──────────────────────────────── expressions ────────────────────────────────


class LitKind(Enum):
    INT = "int"  # value: int
    FLOAT = "float"  # value: str (the digits as written, without `_` and suffix)
    BOOL = "bool"  # value: bool
    CHAR = "char"  # value: str of length 1
    STR = "str"  # value: str (escapes processed)
    BYTE = "byte"  # b'a': value: int
    BYTE_STR = "byte_str"  # b"ab": value: bytes


@dataclass(slots=True, eq=False)
class Lit(Node):
    kind: LitKind
    value: int | str | bool | bytes
    suffix: str | None = None  # `u8`, `i64`, `f32`, …


class BinOp(Enum):
    ADD = "+"
    SUB = "-"
    MUL = "*"
    DIV = "/"
    REM = "%"
    AND = "&&"
    OR = "||"
    BIT_AND = "&"
    BIT_OR = "|"
    BIT_XOR = "^"
    SHL = "<<"
    SHR = ">>"
    EQ = "=="
    NE = "!="
    LT = "<"
    LE = "<="
    GT = ">"
    GE = ">="


class UnOp(Enum):
    NEG = "-"
    NOT = "!"
    DEREF = "*"


@dataclass(slots=True, eq=False)
class PathExpr(Node):
    path: Path
    qself: QSelf | None = None


@dataclass(slots=True, eq=False)
class Unary(Node):
    op: UnOp
    operand: Expr


@dataclass(slots=True, eq=False)
class Binary(Node):
    op: BinOp
    lhs: Expr
    rhs: Expr


@dataclass(slots=True, eq=False)
class Assign(Node):
    lhs: Expr
    rhs: Expr


@dataclass(slots=True, eq=False)
class AssignOp(Node):
    """`lhs op= rhs`; op is one of the arithmetic / bitwise BinOps."""

    op: BinOp
    lhs: Expr
    rhs: Expr


@dataclass(slots=True, eq=False)
class AddrOf(Node):
    operand: Expr
    mutable: bool = False


@dataclass(slots=True, eq=False)
class Cast(Node):
    expr: Expr
    ty: Type


@dataclass(slots=True, eq=False)
class Call(Node):
    func: Expr
    args: list[Expr]


@dataclass(slots=True, eq=False)
class MethodCall(Node):
    receiver: Expr
    method: str
    name_span: Span
    generic_args: GenericArgs | None
    args: list[Expr]


@dataclass(slots=True, eq=False)
class Field(Node):
    """`e.name` or `e.0` (name is then the decimal index as a string)."""

    expr: Expr
    name: str
    name_span: Span


@dataclass(slots=True, eq=False)
class Index(Node):
    expr: Expr
    index: Expr


@dataclass(slots=True, eq=False)
class Range(Node):
    start: Expr | None
    end: Expr | None
    inclusive: bool = False


@dataclass(slots=True, eq=False)
class Tuple(Node):
    elems: list[Expr]  # `()` is the empty tuple


@dataclass(slots=True, eq=False)
class Array(Node):
    elems: list[Expr]


@dataclass(slots=True, eq=False)
class Repeat(Node):
    """`[elem; count]`."""

    elem: Expr
    count: Expr


@dataclass(slots=True, eq=False)
class FieldInit(Node):
    name: str  # or a decimal index for `S { 0: x }`
    expr: Expr
    shorthand: bool = False  # `S { x }`


@dataclass(slots=True, eq=False)
class StructLit(Node):
    path: Path
    fields: list[FieldInit]
    base: Expr | None = None  # `..base`
    qself: QSelf | None = None


@dataclass(slots=True, eq=False)
class Block(Node):
    stmts: list[Stmt]
    expr: Expr | None = None  # trailing expression without `;`
    unsafe: bool = False  # outside the subset


@dataclass(slots=True, eq=False)
class BlockExpr(Node):
    block: Block
    label: str | None = None  # `'a: { … }`


@dataclass(slots=True, eq=False)
class Let(Node):
    """`let PAT = EXPR` as the condition of `if` / `while` (`if let`, `while let`)."""

    pat: Pat
    expr: Expr


@dataclass(slots=True, eq=False)
class If(Node):
    cond: Expr  # may be a `Let`
    then: Block
    else_: Expr | None = None  # a BlockExpr or another If


@dataclass(slots=True, eq=False)
class While(Node):
    cond: Expr  # may be a `Let`
    body: Block
    label: str | None = None


@dataclass(slots=True, eq=False)
class Loop(Node):
    body: Block
    label: str | None = None


@dataclass(slots=True, eq=False)
class ForLoop(Node):
    pat: Pat
    iter: Expr
    body: Block
    label: str | None = None


@dataclass(slots=True, eq=False)
class Arm(Node):
    pat: Pat
    guard: Expr | None
    body: Expr


@dataclass(slots=True, eq=False)
class Match(Node):
    scrutinee: Expr
    arms: list[Arm]


@dataclass(slots=True, eq=False)
class ClosureParam(Node):
    pat: Pat
    ty: Type | None = None


@dataclass(slots=True, eq=False)
class Closure(Node):
    params: list[ClosureParam]
    ret: Type | None
    body: Expr
    is_move: bool = False


@dataclass(slots=True, eq=False)
class Break(Node):
    label: str | None = None
    expr: Expr | None = None


@dataclass(slots=True, eq=False)
class Continue(Node):
    label: str | None = None


@dataclass(slots=True, eq=False)
class Return(Node):
    expr: Expr | None = None


@dataclass(slots=True, eq=False)
class Try(Node):
    """`expr?`."""

    expr: Expr


@dataclass(slots=True, eq=False)
class Underscore(Node):
    """`_` on the left of a destructuring assignment."""


# ── built-in macros, after expansion ──


class FormatTrait(Enum):
    """Which formatting trait a placeholder uses (`{}` Display, `{:?}` Debug, `{:x}` LowerHex …)."""

    DISPLAY = ""
    DEBUG = "?"
    LOWER_HEX = "x"
    UPPER_HEX = "X"
    OCTAL = "o"
    BINARY = "b"
    LOWER_EXP = "e"
    UPPER_EXP = "E"


class Align(Enum):
    UNKNOWN = 0
    LEFT = 1
    RIGHT = 2
    CENTER = 3


@dataclass(slots=True, eq=False)
class FormatCount:
    """A width or precision: a literal number, or the index of a `usize` argument
    (`{:1$}`, `{:width$}`, `{:.*}` — all resolved to argument indices by the expander)."""

    literal: int | None = None
    arg_index: int | None = None


@dataclass(slots=True, eq=False)
class FormatPlaceholder:
    arg_index: int  # index into FormatArgs.args
    trait: FormatTrait
    span: Span  # the `{…}` in the string literal
    fill: str = " "
    align: Align = Align.UNKNOWN
    sign_plus: bool = False
    sign_minus: bool = False
    alternate: bool = False  # `#`
    zero_pad: bool = False  # `0`
    debug_hex: str | None = None  # `x` for `{:x?}`, `X` for `{:X?}`
    width: FormatCount | None = None
    precision: FormatCount | None = None


@dataclass(slots=True, eq=False)
class FormatArgs(Node):
    """`format_args!`: the template split into literal pieces and placeholders, and the
    argument expressions.  Named and inline (`{x}`) arguments have been turned into
    extra positional arguments; every argument is used at least once (rustc's
    "argument never used" error is reported by the expander).  Type: `fmt::Arguments`."""

    pieces: list[str | FormatPlaceholder]
    args: list[Expr]


class PrintTarget(Enum):
    STDOUT = 1
    STDERR = 2


@dataclass(slots=True, eq=False)
class MacroPrint(Node):
    """`print!` `println!` `eprint!` `eprintln!` (the newline is already in `args.pieces`). Type `()`."""

    target: PrintTarget
    args: FormatArgs


@dataclass(slots=True, eq=False)
class MacroFormat(Node):
    """`format!(…)`. Type `String`."""

    args: FormatArgs


@dataclass(slots=True, eq=False)
class MacroPanic(Node):
    """`panic!(…)` and the panics inside expanded `assert!` / `unreachable!` / `todo!` /
    `unimplemented!`; the message is fully formatted by `args`.  Type `!`."""

    args: FormatArgs


@dataclass(slots=True, eq=False)
class MacroVec(Node):
    """`vec![a, b, c]` (elems) or `vec![x; n]` (repeat_elem, repeat_count). Type `Vec<T>`."""

    elems: list[Expr] | None = None
    repeat_elem: Expr | None = None
    repeat_count: Expr | None = None


Expr = (
    Lit | PathExpr | Unary | Binary | Assign | AssignOp | AddrOf | Cast | Call | MethodCall | Field | Index
    | Range | Tuple | Array | Repeat | StructLit | BlockExpr | Let | If | While | Loop | ForLoop | Match
    | Closure | Break | Continue | Return | Try | Underscore | FormatArgs | MacroPrint | MacroFormat
    | MacroPanic | MacroVec
)


# ──────────────────────────────── statements ────────────────────────────────


@dataclass(slots=True, eq=False)
class LetStmt(Node):
    pat: Pat
    ty: Type | None = None
    init: Expr | None = None
    else_block: Block | None = None  # `let PAT = EXPR else { … };`


@dataclass(slots=True, eq=False)
class ExprStmt(Node):
    expr: Expr
    has_semi: bool  # a block-like expression without `;` in the middle of a block has has_semi=False


@dataclass(slots=True, eq=False)
class ItemStmt(Node):
    item: Item


@dataclass(slots=True, eq=False)
class EmptyStmt(Node):
    """A lone `;`."""


Stmt = LetStmt | ExprStmt | ItemStmt | EmptyStmt


# ──────────────────────────────────── items ────────────────────────────────────


class Visibility(Enum):
    PRIVATE = "private"
    PUB = "pub"
    PUB_CRATE = "pub(crate)"
    PUB_SUPER = "pub(super)"
    PUB_SELF = "pub(self)"
    PUB_IN = "pub(in path)"


@dataclass(slots=True, eq=False)
class Attribute(Node):
    """`#[name]`, `#[name(a, b(c))]`, `#[name = "lit"]`; inner attributes `#![…]` have inner=True.
    `args` is None for the bare form; nested lists are kept as `Attribute`s."""

    name: str  # the path as written, `derive`, `allow`, `inline`, `rustfmt::skip`
    args: list[Attribute] | None = None
    value: str | None = None  # for `#[name = "lit"]`
    inner: bool = False


@dataclass(slots=True, eq=False)
class Param(Node):
    pat: Pat
    ty: Type


class SelfKind(Enum):
    VALUE = "self"  # `self` / `mut self`
    REF = "&self"
    REF_MUT = "&mut self"
    EXPLICIT = "self: T"  # `self: Box<Self>` and friends


@dataclass(slots=True, eq=False)
class SelfParam(Node):
    kind: SelfKind
    mutable: bool = False  # `mut self`
    lifetime: Lifetime | None = None  # `&'a self`
    explicit_ty: Type | None = None


@dataclass(slots=True, eq=False)
class FnDecl(Node):
    """A function, method, associated function or trait method (body None when required)."""

    name: str
    name_span: Span
    generics: Generics
    self_param: SelfParam | None
    params: list[Param]
    ret: Type | None
    body: Block | None
    vis: Visibility = Visibility.PRIVATE
    attrs: list[Attribute] = field(default_factory=list)
    is_const: bool = False
    is_unsafe: bool = False  # outside the subset
    is_async: bool = False  # outside the subset
    abi: str | None = None  # `extern "C"`: outside the subset


class StructKind(Enum):
    NAMED = "named"  # `struct S { a: T }`
    TUPLE = "tuple"  # `struct S(T);`
    UNIT = "unit"  # `struct S;`


@dataclass(slots=True, eq=False)
class FieldDef(Node):
    name: str | None  # None for tuple fields
    ty: Type
    vis: Visibility = Visibility.PRIVATE
    attrs: list[Attribute] = field(default_factory=list)


@dataclass(slots=True, eq=False)
class StructDecl(Node):
    name: str
    name_span: Span
    generics: Generics
    kind: StructKind
    fields: list[FieldDef]
    vis: Visibility = Visibility.PRIVATE
    attrs: list[Attribute] = field(default_factory=list)


@dataclass(slots=True, eq=False)
class Variant(Node):
    name: str
    name_span: Span
    kind: StructKind
    fields: list[FieldDef]
    discriminant: Expr | None = None
    attrs: list[Attribute] = field(default_factory=list)


@dataclass(slots=True, eq=False)
class EnumDecl(Node):
    name: str
    name_span: Span
    generics: Generics
    variants: list[Variant]
    vis: Visibility = Visibility.PRIVATE
    attrs: list[Attribute] = field(default_factory=list)


@dataclass(slots=True, eq=False)
class ConstDecl(Node):
    """`const NAME: T = e;` (also an associated const; `expr` None for a required trait const)."""

    name: str
    name_span: Span
    ty: Type
    expr: Expr | None
    vis: Visibility = Visibility.PRIVATE
    attrs: list[Attribute] = field(default_factory=list)


@dataclass(slots=True, eq=False)
class StaticDecl(Node):
    name: str
    name_span: Span
    ty: Type
    expr: Expr
    mutable: bool = False  # `static mut`: needs unsafe, outside the subset
    vis: Visibility = Visibility.PRIVATE
    attrs: list[Attribute] = field(default_factory=list)


@dataclass(slots=True, eq=False)
class TypeAliasDecl(Node):
    """`type Name<..> = T;`, or an associated type in a trait (`ty` None, with bounds) or impl."""

    name: str
    name_span: Span
    generics: Generics
    ty: Type | None
    bounds: list[GenericBound] = field(default_factory=list)
    vis: Visibility = Visibility.PRIVATE
    attrs: list[Attribute] = field(default_factory=list)


@dataclass(slots=True, eq=False)
class TraitDecl(Node):
    name: str
    name_span: Span
    generics: Generics
    supertraits: list[GenericBound]
    items: list[FnDecl | ConstDecl | TypeAliasDecl]
    vis: Visibility = Visibility.PRIVATE
    attrs: list[Attribute] = field(default_factory=list)
    is_unsafe: bool = False
    is_auto: bool = False


@dataclass(slots=True, eq=False)
class ImplDecl(Node):
    generics: Generics
    trait_path: Path | None  # None for an inherent impl
    self_ty: Type
    items: list[FnDecl | ConstDecl | TypeAliasDecl]
    negative: bool = False  # `impl !Trait for T`
    attrs: list[Attribute] = field(default_factory=list)
    is_unsafe: bool = False


@dataclass(slots=True, eq=False)
class ModDecl(Node):
    """`mod name { … }` (inline) or `mod name;` (loaded from name.rl beside the file, or
    name/mod.rl; `items` holds the loaded file's items and `file` its SourceMap index)."""

    name: str
    name_span: Span
    items: list[Item]
    inline: bool
    file: int | None = None
    vis: Visibility = Visibility.PRIVATE
    attrs: list[Attribute] = field(default_factory=list)


class UseTreeKind(Enum):
    SIMPLE = "simple"  # `a::b` or `a::b as c`
    GLOB = "glob"  # `a::*`
    NESTED = "nested"  # `a::{b, c::d}`


@dataclass(slots=True, eq=False)
class UseTree(Node):
    prefix: Path  # may be empty (`use {a, b};` or `use ::*`)
    kind: UseTreeKind
    rename: str | None = None  # `as name` (`_` allowed)
    nested: list[UseTree] = field(default_factory=list)


@dataclass(slots=True, eq=False)
class UseDecl(Node):
    tree: UseTree
    vis: Visibility = Visibility.PRIVATE
    attrs: list[Attribute] = field(default_factory=list)


@dataclass(slots=True, eq=False)
class MacroRulesDecl(Node):
    """`macro_rules! name { … }` — outside the subset; parsed so the error can name it."""

    name: str
    attrs: list[Attribute] = field(default_factory=list)


@dataclass(slots=True, eq=False)
class ExternCrateDecl(Node):
    """`extern crate name;` — external crates are outside the subset."""

    name: str
    attrs: list[Attribute] = field(default_factory=list)


Item = (
    FnDecl | StructDecl | EnumDecl | ConstDecl | StaticDecl | TypeAliasDecl | TraitDecl | ImplDecl | ModDecl
    | UseDecl | MacroRulesDecl | ExternCrateDecl
)


@dataclass(slots=True, eq=False)
class Crate(Node):
    name: str  # "main" for the user's program, "std" for the standard library
    items: list[Item]
    file: int  # SourceMap index of the root file
    attrs: list[Attribute] = field(default_factory=list)  # inner attributes `#![…]`


# ─────────────────────────────────── printer ───────────────────────────────────


def dump(node: object, indent: int = 0) -> str:
    """An indented tree of the node's fields (`--emit=ast`); spans and ids are left out."""
    pad = "  " * indent
    if isinstance(node, list):
        if not node:
            return "[]"
        return "[\n" + "".join(f"{pad}  {dump(x, indent + 1)}\n" for x in node) + f"{pad}]"
    if isinstance(node, Enum):
        return f"{type(node).__name__}.{node.name}"
    if not is_dataclass(node):
        return repr(node)
    parts = []
    for f in fields(node):
        if f.name in ("span", "id", "name_span"):
            continue
        value = getattr(node, f.name)
        if value is None or value == [] or value is False:
            continue
        parts.append(f"{pad}  {f.name}: {dump(value, indent + 1)}")
    if not parts:
        return type(node).__name__
    return f"{type(node).__name__}\n" + "\n".join(parts)
