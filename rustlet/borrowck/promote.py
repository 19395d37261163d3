"""Promotion of constant temporaries to statics (rustc's `promote_consts`), the first
step of borrowck.

`&5`, `&[1, 2, 3]` and `&Point { x: 1, y: 2 }` borrow a temporary that rustc turns into
a static, so the reference is `&'static`: `fn f() -> &'static i32 { &5 }` compiles, and
`["a", "bb"].iter().max()` may be used after its statement.  Here a shared borrow
`_r = &_t` of a temporary whose value is known at compile time becomes
`_r = const &VALUE`, a constant reference that codegen emits as a private global, so
there is no loan for the checks to reject and the reference never points into a dead
stack slot.

A temporary's value is known when it is assigned exactly once, from a constant (a
literal, or an evaluated `const` item whose type owns nothing: no `Drop` impl, raw
pointer or function inside) or an aggregate — tuple, array, struct or enum without a
`Drop` impl — whose operands are such constants or such temporaries, and nothing
writes into it, borrows it mutably or takes its address.  As in rustc only shared
borrows of a whole temporary are promoted, never user variables (`let x = 5; &x`
borrows `x`).  The temporary's own assignment stays (dead code that LLVM removes).

Cost: one pass over the statements to find single assignments, then one to rewrite
borrows; each temporary's value is computed once (memoized).
"""
from __future__ import annotations

from rustlet import thir
from rustlet.mir import syntax as mir
from rustlet.types import AdtTy, ArrayTy, BoolTy, CharTy, FloatTy, IntTy, RefTy, SliceTy, StrTy, TupleTy, Ty

_NOT_CONSTANT = object()


class Promoter:
    def __init__(self, body: mir.Body, program: thir.Program, drop_adts: set[int]) -> None:
        self.body = body
        self.program = program
        self.drop_adts = drop_adts
        self.assignments: dict[int, list[mir.Rvalue]] = {}
        self.written: set[int] = set()  # written in part, borrowed mutably, address taken, call result
        self.memo: dict[int, object] = {}
        for data in body.blocks:
            for stmt in data.statements:
                if not isinstance(stmt, (mir.Assign, mir.SetDiscriminant)):
                    continue
                if isinstance(stmt, mir.SetDiscriminant) or stmt.place.projection:
                    self.written.add(stmt.place.local)
                    continue
                self.assignments.setdefault(stmt.place.local, []).append(stmt.rvalue)
                match stmt.rvalue:
                    case mir.Ref(place=place, mutable=True) | mir.AddressOf(place=place):
                        self.written.add(place.local)
            if isinstance(data.terminator, mir.CallTerm):
                self.written.add(data.terminator.destination.local)

    def run(self) -> None:
        for data in self.body.blocks:
            for i, stmt in enumerate(data.statements):
                if not isinstance(stmt, mir.Assign) or not isinstance(stmt.rvalue, mir.Ref):
                    continue
                ref = stmt.rvalue
                if ref.mutable or ref.place.projection:
                    continue
                value = self.value_of(ref.place.local)
                if value is _NOT_CONSTANT:
                    continue
                if isinstance(value, tuple) and value[:1] == ("static",):
                    continue  # would read as a static's address (`&("static", 1)`)
                ty = RefTy(self.body.locals[ref.place.local].ty, False)
                constant = mir.Constant(thir.ConstValue(ty, value), stmt.span)
                data.statements[i] = mir.Assign(stmt.place, mir.Use(constant), stmt.span)

    def value_of(self, local: int) -> object:
        """The compile-time value of a temporary (codegen's raw constant encoding), or
        _NOT_CONSTANT."""
        if local in self.memo:
            return self.memo[local]
        self.memo[local] = _NOT_CONSTANT  # a cycle is no constant
        decl = self.body.locals[local]
        rvalues = self.assignments.get(local, [])
        value: object = _NOT_CONSTANT
        if local > self.body.arg_count and not decl.is_user_var and local not in self.written and len(rvalues) == 1:
            match rvalues[0]:
                case mir.Use(operand=operand):
                    value = self.operand_value(operand)
                case mir.Aggregate(kind=kind, ty=ty, operands=operands, variant=variant):
                    value = self.aggregate_value(kind, ty, operands, variant)
        self.memo[local] = value
        return value

    def operand_value(self, operand: mir.Operand) -> object:
        if isinstance(operand, mir.Constant):
            return operand.value.value if self.promotable_constant(operand.value) else _NOT_CONSTANT
        if operand.place.projection:
            return _NOT_CONSTANT
        return self.value_of(operand.place.local)

    def aggregate_value(self, kind: mir.AggregateKind, ty: Ty, operands: tuple[mir.Operand, ...],
                        variant: int) -> object:
        if kind is mir.AggregateKind.CLOSURE:
            return _NOT_CONSTANT
        values = tuple(self.operand_value(o) for o in operands)
        if any(v is _NOT_CONSTANT for v in values):
            return _NOT_CONSTANT
        if kind is mir.AggregateKind.ADT:
            if not isinstance(ty, AdtTy) or ty.def_id in self.drop_adts or ty.def_id not in self.program.adts:
                return _NOT_CONSTANT
            if self.program.adts[ty.def_id].kind is thir.AdtKind.ENUM:
                return (variant, values)
        return values


    def promotable_constant(self, value: thir.ConstValue) -> bool:
        """A literal or an evaluated `const` item whose value codegen can put in a global
        as it is: no generic constant, no static's address, and a type that owns
        nothing (no `Drop` impl, no raw pointer, no function)."""
        if isinstance(value.value, mir.UnevaluatedConst) or \
                isinstance(value.value, tuple) and value.value[:1] == ("static",):
            return False
        if value.value is None and value.ty != TupleTy(()):
            return False
        return self.promotable_type(value.ty, isinstance(value.value, (str, bytes)))

    def promotable_type(self, ty: Ty, literal: bool) -> bool:
        match ty:
            case IntTy() | FloatTy() | BoolTy() | CharTy():
                return True
            case RefTy(inner=StrTy() | ArrayTy() | SliceTy(), mutable=False) if literal:
                return True  # a string or byte-string literal
            case RefTy(inner=StrTy(), mutable=False):
                return True
            case TupleTy(elems=elems):
                return all(self.promotable_type(e, False) for e in elems)
            case ArrayTy(elem=elem):
                return self.promotable_type(elem, False)
            case AdtTy(def_id=def_id, args=args):
                return def_id not in self.drop_adts and def_id in self.program.adts and \
                    all(self.promotable_type(a, False) for a in args)
        return False


def promote_constants(body: mir.Body, program: thir.Program, drop_adts: set[int]) -> None:
    Promoter(body, program, drop_adts).run()
