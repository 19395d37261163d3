"""`print!`/`println!`/`eprint!`/`eprintln!`, `format!`, `panic!` and `format_args!`
(what `write!` passes to `write_fmt`) as builtin calls.

A `FormatArgs` is lowered as rustc's `format_args!` behaves: every argument is
evaluated once, in order, *before* anything is formatted, and is formatted through a
shared reference (never moved).  Then a runtime buffer is filled piece by piece:

    _a = &arg0; _b = &arg1;                          // all arguments first
    _buf = fmt_buf_new()                             // RawPtrTy(u8): a runtime RlBuf*
    fmt_push_str(copy _buf, const "x = ")            // literal pieces
    fmt_arg::<T>(copy _buf, copy _a, const <FormatPiece>[, width][, precision])
    fmt_print(copy _buf, const 1_i32)                // print!: 1 = stdout, 2 = stderr
    dest = fmt_into_string(copy _buf)                // format!
    dest = fmt_arguments(copy _buf)                  // format_args! as a value (write!)
    fmt_panic(copy _buf)                             // panic!: no return edge

The spec operand is `Constant(ConstValue(UNIT, piece))` holding the `thir.FormatPiece`;
a width or precision taken from an argument (`{:1$}`, `{:.*}`) follows as an extra
`usize` operand read through that argument's reference.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from rustlet import thir
from rustlet.mir import syntax as mir
from rustlet.types import I32, STR_REF, U8, UNIT, RawPtrTy, RefTy

if TYPE_CHECKING:
    from rustlet.mir.build.builder import Builder

BUF_TY = RawPtrTy(U8)


class FormattingMixin:
    def lower_format(self: "Builder", dest: mir.Place,
                     expr: thir.Print | thir.FormatString | thir.Panic | thir.FormatArgs) -> None:
        span = expr.span
        args = expr if isinstance(expr, thir.FormatArgs) else expr.args
        refs: list[mir.Local] = []
        for arg in args.args:  # each borrowed as soon as evaluated, as rustc's `&arg` (borrowck sees the order)
            place = self.as_place(arg)
            ref = self.new_temp(RefTy(arg.ty), arg.span)
            self.assign(mir.Place(ref), mir.Ref(place, False), arg.span)
            refs.append(ref)
        buf = self.new_temp(BUF_TY, span)
        self.emit_call(mir.Builtin("fmt_buf_new"), (), mir.Place(buf), BUF_TY, span)
        ignored = mir.Place(self.new_local(UNIT, span))
        buf_operand = mir.Copy(mir.Place(buf))
        for piece in args.pieces:
            if isinstance(piece, str):
                text = mir.Constant(thir.ConstValue(STR_REF, piece), span)
                self.emit_call(mir.Builtin("fmt_push_str"), (buf_operand, text), ignored, UNIT, span)
                continue
            operands: list[mir.Operand] = [buf_operand, mir.Copy(mir.Place(refs[piece.arg_index])),
                                           mir.Constant(thir.ConstValue(UNIT, piece), span)]
            for count_arg in (piece.width_arg, piece.precision_arg):
                if count_arg is not None:
                    operands.append(mir.Copy(mir.Place(refs[count_arg], (mir.DerefProj(),))))
            arg_ty = args.args[piece.arg_index].ty
            self.emit_call(mir.Builtin("fmt_arg", (arg_ty,)), tuple(operands), ignored, UNIT, span)
        match expr:
            case thir.Print(target=target):
                fd = mir.Constant(thir.ConstValue(I32, target.value), span)
                self.emit_call(mir.Builtin("fmt_print"), (buf_operand, fd), ignored, UNIT, span)
                self.assign_unit(dest, expr.ty, span)
            case thir.FormatString():
                self.emit_call(mir.Builtin("fmt_into_string"), (buf_operand,), dest, expr.ty, span)
            case thir.FormatArgs():
                self.emit_call(mir.Builtin("fmt_arguments"), (buf_operand,), dest, expr.ty, span)
            case thir.Panic():
                self.terminate(mir.CallTerm(mir.Builtin("fmt_panic"), (buf_operand,), ignored, None, span))
                self.diverge()
