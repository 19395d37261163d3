"""A generator of random, well-typed, panic-free Rustlet programs.

Every program is valid Rust (edition 2021) that rustc accepts, that never panics
and never reads input, so rustc's binary is an oracle for its stdout.  It has the
shape

    #[derive(Clone, Copy)] struct S0 { f0: T, f1: U, .. }       0-2 structs
    #[derive(Clone, Copy)] enum E0 { V0, V1(T), V2 { x: U } }    0-2 enums
    trait Mix + impls for a few integer types, generic `fold3<T: Mix + Copy>` and
    `pick<T: PartialOrd + Copy>`                                   (sometimes)
    fn f0(p0: T, p1: S0, ..) -> R { statements; result }          2-4 functions
    (half the programs) move closures, Vec locals and iterator chains
    fn main() { calls of every fK with two argument sets, each result printed
                and folded into `cs: u64`; `println!("checksum {}", cs)` }

Function bodies are statement lists over a typed scope stack: `let`/`let mut` of any
type, assignments and `^= |= &=` / float `+=` to mutable locals, `if`/`else`,
`for` over a constant range (`.rev()`, `.step_by(k)`), `while` and `loop` with a
private counter (so every loop ends), array element and struct field stores, a
`match` on an enum value, and `println!` of locals in various formats (`{}`,
`{:?}`, `{:x}`, `{:#b}`, `{:>6}`, `{:.3}`).  Expressions are typed trees, at most
3 deep, over all integer widths, f32/f64 and bool:

  - wrapping_add/sub/mul, saturating_add/sub, & | ^ !, min/max, rotate_left,
    wrapping_shl/shr, count_ones/leading_zeros, wrapping_neg/abs (signed),
    checked_div/checked_rem(..).unwrap_or(..);
  - plain `+ - * / % <<` on operands first reduced by a constant modulus (or made
    odd and positive for `/`), so that they provably cannot overflow;
  - `as` casts between every pair of numeric types and from bool (truncation,
    sign extension, saturating float→int);
  - float + - * /, abs, floor, sqrt, min/max (NaN and infinities print alike);
  - comparisons, ! && ||, `if` and `match` (literal, or-, range and wildcard arms)
    expressions, blocks with a `let`, calls of earlier functions, struct fields,
    array elements `a[(i as usize) % N]`, enum matches binding the payload,
    calls of the generic functions and trait methods;
  - with closures on: calls of `let cK = move |a: T| -> T { .. }` locals (which
    capture Copy locals only, so nothing is moved), `(lo..hi).map(|x| ..)
    [.filter(..)].fold(..)/.count()` chains, and from `Vec<int>` locals (`Vec::new()`
    / `vec![..]`, `push`, element stores guarded by `is_empty`) `len()`, an
    `iter().fold`, an `iter().filter(..).count()` and `iter().copied().max()`.

Nothing can panic: no plain arithmetic on unbounded operands, no division by a
possibly-zero value, array indices reduced modulo the length, literals in range
(rustc's deny-by-default `overflowing_literals` and `arithmetic_overflow` lints
would reject them), functions only call earlier ones (no recursion), loops have
constant trip counts of at most 6.

All randomness goes through a `Choices` object, so the same generator serves
hypothesis (strategies.py: every choice is a draw, and shrinking a failing program
shrinks its choices: the first alternative of every choice is the simplest) and a
plain `random.Random` for reproducing a program from a seed.
"""
from __future__ import annotations

import math
import random
import struct
from dataclasses import dataclass, field
from typing import Protocol, Sequence, TypeVar

T = TypeVar("T")

MAX_DEPTH = 3
MAX_LOOP_TRIPS = 6


class Choices(Protocol):
    """The source of every random decision; lower values are the simpler programs."""

    def integer(self, lo: int, hi: int) -> int: ...

    def floating(self) -> float: ...


