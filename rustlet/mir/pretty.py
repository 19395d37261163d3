"""`--emit=mir`: MIR as text, in the style of rustc's `-Zunpretty=mir`.

    fn main::add(_1: i32, _2: i32) -> i32 {
        debug a => _1;
        debug b => _2;
        let mut _0: i32;
        let mut _3: i32;
        let mut _4: (i32, bool);

        bb0: {
            StorageLive(_3);
            _3 = copy _1;
            _4 = AddWithOverflow(copy _3, copy _2);
            assert(!move (_4.1: bool), "attempt to compute `{} + {}`, which would overflow", copy _3, copy _2) -> bb1;
        }
        ...

Differences from rustc: no unwind edges (rustlet panics abort), calls without a return
edge print no `->`, builtins print as `builtin name::<T>(…)`, and functions are named
by their full path.  Golden tests compare this text, so it is deterministic.
"""
from __future__ import annotations

from rustlet import thir
from rustlet.ast import BinOp, UnOp
from rustlet.mir import syntax as mir
from rustlet.types import (AdtTy, BoolTy, CharTy, FloatTy, FnDefTy, IntTy, RefTy, StrTy, TupleTy, Ty)

BINOP_NAMES = {
    BinOp.ADD: "Add", BinOp.SUB: "Sub", BinOp.MUL: "Mul", BinOp.DIV: "Div", BinOp.REM: "Rem",
    BinOp.BIT_AND: "BitAnd", BinOp.BIT_OR: "BitOr", BinOp.BIT_XOR: "BitXor", BinOp.SHL: "Shl", BinOp.SHR: "Shr",
    BinOp.EQ: "Eq", BinOp.NE: "Ne", BinOp.LT: "Lt", BinOp.LE: "Le", BinOp.GT: "Gt", BinOp.GE: "Ge",
}

OVERFLOW_MESSAGES = {
    BinOp.ADD: "attempt to compute `{} + {}`, which would overflow",
    BinOp.SUB: "attempt to compute `{} - {}`, which would overflow",
    BinOp.MUL: "attempt to compute `{} * {}`, which would overflow",
    BinOp.DIV: "attempt to compute `{} / {}`, which would overflow",
    BinOp.REM: "attempt to compute the remainder of `{} % {}`, which would overflow",
    BinOp.SHL: "attempt to shift left by `{}`, which would overflow",
    BinOp.SHR: "attempt to shift right by `{}`, which would overflow",
}

ASSERT_MESSAGES = {
    mir.AssertKind.BOUNDS_CHECK: "index out of bounds: the length is {} but the index is {}",
    mir.AssertKind.OVERFLOW_NEG: "attempt to negate `{}`, which would overflow",
    mir.AssertKind.DIVISION_BY_ZERO: "attempt to divide `{}` by zero",
    mir.AssertKind.REMAINDER_BY_ZERO: "attempt to calculate the remainder of `{}` with a divisor of zero",
    mir.AssertKind.SLICE_START: "range start index {} out of range for slice of length {}",
    mir.AssertKind.SLICE_END: "range end index {} out of range for slice of length {}",
    mir.AssertKind.SLICE_ORDER: "slice index starts at {} but ends at {}",
}


