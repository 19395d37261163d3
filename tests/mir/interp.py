"""A small MIR interpreter for tests: runs built MIR to check what it *does*.

Values: ints/floats/bools, chars and `&str`s as Python str, tuples/arrays/ADTs as
`Agg` (mutable field lists), references as `Ptr(container, key)`.  A moved-from place
holds MOVED and an uninitialized one UNINIT: reading either, or dropping a MOVED value,
raises `InterpError` — so tests also catch missing or double drops once drops are
elaborated.  Dropping an ADT listed in `Interp.drop_log_adts` appends its first field
to `drop_log` (a `Noisy(i32)` with an `impl Drop`).
"""
from __future__ import annotations

from dataclasses import dataclass, field

from rustlet import thir
from rustlet.ast import BinOp, UnOp
from rustlet.mir import syntax as mir
from rustlet.mir.dataflow import successors
from rustlet.mir.validate import place_ty
from rustlet.types import AdtTy, BoolTy, FloatTy, FnDefTy, IntTy, Ty

UNINIT = object()
MOVED = object()


class InterpError(Exception):
    pass


class Panic(Exception):
    pass


@dataclass
class Agg:
    fields: list[object]
    variant: int = 0
    ty: Ty | None = None


@dataclass
class Ptr:
    container: list[object]
    key: int


def wrap(value: int, ty: Ty) -> int:
    assert isinstance(ty, IntTy)
    bits = ty.kind.bits
    value &= (1 << bits) - 1
    if ty.kind.signed and value >> (bits - 1):
        value -= 1 << bits
    return value