class RandomChoices:
    """Choices from a seeded `random.Random`: reproducible programs outside hypothesis."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)

    def integer(self, lo: int, hi: int) -> int:
        return self.rng.randint(lo, hi)

    def floating(self) -> float:
        return self.rng.uniform(-1e6, 1e6)


# ---------------------------------------------------------------------------
# Types


@dataclass(frozen=True, slots=True)
class Ty:
    """A scalar (`i32`, `f64`, `bool`), a struct/enum by name, or an array `[elem; n]`."""

    name: str
    kind: str  # "int", "float", "bool", "struct", "enum", "array", "vec", "closure" (elem → elem)
    bits: int = 0
    signed: bool = False
    elem: Ty | None = None
    length: int = 0

    def __str__(self) -> str:
        if self.kind == "array":
            return f"[{self.elem}; {self.length}]"
        if self.kind == "vec":
            return f"Vec<{self.elem}>"
        return self.name

    @property
    def is_scalar(self) -> bool:
        return self.kind in ("int", "float", "bool")

    @property
    def max(self) -> int:
        return (1 << (self.bits - 1)) - 1 if self.signed else (1 << self.bits) - 1

    @property
    def min(self) -> int:
        return -(1 << (self.bits - 1)) if self.signed else 0


INTS = [Ty(n, "int", b, s) for n, b, s in (
    ("i32", 32, True), ("u8", 8, False), ("i64", 64, True), ("u32", 32, False), ("i8", 8, True),
    ("u16", 16, False), ("i16", 16, True), ("u64", 64, False), ("isize", 64, True), ("usize", 64, False))]
FLOATS = [Ty("f64", "float", 64), Ty("f32", "float", 32)]
BOOL = Ty("bool", "bool")
SCALARS = INTS + FLOATS + [BOOL]
U32 = INTS[3]
U64 = INTS[7]
USIZE = INTS[9]


@dataclass(slots=True)
class StructDef:
    name: str
    fields: list[tuple[str, Ty]]


@dataclass(slots=True)
class EnumDef:
    name: str
    variants: list[tuple[str, str, list[tuple[str, Ty]]]]  # (name, "unit"|"tuple"|"struct", fields)


@dataclass(slots=True)
class FnDef:
    name: str
    params: list[tuple[str, Ty]]
    ret: Ty


@dataclass(slots=True)
class Var:
    name: str
    ty: Ty
    mutable: bool


@dataclass(slots=True)
class Scope:
    vars: list[Var] = field(default_factory=list)


# The trait and generic functions some programs carry (they exercise trait selection
# and monomorphization over several types).
MIX_TYPES = ["u8", "i32", "u64", "i16"]
GENERIC_PRELUDE = """trait Mix: Copy {
    fn mix(self, other: Self) -> Self;
    fn twice(self) -> Self {
        self.mix(self)
    }
}

""" + "".join(f"""impl Mix for {t} {{
    fn mix(self, other: {t}) -> {t} {{
        self.wrapping_mul(31{t}).rotate_left(3) ^ other
    }}
}}

""" for t in MIX_TYPES) + """fn fold3<T: Mix + Copy>(xs: [T; 3]) -> T {
    xs[0].mix(xs[1]).mix(xs[2]).twice()
}

fn pick<T: PartialOrd + Copy>(a: T, b: T, first: bool) -> T {
    if first && a < b { a } else { b }
}