class MirPrinter:
    def __init__(self, program: thir.Program | None) -> None:
        self.program = program

    # ── names ──

    def def_name(self, def_id: int) -> str:
        if self.program is not None:
            for table in (self.program.fns, self.program.statics, self.program.consts, self.program.adts):
                item = table.get(def_id)  # type: ignore[attr-defined]
                if item is not None:
                    return item.path
        return f"def#{def_id}"

    def variant_name(self, ty: Ty, variant: int) -> str:
        if self.program is not None and isinstance(ty, AdtTy) and ty.def_id in self.program.adts:
            return self.program.adts[ty.def_id].variants[variant].name
        return f"variant#{variant}"

    # ── places, operands, rvalues ──

    def place(self, place: mir.Place, body: mir.Body | None = None) -> str:
        text = f"_{place.local}"
        ty: Ty | None = body.locals[place.local].ty if body is not None else None
        for elem in place.projection:
            match elem:
                case mir.DerefProj():
                    text = f"(*{text})"
                    ty = ty.inner if isinstance(ty, RefTy) else None
                case mir.FieldProj(index=index, ty=field_ty):
                    text = f"({text}.{index}: {field_ty})"
                    ty = field_ty
                case mir.IndexProj(local=local):
                    text = f"{text}[_{local}]"
                    ty = None
                case mir.DowncastProj(variant=variant):
                    name = self.variant_name(ty, variant) if ty is not None else f"variant#{variant}"
                    text = f"({text} as {name})"
                case mir.SubsliceProj(from_=lo, to=hi):
                    text = f"{text}[_{lo}.._{hi}]"
                    ty = None
        return text

    def operand(self, operand: mir.Operand, body: mir.Body | None = None) -> str:
        match operand:
            case mir.Copy(place=place):
                return f"copy {self.place(place, body)}"
            case mir.Move(place=place):
                return f"move {self.place(place, body)}"
            case mir.Constant(value=value):
                return f"const {self.const(value)}"
        raise TypeError(operand)

    def const(self, value: thir.ConstValue) -> str:
        ty, v = value.ty, value.value
        if isinstance(v, mir.UnevaluatedConst):  # resolved by mono: `main::Shape::SIDES::<Self>`
            return self.def_name(v.def_id) + (f"::<{', '.join(map(str, v.args))}>" if v.args else "")
        match ty:
            case IntTy(kind=kind):
                return f"{v}_{kind.name_}"
            case FloatTy(kind=kind):
                return f"{v!r}_{kind.name_}"
            case BoolTy():
                return "true" if v else "false"
            case CharTy():
                return repr(v)
            case RefTy(inner=StrTy()) if isinstance(v, str):
                return '"' + v.encode("unicode_escape").decode("ascii").replace('"', '\\"') + '"'
            case RefTy() if isinstance(v, tuple) and len(v) == 2 and v[0] == "static":
                return f"&{self.def_name(v[1])}"
            case FnDefTy(def_id=def_id, args=args):
                return self.def_name(def_id) + (f"::<{', '.join(map(str, args))}>" if args else "")
            case TupleTy(elems=()) if isinstance(v, thir.FormatPiece):
                return self.format_piece(v)
            case TupleTy(elems=()):
                return "()"
        return f"{v!r}: {ty}"

    def format_piece(self, piece: thir.FormatPiece) -> str:
        spec = ""
        if piece.fill != " " or piece.align.value:
            spec += piece.fill + {0: "", 1: "<", 2: ">", 3: "^"}[piece.align.value]
        spec += ("+" if piece.sign_plus else "") + ("-" if piece.sign_minus else "")
        spec += ("#" if piece.alternate else "") + ("0" if piece.zero_pad else "")
        if piece.width is not None:
            spec += str(piece.width)
        elif piece.width_arg is not None:
            spec += f"{piece.width_arg}$"
        if piece.precision is not None:
            spec += f".{piece.precision}"
        elif piece.precision_arg is not None:
            spec += f".{piece.precision_arg}$"
        spec += (piece.debug_hex or "") + piece.trait.value
        return "{" + str(piece.arg_index) + (":" + spec if spec else "") + "}"

    def rvalue(self, rvalue: mir.Rvalue, body: mir.Body) -> str:
        op = lambda o: self.operand(o, body)  # noqa: E731
        match rvalue:
            case mir.Use(operand=o):
                return op(o)
            case mir.Repeat(operand=o, count=n):
                return f"[{op(o)}; {n}]"
            case mir.Ref(place=p, mutable=m):
                return f"&{'mut ' if m else ''}{self.place(p, body)}"
            case mir.AddressOf(place=p, mutable=m):
                return f"&raw {'mut' if m else 'const'} {self.place(p, body)}"
            case mir.Len(place=p):
                return f"Len({self.place(p, body)})"
            case mir.Cast(kind=kind, operand=o, ty=ty):
                return f"{op(o)} as {ty} ({kind.name})"
            case mir.BinaryOp(op=bop, lhs=a, rhs=b):
                return f"{BINOP_NAMES[bop]}({op(a)}, {op(b)})"
            case mir.CheckedBinaryOp(op=bop, lhs=a, rhs=b):
                return f"{BINOP_NAMES[bop]}WithOverflow({op(a)}, {op(b)})"
            case mir.UnaryOp(op=uop, operand=o):
                return f"{'Neg' if uop is UnOp.NEG else 'Not'}({op(o)})"
            case mir.Discriminant(place=p):
                return f"discriminant({self.place(p, body)})"
            case mir.Aggregate(kind=kind, ty=ty, operands=ops, variant=variant):
                parts = ", ".join(op(o) for o in ops)
                if kind is mir.AggregateKind.TUPLE:
                    return f"({parts}{',' if len(ops) == 1 else ''})"
                if kind is mir.AggregateKind.ARRAY:
                    return f"[{parts}]"
                if kind is mir.AggregateKind.CLOSURE:
                    return f"{ty}({parts})"
                name = str(ty)
                if self.program is not None and isinstance(ty, AdtTy) and ty.def_id in self.program.adts \
                        and self.program.adts[ty.def_id].kind is thir.AdtKind.ENUM:
                    name += "::" + self.variant_name(ty, variant)
                return f"{name}({parts})" if ops else name
        raise TypeError(rvalue)

    # ── statements and terminators ──

    def statement(self, stmt: mir.Statement, body: mir.Body) -> str:
        match stmt:
            case mir.Assign(place=p, rvalue=rv):
                return f"{self.place(p, body)} = {self.rvalue(rv, body)};"
            case mir.SetDiscriminant(place=p, variant=v):
                return f"discriminant({self.place(p, body)}) = {v};"
            case mir.StorageLive(local=local):
                return f"StorageLive(_{local});"
            case mir.StorageDead(local=local):
                return f"StorageDead(_{local});"
            case mir.FakeRead(place=p):
                return f"FakeRead(ForMatchedPlace, {self.place(p, body)});"
            case mir.Nop():
                return "nop;"
        raise TypeError(stmt)

    def assert_message(self, msg: mir.AssertMessage, body: mir.Body) -> str:
        if msg.kind is mir.AssertKind.OVERFLOW:
            assert msg.op is not None
            text = OVERFLOW_MESSAGES[msg.op]
            operands = msg.operands[1:] if msg.op in (BinOp.SHL, BinOp.SHR) else msg.operands
        else:
            text = ASSERT_MESSAGES[msg.kind]
            operands = msg.operands
        return ", ".join(['"' + text + '"'] + [self.operand(o, body) for o in operands])

    def terminator(self, term: mir.Terminator, body: mir.Body) -> str:
        match term:
            case mir.Goto(target=t):
                return f"goto -> bb{t};"
            case mir.SwitchInt(discr=d, values=values, targets=targets, otherwise=o):
                arms = [f"{v}: bb{t}" for v, t in zip(values, targets)] + [f"otherwise: bb{o}"]
                return f"switchInt({self.operand(d, body)}) -> [{', '.join(arms)}];"
            case mir.Return():
                return "return;"
            case mir.Unreachable():
                return "unreachable;"
            case mir.Drop(place=p, target=t):
                return f"drop({self.place(p, body)}) -> bb{t};"
            case mir.CallTerm(func=func, args=args, destination=dest, target=target):
                if isinstance(func, mir.Builtin):
                    callee = "builtin " + func.name + (f"::<{', '.join(map(str, func.ty_args))}>" if func.ty_args else "")
                else:
                    callee = self.operand(func, body).removeprefix("const ")
                call = f"{self.place(dest, body)} = {callee}({', '.join(self.operand(a, body) for a in args)})"
                return call + (f" -> bb{target};" if target is not None else ";")
            case mir.Assert(cond=cond, expected=expected, msg=msg, target=t):
                return f"assert({'' if expected else '!'}{self.operand(cond, body)}, " \
                       f"{self.assert_message(msg, body)}) -> bb{t};"
        raise TypeError(term)

    # ── bodies ──

    def body(self, body: mir.Body) -> str:
        args = ", ".join(f"_{i}: {body.locals[i].ty}" for i in range(1, body.arg_count + 1))
        lines = [f"fn {body.name}({args}) -> {body.locals[0].ty} {{"]
        for local, decl in enumerate(body.locals):
            if decl.is_user_var and decl.name is not None:
                lines.append(f"    debug {decl.name} => _{local};")
        for local, decl in enumerate(body.locals):
            if 1 <= local <= body.arg_count:
                continue
            lines.append(f"    let {'mut ' if decl.mutable else ''}_{local}: {decl.ty};")
        for index, data in enumerate(body.blocks):
            lines.append("")
            lines.append(f"    bb{index}{' (cleanup)' if data.is_cleanup else ''}: {{")
            for stmt in data.statements:
                lines.append("        " + self.statement(stmt, body))
            if data.terminator is not None:
                lines.append("        " + self.terminator(data.terminator, body))
            lines.append("    }")
        lines.append("}")
        return "\n".join(lines) + "\n"


def pretty_body(body: mir.Body, program: thir.Program | None = None) -> str:
    return MirPrinter(program).body(body)


def pretty_program(program: mir.Program) -> str:
    thir_program = program.thir if isinstance(program.thir, thir.Program) else None
    printer = MirPrinter(thir_program)
    parts = []
    for def_id, static in sorted(program.statics.items()):
        parts.append(f"static {printer.def_name(def_id)}: {static.value.ty} = const {printer.const(static.value)};\n")
    for body in sorted(program.bodies.values(), key=lambda b: (b.span.file, b.span.lo, b.name)):
        parts.append(printer.body(body))
    return "\n".join(parts)