@dataclass
class Interp:
    program: mir.Program
    stdout: list[str] = field(default_factory=list)
    drop_log: list[object] = field(default_factory=list)
    drop_log_adts: set[int] = field(default_factory=set)
    steps: int = 0

    @property
    def thir(self) -> thir.Program:
        assert isinstance(self.program.thir, thir.Program)
        return self.program.thir

    def call(self, def_id: int, args: list[object]) -> object:
        body = self.program.bodies[def_id]
        frame: list[object] = [UNINIT] * len(body.locals)
        for i, a in enumerate(args):
            frame[i + 1] = a
        block = 0
        while True:
            data = body.blocks[block]
            for stmt in data.statements:
                self.statement(body, frame, stmt)
            term = data.terminator
            self.steps += 1
            if self.steps > 100_000:
                raise InterpError("step limit")
            match term:
                case mir.Return():
                    return self.read(frame, mir.Place(0), copy=True)
                case mir.Goto(target=t):
                    block = t
                case mir.SwitchInt(discr=d, values=values, targets=targets, otherwise=o):
                    v = self.operand(frame, d)
                    v = ord(v) if isinstance(v, str) else int(v)  # type: ignore[arg-type]
                    block = targets[values.index(v)] if v in values else o
                case mir.Assert(cond=c, expected=e, msg=msg, target=t):
                    if self.operand(frame, c) != e:
                        raise Panic(msg.kind.value)
                    block = t
                case mir.Drop(place=p, target=t):
                    container, key = self.locate(frame, p)
                    self.drop(container[key])
                    container[key] = MOVED
                    block = t
                case mir.CallTerm(func=func, args=args, destination=dest, target=t):
                    values = [self.operand(frame, a) for a in args]
                    result = self.call_func(frame, func, values)
                    container, key = self.locate(frame, dest)
                    container[key] = result
                    if t is None:
                        raise InterpError("returned from a diverging call")
                    block = t
                case mir.Unreachable():
                    raise InterpError("reached unreachable")
                case _:
                    raise InterpError(f"terminator {term!r}")
            assert block in range(len(body.blocks)) and successors(term) is not None

    def call_func(self, frame: list[object], func: mir.Operand | mir.Builtin, args: list[object]) -> object:
        if isinstance(func, mir.Builtin):
            return self.builtin(func, args)
        callee = self.operand(frame, func) if not isinstance(func, mir.Constant) else None
        if isinstance(func, mir.Constant) and isinstance(func.ty, FnDefTy):
            return self.call(func.ty.def_id, args)
        raise InterpError(f"call of {callee!r}")

    def builtin(self, func: mir.Builtin, args: list[object]) -> object:
        match func.name:
            case "fmt_buf_new":
                return [""]
            case "fmt_push_str":
                buf = args[0]
                assert isinstance(buf, list)
                buf[0] += args[1]
            case "fmt_arg":
                buf, ref = args[0], args[1]
                assert isinstance(buf, list) and isinstance(ref, Ptr)
                value = ref.container[ref.key]
                buf[0] += "true" if value is True else "false" if value is False else str(value)
            case "fmt_print":
                buf = args[0]
                assert isinstance(buf, list)
                self.stdout.append(buf[0])
            case "fmt_panic":
                buf = args[0]
                assert isinstance(buf, list)
                raise Panic(buf[0])
            case "str_eq":
                return args[0] == args[1]
            case _:
                raise InterpError(f"builtin {func.name}")
        return None

    def drop(self, value: object) -> None:
        if value is MOVED or value is UNINIT:
            raise InterpError("drop of a moved or uninitialized value")
        if isinstance(value, Agg):
            if isinstance(value.ty, AdtTy) and value.ty.def_id in self.drop_log_adts:
                self.drop_log.append(value.fields[0])
            for f in value.fields:
                if f is not MOVED and isinstance(f, Agg):
                    self.drop(f)

    def operand_ty(self, body: mir.Body, operand: mir.Operand) -> Ty:
        if isinstance(operand, mir.Constant):
            return operand.ty
        return place_ty(body, operand.place, self.thir)

    # ── places and values ──

    def locate(self, frame: list[object], place: mir.Place) -> tuple[list[object], int]:
        container: list[object] = frame
        key = place.local
        for elem in place.projection:
            value = container[key]
            match elem:
                case mir.DerefProj():
                    if not isinstance(value, Ptr):
                        raise InterpError(f"deref of {value!r}")
                    container, key = value.container, value.key
                case mir.FieldProj(index=i):
                    if not isinstance(value, Agg):
                        raise InterpError(f"field of {value!r}")
                    container, key = value.fields, i
                case mir.DowncastProj(variant=v):
                    if not isinstance(value, Agg) or value.variant != v:
                        raise InterpError("downcast to the wrong variant")
                case mir.IndexProj(local=local):
                    idx = frame[local]
                    assert isinstance(value, Agg) and isinstance(idx, int)
                    container, key = value.fields, idx
                case _:
                    raise InterpError(f"projection {elem!r}")
        return container, key

    def read(self, frame: list[object], place: mir.Place, copy: bool) -> object:
        container, key = self.locate(frame, place)
        value = container[key]
        if value is UNINIT or value is MOVED:
            raise InterpError(f"read of {'uninitialized' if value is UNINIT else 'moved'} place {place}")
        if not copy:
            container[key] = MOVED
        return clone(value)

    def operand(self, frame: list[object], operand: mir.Operand) -> object:
        match operand:
            case mir.Copy(place=p):
                return self.read(frame, p, copy=True)
            case mir.Move(place=p):
                return self.read(frame, p, copy=False)
            case mir.Constant(value=v):
                return const_value(v)
        raise InterpError(repr(operand))

    def statement(self, body: mir.Body, frame: list[object], stmt: mir.Statement) -> None:
        match stmt:
            case mir.Assign(place=p, rvalue=rv):
                value = self.rvalue(body, frame, rv)
                container, key = self.locate(frame, p)
                container[key] = value
            case mir.StorageLive(local=local):
                frame[local] = UNINIT
            case mir.StorageDead(local=local):
                frame[local] = UNINIT

    def rvalue(self, body: mir.Body, frame: list[object], rv: mir.Rvalue) -> object:
        match rv:
            case mir.Use(operand=o):
                return self.operand(frame, o)
            case mir.Ref(place=p):
                return Ptr(*self.locate(frame, p))
            case mir.Len(place=p):
                container, key = self.locate(frame, p)
                value = container[key]
                assert isinstance(value, Agg)
                return len(value.fields)
            case mir.Cast(operand=o, ty=ty):
                value = self.operand(frame, o)
                return wrap(int(value), ty) if isinstance(ty, IntTy) else value  # type: ignore[call-overload]
            case mir.BinaryOp(op=op, lhs=a, rhs=b):
                lhs, rhs = self.operand(frame, a), self.operand(frame, b)
                return binop(op, lhs, rhs, self.operand_ty(body, a))
            case mir.CheckedBinaryOp(op=op, lhs=a, rhs=b):
                lhs, rhs = self.operand(frame, a), self.operand(frame, b)
                ty = self.operand_ty(body, a)
                assert isinstance(ty, IntTy) and isinstance(lhs, int) and isinstance(rhs, int)
                if op in (BinOp.SHL, BinOp.SHR):
                    return Agg([binop(op, lhs, rhs % ty.kind.bits, ty), not 0 <= rhs < ty.kind.bits])
                exact = {BinOp.ADD: lhs + rhs, BinOp.SUB: lhs - rhs, BinOp.MUL: lhs * rhs}[op]
                return Agg([wrap(exact, ty), wrap(exact, ty) != exact])
            case mir.UnaryOp(op=op, operand=o):
                value = self.operand(frame, o)
                if op is UnOp.NOT:
                    return (not value) if isinstance(value, bool) else wrap(~value, self.operand_ty(body, o))  # type: ignore
                ty = self.operand_ty(body, o)
                return wrap(-value, ty) if isinstance(ty, IntTy) else -value  # type: ignore[operator]
            case mir.Discriminant(place=p):
                container, key = self.locate(frame, p)
                value = container[key]
                assert isinstance(value, Agg) and isinstance(value.ty, AdtTy)
                return self.thir.adts[value.ty.def_id].variants[value.variant].discriminant
            case mir.Aggregate(ty=ty, operands=ops, variant=v):
                return Agg([self.operand(frame, o) for o in ops], v, ty)
            case mir.Repeat(operand=o, count=n):
                value = self.operand(frame, o)
                return Agg([clone(value) for _ in range(n)])
        raise InterpError(f"rvalue {rv!r}")