"""


class Generator:
    """Builds one program from a `Choices` stream; `program()` returns its source."""

    def __init__(self, choices: Choices) -> None:
        self.c = choices
        self.structs: list[StructDef] = []
        self.enums: list[EnumDef] = []
        self.fns: list[FnDef] = []
        self.scopes: list[Scope] = []
        self.generic = False
        self.closures = False  # closures, Vec and iterator chains
        self.counter = 0
        self.prints = 0

    # -- choice helpers --------------------------------------------------------

    def pick(self, options: Sequence[T]) -> T:
        return options[self.c.integer(0, len(options) - 1)]

    def chance(self, percent: int) -> bool:
        """True with roughly this probability; False is the simpler outcome."""
        return self.c.integer(0, 99) >= 100 - percent

    def fresh(self, prefix: str) -> str:
        self.counter += 1
        return f"{prefix}{self.counter}"

    # -- types -----------------------------------------------------------------

    def scalar_type(self) -> Ty:
        return self.pick(SCALARS)

    def int_type(self) -> Ty:
        return self.pick(INTS)

    def value_type(self) -> Ty:
        """A type for a local: mostly scalars, sometimes a struct, enum or array."""
        roll = self.c.integer(0, 9)
        if roll == 7 and self.structs:
            return self.struct_ty(self.pick(self.structs))
        if roll == 8 and self.enums:
            return Ty(self.pick(self.enums).name, "enum")
        if roll == 9:
            if self.closures and self.chance(50):
                return Ty("vec", "vec", elem=self.int_type())
            return Ty("array", "array", elem=self.pick(INTS + FLOATS), length=self.c.integer(1, 5))
        return self.scalar_type()

    def struct_ty(self, s: StructDef) -> Ty:
        return Ty(s.name, "struct")

    # -- scopes ----------------------------------------------------------------

    def visible(self, pred) -> list[Var]:  # noqa: ANN001 - a Var predicate
        return [v for scope in self.scopes for v in scope.vars if pred(v)]

    def declare(self, name: str, ty: Ty, mutable: bool) -> None:
        self.scopes[-1].vars.append(Var(name, ty, mutable))

    # -- literals --------------------------------------------------------------

    def int_literal(self, ty: Ty) -> str:
        kind = self.c.integer(0, 5)
        if kind == 0:
            value = self.c.integer(0, 9)
        elif kind == 1:
            value = self.pick([ty.max, ty.min, ty.max - 1, ty.min + 1, 1 << (ty.bits - 2)])
        else:
            value = self.c.integer(ty.min, ty.max)
        return f"({value}{ty.name})" if value < 0 else f"{value}{ty.name}"

    def float_literal(self, ty: Ty) -> str:
        kind = self.c.integer(0, 3)
        if kind == 0:
            value = float(self.c.integer(0, 9))
        elif kind == 1:
            value = self.pick([0.5, -1.0, 0.1, 1e10, 3.25, -0.0, 1e-7, 65504.0])
        else:
            value = self.c.floating()
        if ty.bits == 32:
            # Round through f32 so the literal is in range and prints the same way.
            value = struct.unpack("f", struct.pack("f", value))[0]
        text = repr(value)
        if "inf" in text or "nan" in text:
            text = "1.5"
        if "e" not in text and "." not in text:
            text += ".0"
        return f"({text}{ty.name})" if text.startswith("-") else f"{text}{ty.name}"

    def literal(self, ty: Ty) -> str:
        if ty.kind == "int":
            return self.int_literal(ty)
        if ty.kind == "float":
            return self.float_literal(ty)
        return self.pick(["false", "true"])

    # -- expressions -----------------------------------------------------------

    def expr(self, ty: Ty, depth: int) -> str:
        """An expression of type `ty`; leaves at depth 0."""
        if ty.kind == "struct":
            return self.struct_expr(ty, depth)
        if ty.kind == "enum":
            return self.enum_expr(ty, depth)
        if ty.kind == "array":
            return self.array_expr(ty, depth)
        if ty.kind == "vec":
            assert ty.elem is not None
            if self.chance(50):
                return "Vec::new()"
            return f"vec![{', '.join(self.expr(ty.elem, depth - 1) for _ in range(self.c.integer(1, 4)))}]"
        if depth <= 0 or self.c.integer(0, 3) == 0:
            return self.leaf(ty)
        if ty.kind == "int":
            return self.int_expr(ty, depth - 1)
        if ty.kind == "float":
            return self.float_expr(ty, depth - 1)
        return self.bool_expr(depth - 1)

    def leaf(self, ty: Ty) -> str:
        candidates = self.visible(lambda v: v.ty == ty)
        if candidates and self.c.integer(0, 2) > 0:
            return self.pick(candidates).name
        return self.literal(ty)

    def operand(self, ty: Ty, depth: int) -> str:
        """An expression usable as a method receiver or an operator operand."""
        text = self.expr(ty, depth)
        return text if text.isidentifier() or text.startswith("(") and text.endswith(")") and _balanced(text[1:-1]) else f"({text})"

    def int_expr(self, ty: Ty, d: int) -> str:
        n = ty.name
        form = self.c.integer(0, 22)
        a = lambda: self.operand(ty, d)  # noqa: E731 - evaluated lazily so choices stay in order
        if form == 0:
            return f"{a()}.wrapping_add({self.expr(ty, d)})"
        if form == 1:
            return f"{a()}.wrapping_sub({self.expr(ty, d)})"
        if form == 2:
            return f"{a()}.wrapping_mul({self.expr(ty, d)})"
        if form == 3:
            op = self.pick(["&", "|", "^"])
            return f"{a()} {op} {a()}"
        if form == 4:
            return f"!{a()}"
        if form == 5:
            method = self.pick(["checked_div", "checked_rem"])
            return f"{a()}.{method}({self.expr(ty, d)}).unwrap_or({self.expr(ty, d)})"
        if form == 6:
            return f"{a()}.{self.pick(['saturating_add', 'saturating_sub', 'min', 'max'])}({self.expr(ty, d)})"
        if form == 7:
            method = self.pick(["wrapping_shl", "wrapping_shr", "rotate_left", "rotate_right"])
            return f"{a()}.{method}({self.expr(U32, d)})"
        if form == 8 and ty == U32:
            return f"{self.operand(self.int_type(), d)}.{self.pick(['count_ones', 'leading_zeros', 'trailing_zeros'])}()"
        if form == 9 and ty.signed:
            return f"{a()}.{self.pick(['wrapping_neg', 'wrapping_abs', 'signum'])}()"
        if form == 10:
            return self.safe_plain(ty, d)
        if form == 11:
            source = self.pick(SCALARS)
            return f"{self.operand(source, d)} as {n}"
        if form == 12:
            return f"if {self.expr(BOOL, d)} {{ {self.expr(ty, d)} }} else {{ {self.expr(ty, d)} }}"
        if form == 13:
            return self.match_int(ty, d)
        if form == 14:
            name = self.fresh("t")
            scrutinee_ty = self.int_type()
            init = self.expr(scrutinee_ty, d)
            self.scopes.append(Scope())
            self.declare(name, scrutinee_ty, False)
            body = self.expr(ty, d)
            self.scopes.pop()
            return f"{{ let {name} = {init}; {body} }}"
        if form == 15:
            return self.call(ty, d) or self.leaf(ty)
        if form == 16:
            return self.place_read(ty, d) or self.leaf(ty)
        if form == 17:
            return self.enum_match_expr(ty, d) or self.leaf(ty)
        if form == 18 and self.generic and n in MIX_TYPES:
            items = ", ".join(self.expr(ty, d) for _ in range(3))
            return self.pick([f"fold3([{items}])", f"{a()}.mix({self.expr(ty, d)})", f"{a()}.twice()"])
        if form == 19 and self.generic:
            return f"pick({self.expr(ty, d)}, {self.expr(ty, d)}, {self.expr(BOOL, d)})"
        if form in (20, 21) and self.closures:
            return self.closure_expr(ty, d) or self.leaf(ty)
        if form == 22 and self.closures:
            return self.vec_expr(ty, d) or self.leaf(ty)
        return self.leaf(ty)

    def closure_expr(self, ty: Ty, d: int) -> str | None:
        """A call of a closure local returning `ty`, or a range iterator chain."""
        callees = self.visible(lambda v: v.ty.kind == "closure" and v.ty.elem == ty)
        if callees and self.chance(60):
            return f"{self.pick(callees).name}({self.expr(ty, d)})"
        x = self.fresh("x")
        lo = self.c.integer(0, 3)
        hi = lo + self.c.integer(0, MAX_LOOP_TRIPS)
        self.scopes.append(Scope([Var(x, U64, False)]))
        mapped = self.expr(U64, d)
        self.scopes.pop()
        chain = f"({lo}u64..{hi}u64).map(|{x}: u64| {mapped})"
        if self.chance(50):
            chain += f".filter(|y: &u64| *y % {self.c.integer(2, 5)}u64 != 0)"
        if self.chance(30):
            return f"({chain}.count() as {ty.name})"
        return f"({chain}.fold(0u64, |a: u64, b: u64| a.wrapping_mul(31u64).wrapping_add(b)) as {ty.name})"

    def vec_expr(self, ty: Ty, d: int) -> str | None:
        """A value computed from a visible Vec: length, fold, filtered count, max."""
        vecs = self.visible(lambda v: v.ty.kind == "vec")
        if not vecs:
            return None
        var = self.pick(vecs)
        e = var.ty.elem
        assert e is not None
        form = self.c.integer(0, 3)
        if form == 0:
            return f"({var.name}.len() as {ty.name})"
        if form == 1:
            return (f"({var.name}.iter().fold({self.int_literal(e)}, |acc: {e}, x: &{e}| "
                    f"acc.wrapping_mul(3{e.name}).wrapping_add(*x)) as {ty.name})")
        if form == 2:
            return f"({var.name}.iter().filter(|x| **x > {self.int_literal(e)}).count() as {ty.name})"
        return f"({var.name}.iter().copied().max().unwrap_or({self.int_literal(e)}) as {ty.name})"

    def safe_plain(self, ty: Ty, d: int) -> str:
        """Plain `+ - * / % <<` on operands bounded so that no overflow is possible."""
        n = ty.name
        op = self.pick(["+", "-", "*", "/", "%", "<<"])
        a, b = self.operand(ty, d), self.operand(ty, d)
        if op == "+":
            m = min(1000, ty.max // 2)
            return f"({a} % {m}{n}) + ({b} % {m}{n})"
        if op == "-":
            m = min(1000, ty.max // 2)
            if ty.signed:
                return f"({a} % {m}{n}) - ({b} % {m}{n})"
            return f"(({a} % {m}{n}) + {m}{n}) - ({b} % {m}{n})"
        if op == "*":
            m = min(1000, math.isqrt(ty.max))
            return f"({a} % {m}{n}) * ({b} % {m}{n})"
        if op == "/":
            m = min(1000, ty.max // 2)
            divisor = f"(({b} % {m}{n}).wrapping_abs() | 1{n})" if ty.signed else f"(({b} % {m}{n}) | 1{n})"
            return f"{a} / {divisor}"
        if op == "%":
            return f"{a} % {self.c.integer(1, min(ty.max, 1000))}{n}"
        return f"{a} << ({self.operand(U32, d)} % {ty.bits}u32)"

    def match_int(self, ty: Ty, d: int) -> str:
        scrutinee_ty = self.int_type()
        scrutinee = self.expr(scrutinee_ty, d)
        s = scrutinee_ty.name
        arms = [f"0{s} => {self.expr(ty, d)}", f"1{s} | 2{s} => {self.expr(ty, d)}",
                f"3{s}..=9{s} => {self.expr(ty, d)}", f"_ => {self.expr(ty, d)}"]
        return f"match {scrutinee} {{ {', '.join(arms)} }}"

    def float_expr(self, ty: Ty, d: int) -> str:
        form = self.c.integer(0, 8)
        a = lambda: self.operand(ty, d)  # noqa: E731
        if form == 0:
            return f"{a()} {self.pick(['+', '-', '*', '/'])} {a()}"
        if form == 1:
            return f"{a()}.{self.pick(['abs', 'floor', 'sqrt', 'ceil', 'trunc'])}()"
        if form == 2:
            return f"{a()}.{self.pick(['min', 'max'])}({self.expr(ty, d)})"
        if form == 3:
            return f"{self.operand(self.pick(INTS + FLOATS), d)} as {ty.name}"
        if form == 4:
            return f"if {self.expr(BOOL, d)} {{ {self.expr(ty, d)} }} else {{ {self.expr(ty, d)} }}"
        if form == 5:
            return self.call(ty, d) or self.leaf(ty)
        if form == 6:
            return self.place_read(ty, d) or self.leaf(ty)
        if form == 7 and self.generic:
            return f"pick({self.expr(ty, d)}, {self.expr(ty, d)}, {self.expr(BOOL, d)})"
        return self.leaf(ty)

    def bool_expr(self, d: int) -> str:
        form = self.c.integer(0, 5)
        if form == 0:
            ty = self.pick(INTS + FLOATS)
            return f"{self.operand(ty, d)} {self.pick(['<', '<=', '>', '>=', '==', '!='])} {self.operand(ty, d)}"
        if form == 1:
            return f"!{self.operand(BOOL, d)}"
        if form == 2:
            return f"{self.operand(BOOL, d)} {self.pick(['&&', '||', '^', '=='])} {self.operand(BOOL, d)}"
        if form == 3:
            return self.call(BOOL, d) or self.leaf(BOOL)
        if form == 4:
            return self.place_read(BOOL, d) or self.leaf(BOOL)
        return self.leaf(BOOL)

    def call(self, ty: Ty, d: int) -> str | None:
        """A call of an already generated function returning `ty` (never recursion)."""
        callees = [f for f in self.fns if f.ret == ty]
        if not callees:
            return None
        fn = self.pick(callees)
        return f"{fn.name}({', '.join(self.expr(p, d) for _, p in fn.params)})"

    def place_read(self, ty: Ty, d: int) -> str | None:
        """A struct field or an array element of type `ty` from a visible local."""
        options: list[tuple[Var, str]] = []
        for v in self.visible(lambda v: v.ty.kind in ("struct", "array")):
            if v.ty.kind == "array" and v.ty.elem == ty:
                options.append((v, "index"))
            elif v.ty.kind == "struct":
                options += [(v, f) for f, fty in self.struct_def(v.ty).fields if fty == ty]
        if not options:
            return None
        var, how = self.pick(options)
        if how == "index":
            return f"{var.name}[{self.index(var.ty, d)}]"
        return f"{var.name}.{how}"

    def index(self, array: Ty, d: int) -> str:
        return f"({self.operand(self.int_type(), d)} as usize) % {array.length}"

    def enum_match_expr(self, ty: Ty, d: int) -> str | None:
        values = self.visible(lambda v: v.ty.kind == "enum")
        if not values:
            return None
        var = self.pick(values)
        enum = self.enum_def(var.ty)
        arms = []
        for vname, shape, fields in enum.variants:
            self.scopes.append(Scope())
            bound = []
            for fname, fty in fields:
                b = self.fresh("b")
                self.declare(b, fty, False)
                bound.append((fname, b))
            if shape == "unit":
                pattern = f"{enum.name}::{vname}"
            elif shape == "tuple":
                pattern = f"{enum.name}::{vname}({', '.join(b for _, b in bound)})"
            else:
                pattern = f"{enum.name}::{vname} {{ {', '.join(f'{f}: {b}' for f, b in bound)} }}"
            arms.append(f"{pattern} => {self.expr(ty, d)}")
            self.scopes.pop()
        return f"match {var.name} {{ {', '.join(arms)} }}"

    def struct_def(self, ty: Ty) -> StructDef:
        return next(s for s in self.structs if s.name == ty.name)

    def enum_def(self, ty: Ty) -> EnumDef:
        return next(e for e in self.enums if e.name == ty.name)

    def struct_expr(self, ty: Ty, d: int) -> str:
        s = self.struct_def(ty)
        return f"{s.name} {{ {', '.join(f'{f}: {self.expr(fty, d - 1)}' for f, fty in s.fields)} }}"

    def enum_expr(self, ty: Ty, d: int) -> str:
        e = self.enum_def(ty)
        vname, shape, fields = self.pick(e.variants)
        if shape == "unit":
            return f"{e.name}::{vname}"
        if shape == "tuple":
            return f"{e.name}::{vname}({', '.join(self.expr(fty, d - 1) for _, fty in fields)})"
        return f"{e.name}::{vname} {{ {', '.join(f'{f}: {self.expr(fty, d - 1)}' for f, fty in fields)} }}"

    def array_expr(self, ty: Ty, d: int) -> str:
        assert ty.elem is not None
        if self.chance(50):
            return f"[{self.expr(ty.elem, d - 1)}; {ty.length}]"
        return f"[{', '.join(self.expr(ty.elem, d - 1) for _ in range(ty.length))}]"

    # -- statements ------------------------------------------------------------

    def block(self, budget: int, depth: int, indent: str) -> list[str]:
        """Up to `budget` statements in a new scope."""
        self.scopes.append(Scope())
        lines: list[str] = []
        for _ in range(self.c.integer(1, max(1, budget))):
            lines += self.statement(depth, indent)
        self.scopes.pop()
        return lines

    def statement(self, depth: int, indent: str) -> list[str]:
        form = self.c.integer(0, 12)
        inner = indent + "    "
        if form <= 2 or depth <= 0 and form > 8:
            return self.let_statement(indent)
        if form <= 4:
            return self.assignment(indent)
        if form == 5:
            return self.print_statement(indent)
        if form == 6:
            return self.store(indent)
        if form == 7:
            if self.closures and self.chance(60):
                return self.closure_or_vec_statement(indent)
            return self.enum_statement(indent)
        if form == 8:
            head = f"{indent}if {self.expr(BOOL, MAX_DEPTH - 1)} {{"
            then = self.block(3, depth - 1, inner)
            if self.chance(50):
                return [head, *then, f"{indent}}} else {{", *self.block(3, depth - 1, inner), f"{indent}}}"]
            return [head, *then, f"{indent}}}"]
        if form == 9:
            return self.for_loop(depth, indent)
        counter = self.fresh("w")
        trips = self.c.integer(1, MAX_LOOP_TRIPS) if self.chance(90) else 0
        body = self.block(3, depth - 1, inner)
        if form == 10:
            return [f"{indent}let mut {counter}: u32 = 0;", f"{indent}while {counter} < {trips} {{",
                    f"{inner}{counter} += 1;", *body, f"{indent}}}"]
        return [f"{indent}let mut {counter}: u32 = 0;", f"{indent}loop {{",
                f"{inner}if {counter} >= {trips} {{", f"{inner}    break;", f"{inner}}}",
                f"{inner}{counter} += 1;", *body, f"{indent}}}"]

    def closure_or_vec_statement(self, indent: str) -> list[str]:
        """A `move` closure local over Copy captures, or a push / element store on a Vec."""
        vecs = self.visible(lambda v: v.mutable and v.ty.kind == "vec")
        if vecs and self.chance(60):
            var = self.pick(vecs)
            e = var.ty.elem
            assert e is not None
            if self.chance(70):
                tmp = self.fresh("t")
                return [f"{indent}let {tmp}: {e} = {self.expr(e, MAX_DEPTH - 1)};", f"{indent}{var.name}.push({tmp});"]
            idx = self.operand(self.int_type(), 1)
            value = self.expr(e, MAX_DEPTH - 1)
            return [f"{indent}if !{var.name}.is_empty() {{",
                    f"{indent}    let n = {var.name}.len();",
                    f"{indent}    {var.name}[({idx} as usize) % n] = {value};", f"{indent}}}"]
        ty = self.int_type() if self.chance(70) else self.pick(FLOATS)
        name = self.fresh("c")
        param = self.fresh("a")
        # A move closure copies what it captures; Vec locals are hidden so none is moved.
        saved = self.scopes
        self.scopes = [Scope([v for s in saved for v in s.vars if v.ty.kind not in ("vec", "closure")]),
                       Scope([Var(param, ty, False)])]
        body = self.expr(ty, MAX_DEPTH - 1)
        self.scopes = saved
        self.declare(name, Ty(name, "closure", elem=ty), False)
        return [f"{indent}let {name} = move |{param}: {ty}| -> {ty} {{ {body} }};"]

    def let_statement(self, indent: str) -> list[str]:
        ty = self.value_type()
        name = self.fresh("v")
        mutable = self.chance(60)
        init = self.expr(ty, MAX_DEPTH)  # before the declaration: the new name is not in scope yet
        self.declare(name, ty, mutable)
        return [f"{indent}let {'mut ' if mutable else ''}{name}: {ty} = {init};"]

    def for_loop(self, depth: int, indent: str) -> list[str]:
        ty = self.int_type()
        lo = self.c.integer(0, 3)
        hi = lo + self.c.integer(0, MAX_LOOP_TRIPS)
        inclusive = self.chance(30) and hi > lo
        rng = f"({lo}{ty.name}..{'=' if inclusive else ''}{hi - (1 if inclusive else 0)}{ty.name})"
        adapter = self.pick(["", "", ".rev()", f".step_by({self.c.integer(1, 3)})"])
        name = self.fresh("i")
        self.scopes.append(Scope())
        self.declare(name, ty, False)
        body = self.block(3, depth - 1, indent + "    ")
        self.scopes.pop()
        return [f"{indent}for {name} in {rng}{adapter} {{", *body, f"{indent}}}"]

    def assignment(self, indent: str) -> list[str]:
        targets = self.visible(lambda v: v.mutable and v.ty.is_scalar)
        if not targets:
            return self.let_statement(indent)
        var = self.pick(targets)
        value = self.expr(var.ty, MAX_DEPTH - 1)
        if var.ty.kind == "int" and self.chance(40):
            return [f"{indent}{var.name} {self.pick(['^=', '|=', '&='])} {value};"]
        if var.ty.kind == "float" and self.chance(40):
            return [f"{indent}{var.name} {self.pick(['+=', '-=', '*='])} {value};"]
        return [f"{indent}{var.name} = {value};"]

    def store(self, indent: str) -> list[str]:
        """An array element or struct field store into a mutable local."""
        targets = self.visible(lambda v: v.mutable and v.ty.kind in ("array", "struct"))
        if not targets:
            return self.assignment(indent)
        var = self.pick(targets)
        if var.ty.kind == "array":
            assert var.ty.elem is not None
            return [f"{indent}{var.name}[{self.index(var.ty, 1)}] = {self.expr(var.ty.elem, MAX_DEPTH - 1)};"]
        fname, fty = self.pick(self.struct_def(var.ty).fields)
        return [f"{indent}{var.name}.{fname} = {self.expr(fty, MAX_DEPTH - 1)};"]

    def print_statement(self, indent: str) -> list[str]:
        values = self.visible(lambda v: v.ty.is_scalar)
        if not values:
            return []
        shown = [self.pick(values) for _ in range(self.c.integer(1, 3))]
        self.prints += 1
        specs = [self.format_spec(v.ty) for v in shown]
        return [f'{indent}println!("p{self.prints}: {" ".join(specs)}", {", ".join(v.name for v in shown)});']

    def state_print(self, label: str) -> list[str]:
        """Print the function's top-level scalar locals (its state) with `{:?}`."""
        values = [v for v in self.scopes[-1].vars if v.ty.is_scalar][-6:]
        if not values:
            return []
        return [f'    println!("{label}: {" ".join("{:?}" for _ in values)}", {", ".join(v.name for v in values)});']

    def format_spec(self, ty: Ty) -> str:
        if ty.kind == "int":
            return self.pick(["{}", "{}", "{:?}", "{:x}", "{:#b}", "{:>6}", "{:<4}|", "{:+}", "{:08}"])
        if ty.kind == "float":
            return self.pick(["{}", "{}", "{:?}", "{:.3}", "{:>10.2}", "{:e}"])
        return self.pick(["{}", "{:?}", "{:>6}"])

    def enum_statement(self, indent: str) -> list[str]:
        values = self.visible(lambda v: v.ty.kind == "enum")
        targets = self.visible(lambda v: v.mutable and v.ty.is_scalar)
        if not values or not targets:
            return self.assignment(indent)
        target = self.pick(targets)
        value = self.enum_match_expr(target.ty, MAX_DEPTH - 1)
        return [f"{indent}{target.name} = {value};"]

    # -- items -----------------------------------------------------------------

    def make_struct(self, index: int) -> StructDef:
        fields = [(f"f{i}", self.scalar_type()) for i in range(self.c.integer(1, 3))]
        return StructDef(f"S{index}", fields)

    def make_enum(self, index: int) -> EnumDef:
        variants = []
        for i in range(self.c.integer(1, 4)):
            shape = self.pick(["unit", "tuple", "struct"])
            count = 0 if shape == "unit" else self.c.integer(1, 2)
            prefix = "x" if shape == "struct" else "_"
            variants.append((f"V{i}", shape, [(f"{prefix}{j}", self.scalar_type()) for j in range(count)]))
        return EnumDef(f"E{index}", variants)

    def function(self, index: int) -> list[str]:
        params = [(f"p{i}", self.value_type()) for i in range(self.c.integer(0, 4))]
        ret = self.scalar_type()
        self.scopes = [Scope([Var(p, t, False) for p, t in params]), Scope()]
        body: list[str] = []
        for _ in range(self.c.integer(1, 6)):
            body += self.statement(2, "    ")
        body += self.state_print(f"f{index} end")
        result = self.expr(ret, MAX_DEPTH)
        self.scopes = []
        self.fns.append(FnDef(f"f{index}", params, ret))
        signature = ", ".join(f"{p}: {t}" for p, t in params)
        return [f"fn f{index}({signature}) -> {ret} {{", *body, f"    {result}", "}", ""]

    def fold(self, value: str, ty: Ty) -> str:
        """`cs` updated with a scalar value (floats through a saturating cast)."""
        as_u64 = f"({value} as i64) as u64" if ty.kind == "float" else f"{value} as u64"
        return f"    cs = cs.wrapping_mul(1000003u64).wrapping_add({as_u64});"

    def main(self) -> list[str]:
        lines = ["fn main() {", "    let mut cs: u64 = 0;"]
        self.scopes = [Scope()]
        for fn in self.fns:
            for _ in range(2):
                result = self.fresh("r")
                args = ", ".join(self.expr(t, 2) for _, t in fn.params)
                lines.append(f"    let {result}: {fn.ret} = {fn.name}({args});")
                spec = "{:?}" if fn.ret.kind == "float" else "{}"
                lines.append(f'    println!("{fn.name}: {spec}", {result});')
                lines.append(self.fold(result, fn.ret))
        lines += ['    println!("checksum {}", cs);', "}"]
        self.scopes = []
        return lines

    def program(self) -> str:
        self.generic = self.chance(40)
        self.closures = self.chance(50)
        out: list[str] = []
        for i in range(self.c.integer(0, 2)):
            s = self.make_struct(i)
            self.structs.append(s)
            out += ["#[derive(Clone, Copy)]", f"struct {s.name} {{",
                    *(f"    {f}: {t}," for f, t in s.fields), "}", ""]
        for i in range(self.c.integer(0, 2)):
            e = self.make_enum(i)
            self.enums.append(e)
            out += ["#[derive(Clone, Copy)]", f"enum {e.name} {{"]
            for vname, shape, fields in e.variants:
                if shape == "unit":
                    out.append(f"    {vname},")
                elif shape == "tuple":
                    out.append(f"    {vname}({', '.join(str(t) for _, t in fields)}),")
                else:
                    out.append(f"    {vname} {{ {', '.join(f'{f}: {t}' for f, t in fields)} }},")
            out += ["}", ""]
        if self.generic:
            out.append(GENERIC_PRELUDE.rstrip("\n") + "\n")
        for i in range(self.c.integer(2, 4)):
            out += self.function(i)
        out += self.main()
        return "\n".join(out) + "\n"


def _balanced(text: str) -> bool:
    """True when the parentheses in `text` never close below depth 0."""
    depth = 0
    for ch in text:
        depth += ch == "("
        depth -= ch == ")"
        if depth < 0:
            return False
    return depth == 0


def generate_program(choices: Choices) -> str:
    return Generator(choices).program()
