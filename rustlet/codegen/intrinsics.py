"""Intrinsics: `#[intrinsic]` functions of the standard library, expanded inline.

The standard library (stdlib/intrinsics.rl) declares these without bodies; a call
is replaced by a few LLVM instructions or a runtime call, chosen by the function's
name.  Type arguments are the intrinsic's generic arguments after substitution
(`size_of::<T>` → the layout's size).  Each handler receives the call's operands
and stores its result in the destination.  An intrinsic not in `HANDLERS` is a
clear "unsupported" error naming it.
"""
from __future__ import annotations

from collections.abc import Callable

import llvmlite.ir as ir

from rustlet import thir
from rustlet.codegen.function import FunctionCx, PlaceRef
from rustlet.codegen.layout import I1, PTR, USIZE, Abi
from rustlet.codegen.module import OperandRef
from rustlet.codegen.rvalue import binary_op, checked_binary_op, int_resize
from rustlet.codegen.terminator import drop_in_place
from rustlet.ast import BinOp
from rustlet.diagnostics import CompileError, unsupported
from rustlet.mir import syntax as mir
from rustlet.source import Span
from rustlet.codegen.vtable import load_slot
from rustlet.types import DynTy, FloatKind, FloatTy, IntTy, SliceTy, StrTy, Ty

Handler = Callable[[FunctionCx, tuple[Ty, ...], list[mir.Operand], PlaceRef], None]


def codegen_intrinsic(fx: FunctionCx, fn_def: thir.FnDef, ty_args: tuple[Ty, ...], args: tuple[mir.Operand, ...],
                      dest: PlaceRef, span: Span) -> None:
    handler = HANDLERS.get(fn_def.name)
    if handler is None:
        raise CompileError(unsupported(f"the intrinsic `{fn_def.name}`", span))
    handler(fx, tuple(fx.mono(t) for t in ty_args), list(args), dest)


def _set(fx: FunctionCx, dest: PlaceRef, value: ir.Value) -> None:
    fx.store_operand(OperandRef(fx.layout(dest.ty), value=value), dest.ptr)


def _int_ty(fx: FunctionCx, args: list[mir.Operand]) -> IntTy:
    ty = fx.operand_ty(args[0])
    assert isinstance(ty, IntTy), ty
    return ty


# ── layout ──

def _size_of(fx, ty_args, args, dest):
    _set(fx, dest, fx.usize(fx.layout(ty_args[-1]).size))


def _align_of(fx, ty_args, args, dest):
    _set(fx, dest, fx.usize(fx.layout(ty_args[-1]).align))


def _needs_drop(fx, ty_args, args, dest):
    _set(fx, dest, ir.Constant(I1, int(fx.cx.items.resolver.needs_drop(ty_args[-1]))))


# ── integer arithmetic ──

def _binary(op: BinOp) -> Handler:
    def handler(fx, ty_args, args, dest):
        ty = _int_ty(fx, args)
        _set(fx, dest, binary_op(fx, op, ty, fx.immediate(args[0]), fx.operand_ty(args[1]), fx.immediate(args[1])))
    return handler


def _with_overflow(op: BinOp) -> Handler:
    """`(T, bool)` result, as `overflowing_add`."""
    def handler(fx, ty_args, args, dest):
        ty = _int_ty(fx, args)
        value, overflow = checked_binary_op(fx, op, ty, fx.immediate(args[0]), fx.operand_ty(args[1]),
                                            fx.immediate(args[1]))
        layout = fx.layout(dest.ty)
        fx.store_scalar(value, fx.gep_field(dest.ptr, layout.llvm, layout.field_index[0]), fx.layout(ty))
        fx.store_scalar(overflow, fx.gep_field(dest.ptr, layout.llvm, layout.field_index[1]),
                        fx.layout(layout.field_tys[1]))
    return handler


def _saturating(name: str) -> Handler:
    def handler(fx, ty_args, args, dest):
        ty = _int_ty(fx, args)
        llvm = fx.layout(ty).llvm
        prefix = "s" if ty.kind.signed else "u"
        fn = fx.cx.llvm_intrinsic(f"llvm.{prefix}{name}.sat.i{ty.kind.bits}", llvm, [llvm, llvm])
        _set(fx, dest, fx.builder.call(fn, [fx.immediate(args[0]), fx.immediate(args[1])]))
    return handler