def clone(value: object) -> object:
    if isinstance(value, Agg):
        return Agg([clone(f) for f in value.fields], value.variant, value.ty)
    return value


def const_value(value: thir.ConstValue) -> object:
    return value.value


def binop(op: BinOp, lhs: object, rhs: object, ty: Ty) -> object:
    match op:
        case BinOp.EQ:
            return lhs == rhs
        case BinOp.NE:
            return lhs != rhs
        case BinOp.LT:
            return lhs < rhs  # type: ignore[operator]
        case BinOp.LE:
            return lhs <= rhs  # type: ignore[operator]
        case BinOp.GT:
            return lhs > rhs  # type: ignore[operator]
        case BinOp.GE:
            return lhs >= rhs  # type: ignore[operator]
    if isinstance(ty, BoolTy):
        return {BinOp.BIT_AND: lhs and rhs, BinOp.BIT_OR: lhs or rhs, BinOp.BIT_XOR: lhs != rhs}[op]
    if isinstance(ty, FloatTy):
        return {BinOp.ADD: lhs + rhs, BinOp.SUB: lhs - rhs, BinOp.MUL: lhs * rhs,  # type: ignore[operator]
                BinOp.DIV: lhs / rhs}[op]  # type: ignore[operator]
    assert isinstance(lhs, int) and isinstance(rhs, int)
    match op:
        case BinOp.ADD:
            result = lhs + rhs
        case BinOp.SUB:
            result = lhs - rhs
        case BinOp.MUL:
            result = lhs * rhs
        case BinOp.DIV:
            result = abs(lhs) // abs(rhs) * (1 if (lhs >= 0) == (rhs >= 0) else -1)
        case BinOp.REM:
            result = lhs - rhs * (abs(lhs) // abs(rhs) * (1 if (lhs >= 0) == (rhs >= 0) else -1))
        case BinOp.BIT_AND:
            result = lhs & rhs
        case BinOp.BIT_OR:
            result = lhs | rhs
        case BinOp.BIT_XOR:
            result = lhs ^ rhs
        case BinOp.SHL:
            result = lhs << rhs
        case BinOp.SHR:
            result = lhs >> rhs
        case _:
            raise InterpError(f"binop {op}")
    return wrap(result, ty)