def _bit_count(name: str) -> Handler:
    """ctpop / ctlz / cttz, returned as u32 like `count_ones`."""
    def handler(fx, ty_args, args, dest):
        ty = _int_ty(fx, args)
        llvm = fx.layout(ty).llvm
        value = fx.immediate(args[0])
        if name == "ctpop":
            fn = fx.cx.llvm_intrinsic(f"llvm.ctpop.i{ty.kind.bits}", llvm, [llvm])
            result = fx.builder.call(fn, [value])
        else:
            fn = fx.cx.llvm_intrinsic(f"llvm.{name}.i{ty.kind.bits}", llvm, [llvm, I1])
            result = fx.builder.call(fn, [value, ir.Constant(I1, 0)])
        _set(fx, dest, int_resize(fx, result, fx.layout(dest.ty).llvm, False))
    return handler


def _swap_bytes(fx, ty_args, args, dest):
    ty = _int_ty(fx, args)
    value = fx.immediate(args[0])
    _set(fx, dest, value if ty.kind.bits == 8 else fx.builder.bswap(value))


# ── floats ──

def _float_unary(name: str) -> Handler:
    def handler(fx, ty_args, args, dest):
        ty = fx.operand_ty(args[0])
        assert isinstance(ty, FloatTy)
        llvm = fx.layout(ty).llvm
        suffix = "f32" if ty.kind is FloatKind.F32 else "f64"
        fn = fx.cx.llvm_intrinsic(f"llvm.{name}.{suffix}", llvm, [llvm])
        _set(fx, dest, fx.builder.call(fn, [fx.immediate(args[0])]))
    return handler


def _float_binary(name: str) -> Handler:
    def handler(fx, ty_args, args, dest):
        ty = fx.operand_ty(args[0])
        assert isinstance(ty, FloatTy)
        llvm = fx.layout(ty).llvm
        suffix = "f32" if ty.kind is FloatKind.F32 else "f64"
        second = fx.layout(fx.operand_ty(args[1])).llvm
        fn = fx.cx.llvm_intrinsic(f"llvm.{name}.{suffix}" + (".i32" if name == "powi" else ""), llvm, [llvm, second])
        _set(fx, dest, fx.builder.call(fn, [fx.immediate(args[0]), fx.immediate(args[1])]))
    return handler


# ── memory ──

def _alloc(fx, ty_args, args, dest):
    _set(fx, dest, fx.builder.call(fx.cx.rt("rl_alloc"), [fx.immediate(args[0]), fx.immediate(args[1])]))


def _realloc(fx, ty_args, args, dest):
    _set(fx, dest, fx.builder.call(fx.cx.rt("rl_realloc"), [fx.immediate(a) for a in args[:4]]))


def _dealloc(fx, ty_args, args, dest):
    fx.builder.call(fx.cx.rt("rl_dealloc"), [fx.immediate(a) for a in args[:3]])


def _ptr_read(fx, ty_args, args, dest):
    fx.store_operand(fx.load_operand(PlaceRef(fx.immediate(args[0]), ty_args[-1])), dest.ptr)


def _ptr_write(fx, ty_args, args, dest):
    value = fx.operand(args[1])
    fx.store_operand(value, fx.immediate(args[0]))


def _ptr_offset(fx, ty_args, args, dest):
    elem = fx.layout(ty_args[-1])
    ptr = fx.builder.gep(fx.immediate(args[0]), [fx.immediate(args[1])], source_etype=elem.llvm)
    _set(fx, dest, ptr)


def _copy(overlapping: bool) -> Handler:
    def handler(fx, ty_args, args, dest):
        src, dst, count = (fx.immediate(a) for a in args[:3])
        size = fx.builder.mul(count, fx.usize(fx.layout(ty_args[-1]).size))
        name = "llvm.memmove.p0.p0.i64" if overlapping else "llvm.memcpy.p0.p0.i64"
        fn = fx.cx.llvm_intrinsic(name, ir.VoidType(), [PTR, PTR, USIZE, I1])
        fx.builder.call(fn, [dst, src, size, ir.Constant(I1, 0)])
    return handler


def _drop_in_place(fx, ty_args, args, dest):
    ty = ty_args[-1]
    if not isinstance(ty, DynTy):
        drop_in_place(fx, fx.immediate(args[0]), ty)
        return
    pair = fx.immediate(args[0])  # *mut dyn Trait: the vtable's first slot drops the value
    glue = load_slot(fx.builder, fx.builder.extract_value(pair, 1), 0)
    with fx.builder.if_then(fx.builder.icmp_unsigned("!=", glue, ir.Constant(PTR, None))):
        glue.type = ir.FunctionType(ir.VoidType(), [PTR]).as_pointer()  # see terminator.typed_callee
        fx.builder.call(glue, [fx.builder.extract_value(pair, 0)])


def _size_or_align_of_val(slot: int) -> Handler:
    """`size_of_val` / `align_of_val` through a reference, also to unsized values."""
    def handler(fx, ty_args, args, dest):
        ty = ty_args[-1]
        b = fx.builder
        match ty:
            case DynTy():
                _set(fx, dest, load_slot(b, b.extract_value(fx.immediate(args[0]), 1), slot))
            case SliceTy(elem=elem) | (StrTy() as elem) if slot == 1:
                elem_size = 1 if isinstance(ty, StrTy) else fx.layout(elem).size
                _set(fx, dest, b.mul(b.extract_value(fx.immediate(args[0]), 1), fx.usize(elem_size)))
            case SliceTy(elem=elem):
                _set(fx, dest, fx.usize(fx.layout(elem).align))
            case StrTy():
                _set(fx, dest, fx.usize(1))
            case _:
                layout = fx.layout(ty)
                _set(fx, dest, fx.usize(layout.size if slot == 1 else layout.align))
    return handler


def _forget(fx, ty_args, args, dest):
    pass  # the value is simply not dropped


def _null_ptr(fx, ty_args, args, dest):
    _set(fx, dest, ir.Constant(PTR, None))


def _is_null(fx, ty_args, args, dest):
    _set(fx, dest, fx.builder.icmp_unsigned("==", fx.immediate(args[0]), ir.Constant(PTR, None)))


# ── process ──

def _abort(fx, ty_args, args, dest):
    fx.builder.call(fx.cx.rt("abort"), [])
    fx.builder.unreachable()


def _exit(fx, ty_args, args, dest):
    fx.builder.call(fx.cx.rt("rl_exit"), [fx.immediate(args[0])])
    fx.builder.unreachable()


def _transmute_int(fx, ty_args, args, dest):
    """Bit casts between same-size scalars (`f64::to_bits`, `char::from_u32_unchecked`)."""
    value = fx.immediate(args[0])
    target = fx.layout(dest.ty)
    if target.abi is not Abi.SCALAR or fx.layout(fx.operand_ty(args[0])).size != target.size:
        raise CompileError(unsupported(f"transmute to `{dest.ty}`", fx.span))
    _set(fx, dest, fx.builder.bitcast(value, target.immediate))


HANDLERS: dict[str, Handler] = {
    "size_of": _size_of,
    "align_of": _align_of,
    "needs_drop": _needs_drop,
    "size_of_val": _size_or_align_of_val(1),
    "align_of_val": _size_or_align_of_val(2),
    "wrapping_add": _binary(BinOp.ADD),
    "wrapping_sub": _binary(BinOp.SUB),
    "wrapping_mul": _binary(BinOp.MUL),
    "add_with_overflow": _with_overflow(BinOp.ADD),
    "sub_with_overflow": _with_overflow(BinOp.SUB),
    "mul_with_overflow": _with_overflow(BinOp.MUL),
    "saturating_add": _saturating("add"),
    "saturating_sub": _saturating("sub"),
    "ctpop": _bit_count("ctpop"),
    "count_ones": _bit_count("ctpop"),
    "ctlz": _bit_count("ctlz"),
    "leading_zeros": _bit_count("ctlz"),
    "cttz": _bit_count("cttz"),
    "trailing_zeros": _bit_count("cttz"),
    "bswap": _swap_bytes,
    "swap_bytes": _swap_bytes,
    "sqrt": _float_unary("sqrt"),
    "floor": _float_unary("floor"),
    "ceil": _float_unary("ceil"),
    "round": _float_unary("round"),
    "trunc": _float_unary("trunc"),
    "fabs": _float_unary("fabs"),
    "abs": _float_unary("fabs"),
    "sin": _float_unary("sin"),
    "cos": _float_unary("cos"),
    "tan": _float_unary("tan"),
    "exp": _float_unary("exp"),
    "exp2": _float_unary("exp2"),
    "ln": _float_unary("log"),
    "log": _float_unary("log"),
    "log2": _float_unary("log2"),
    "log10": _float_unary("log10"),
    "powi": _float_binary("powi"),
    "powf": _float_binary("pow"),
    "minnum": _float_binary("minnum"),
    "maxnum": _float_binary("maxnum"),
    "copysign": _float_binary("copysign"),
    "alloc": _alloc,
    "realloc": _realloc,
    "dealloc": _dealloc,
    "ptr_read": _ptr_read,
    "read": _ptr_read,
    "ptr_write": _ptr_write,
    "write": _ptr_write,
    "offset": _ptr_offset,
    "ptr_offset": _ptr_offset,
    "ptr_add": _ptr_offset,
    "copy": _copy(True),
    "copy_nonoverlapping": _copy(False),
    "drop_in_place": _drop_in_place,
    "forget": _forget,
    "null_mut": _null_ptr,
    "null": _null_ptr,
    "is_null": _is_null,
    "abort": _abort,
    "exit": _exit,
    "transmute": _transmute_int,
}
