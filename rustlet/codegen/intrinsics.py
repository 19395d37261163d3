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
from rustlet.codegen.fmt_glue import INTRINSICS as FMT_INTRINSICS
from rustlet.codegen.function import FunctionCx, PlaceRef
from rustlet.codegen.layout import I1, I32, PTR, USIZE, Abi
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
    ptr = fx.immediate(args[0])
    if ptr.type != PTR:
        ptr = fx.builder.extract_value(ptr, 0)  # `*mut dyn Trait` / `*mut [T]`: free the data
    fx.builder.call(fx.cx.rt("rl_dealloc"), [ptr, fx.immediate(args[1]), fx.immediate(args[2])])


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


def _rotate(direction: str) -> Handler:
    """rotate_left/right as a funnel shift of the value with itself (amount mod width)."""
    def handler(fx, ty_args, args, dest):
        ty = _int_ty(fx, args)
        llvm = fx.layout(ty).llvm
        value = fx.immediate(args[0])
        amount = int_resize(fx, fx.immediate(args[1]), llvm, False)
        fn = fx.cx.llvm_intrinsic(f"llvm.{direction}.i{ty.kind.bits}", llvm, [llvm, llvm, llvm])
        _set(fx, dest, fx.builder.call(fn, [value, value, amount]))
    return handler


def _libm(name64: str, name32: str, arity: int) -> Handler:
    """Float functions LLVM has no portable intrinsic for: call libm (linked with -lm)."""
    def handler(fx, ty_args, args, dest):
        ty = fx.operand_ty(args[0])
        assert isinstance(ty, FloatTy)
        llvm = fx.layout(ty).llvm
        name = name32 if ty.kind is FloatKind.F32 else name64
        fn = fx.cx.llvm_intrinsic(name, llvm, [llvm] * arity)
        _set(fx, dest, fx.builder.call(fn, [fx.immediate(a) for a in args[:arity]]))
    return handler


def _fma(fx, ty_args, args, dest):
    ty = fx.operand_ty(args[0])
    assert isinstance(ty, FloatTy)
    llvm = fx.layout(ty).llvm
    suffix = "f32" if ty.kind is FloatKind.F32 else "f64"
    fn = fx.cx.llvm_intrinsic(f"llvm.fma.{suffix}", llvm, [llvm] * 3)
    _set(fx, dest, fx.builder.call(fn, [fx.immediate(a) for a in args[:3]]))


def _char_from_u32(fx, ty_args, args, dest):
    _set(fx, dest, fx.immediate(args[0]))


def _char_property(runtime_name: str) -> Handler:
    def handler(fx, ty_args, args, dest):
        result = fx.builder.call(fx.cx.rt(runtime_name), [fx.immediate(args[0])])
        _set(fx, dest, fx.builder.icmp_unsigned("!=", result, ir.Constant(result.type, 0)))
    return handler


def _fat_len(fx, ty_args, args, dest):
    _set(fx, dest, fx.builder.extract_value(fx.immediate(args[0]), 1))


def _slice_range(fx, ty_args, args, dest):
    """`&s[start..end]` with rustc 1.95's checks, in its order: start ≤ len, end ≤ len,
    start ≤ end."""
    b = fx.builder
    pair, start, end = (fx.immediate(a) for a in args[:3])
    length = b.extract_value(pair, 1)
    location = fx.caller_location()
    for failed, name, operands in [
            (b.icmp_unsigned(">", start, length), "rl_panic_slice_start", [start, length]),
            (b.icmp_unsigned(">", end, length), "rl_panic_slice_end", [end, length]),
            (b.icmp_unsigned(">", start, end), "rl_panic_slice_order", [start, end])]:
        with b.if_then(failed, likely=False):
            b.call(fx.cx.rt(name), [*operands, location])
            b.unreachable()
    elem = fx.layout(ty_args[-1])
    data = b.gep(b.extract_value(pair, 0), [start], inbounds=True, source_etype=elem.llvm)
    _set(fx, dest, _pair(fx, data, b.sub(end, start)))


def _pair(fx: FunctionCx, data: ir.Value, length: ir.Value) -> ir.Value:
    pair = ir.Constant(ir.LiteralStructType([PTR, USIZE]), None)
    return fx.builder.insert_value(fx.builder.insert_value(pair, data, 0), length, 1)


def _str_range(fx, ty_args, args, dest):
    """`&s[start..end]` on byte offsets; the runtime checks bounds and char boundaries
    and panics with rustc's message."""
    b = fx.builder
    pair, start, end = (fx.immediate(a) for a in args[:3])
    b.call(fx.cx.rt("rl_str_check_range"),
           [b.extract_value(pair, 0), b.extract_value(pair, 1), start, end, fx.caller_location()])
    data = b.gep(b.extract_value(pair, 0), [start], inbounds=True, source_etype=ir.IntType(8))
    _set(fx, dest, _pair(fx, data, b.sub(end, start)))


def _slice_from_raw_parts(fx, ty_args, args, dest):
    _set(fx, dest, _pair(fx, fx.immediate(args[0]), fx.immediate(args[1])))


def _fat_data(fx, ty_args, args, dest):
    """The data pointer of a fat pointer (`slice_as_ptr`), or a thin pointer as it is."""
    value = fx.immediate(args[0])
    _set(fx, dest, fx.builder.extract_value(value, 0) if value.type != PTR else value)


def _same_pointer(fx, ty_args, args, dest):
    """Reinterpret a pointer (`&str` ↔ `&[u8]`, `&T` → `*mut T`): same bits, new type."""
    _set(fx, dest, fx.immediate(args[0]))


def _slice_index(fx, ty_args, args, dest):
    """`&s[i]` with the bounds check reported at the caller's location."""
    b = fx.builder
    pair, index = fx.immediate(args[0]), fx.immediate(args[1])
    _bounds_checked(fx, index, b.extract_value(pair, 1))
    elem = fx.layout(ty_args[-1])
    _set(fx, dest, b.gep(b.extract_value(pair, 0), [index], inbounds=True, source_etype=elem.llvm))


def _bounds_checked(fx: FunctionCx, index: ir.Value, length: ir.Value) -> None:
    b = fx.builder
    with b.if_then(b.icmp_unsigned(">=", index, length), likely=False):
        b.call(fx.cx.rt("rl_panic_bounds_check"), [index, length, fx.caller_location()])
        b.unreachable()


def _slice_swap(fx, ty_args, args, dest):
    b = fx.builder
    pair, i, j = (fx.immediate(a) for a in args[:3])
    length = b.extract_value(pair, 1)
    _bounds_checked(fx, i, length)
    _bounds_checked(fx, j, length)
    elem = fx.layout(ty_args[-1])
    data = b.extract_value(pair, 0)
    _swap_memory(fx, b.gep(data, [i], inbounds=True, source_etype=elem.llvm),
                 b.gep(data, [j], inbounds=True, source_etype=elem.llvm), elem)


def _swap_memory(fx: FunctionCx, a: ir.Value, b_ptr: ir.Value, layout) -> None:
    if layout.abi is Abi.IGNORE:
        return
    temp = fx.alloca(layout, "swap")
    fx.memcpy(temp, a, layout.size)
    fx.memmove(a, b_ptr, layout.size)  # a == b is allowed: swapping an element with itself
    fx.memcpy(b_ptr, temp, layout.size)


def _swap(fx, ty_args, args, dest):
    _swap_memory(fx, fx.immediate(args[0]), fx.immediate(args[1]), fx.layout(ty_args[-1]))


def _replace(fx, ty_args, args, dest):
    target = fx.immediate(args[0])
    fx.store_operand(fx.load_operand(PlaceRef(target, ty_args[-1])), dest.ptr)
    fx.store_operand(fx.operand(args[1]), target)


def _str_eq(fx, ty_args, args, dest):
    from rustlet.codegen.fmt_glue import str_eq
    str_eq(fx, fx.immediate(args[0]), fx.immediate(args[1]), dest)


def _str_cmp(fx, ty_args, args, dest):
    """Lexicographic byte order (-1, 0, 1): memcmp of the common prefix, then the lengths."""
    b = fx.builder
    lhs, rhs = fx.immediate(args[0]), fx.immediate(args[1])
    lhs_len, rhs_len = b.extract_value(lhs, 1), b.extract_value(rhs, 1)
    shorter = b.select(b.icmp_unsigned("<", lhs_len, rhs_len), lhs_len, rhs_len)
    prefix = b.call(fx.cx.rt("memcmp"), [b.extract_value(lhs, 0), b.extract_value(rhs, 0), shorter])
    by_length = b.sub(b.zext(b.icmp_unsigned(">", lhs_len, rhs_len), I32),
                      b.zext(b.icmp_unsigned("<", lhs_len, rhs_len), I32))
    by_bytes = b.sub(b.zext(b.icmp_signed(">", prefix, ir.Constant(I32, 0)), I32),
                     b.zext(b.icmp_signed("<", prefix, ir.Constant(I32, 0)), I32))
    _set(fx, dest, b.select(b.icmp_signed("==", prefix, ir.Constant(I32, 0)), by_length, by_bytes))


def _str_byte(fx, ty_args, args, dest):
    b = fx.builder
    pair, index = fx.immediate(args[0]), fx.immediate(args[1])
    _bounds_checked(fx, index, b.extract_value(pair, 1))
    ptr = b.gep(b.extract_value(pair, 0), [index], inbounds=True, source_etype=ir.IntType(8))
    _set(fx, dest, b.load(ptr, typ=ir.IntType(8), align=1))


def _char_case(runtime_name: str) -> Handler:
    """`char_to_upper(c, &mut [char; 3]) -> u32`: the runtime writes the mapping."""
    def handler(fx, ty_args, args, dest):
        count = fx.builder.call(fx.cx.rt(runtime_name), [fx.immediate(args[0]), fx.immediate(args[1])])
        _set(fx, dest, count)
    return handler


def _parse_float(runtime_name: str) -> Handler:
    def handler(fx, ty_args, args, dest):
        text = fx.immediate(args[0])
        b = fx.builder
        _set(fx, dest, b.call(fx.cx.rt(runtime_name), [b.extract_value(text, 0), b.extract_value(text, 1)]))
    return handler


def _args_count(fx, ty_args, args, dest):
    _set(fx, dest, fx.builder.call(fx.cx.rt("rl_args_count"), []))


def _arg(fx, ty_args, args, dest):
    """`rl_arg(i, &ptr, &len)` writes the two halves of the `&'static str` in place."""
    layout = fx.layout(dest.ty)
    slot = fx.alloca(layout, "arg")
    fx.builder.call(fx.cx.rt("rl_arg"), [fx.immediate(args[0]), fx.gep_field(slot, layout.llvm, 0),
                                         fx.gep_field(slot, layout.llvm, 1)])
    fx.store_operand(fx.load_operand(PlaceRef(slot, dest.ty)), dest.ptr)


# Vec<u8> {ptr, cap, len} field → RlBuf {ptr, len, cap} field
_VEC_TO_BUF = ((0, 0), (1, 2), (2, 1))


def _stdin_read(runtime_name: str) -> Handler:
    """Read stdin into a `Vec<u8>` through an RlBuf view of it; the runtime grows the
    bytes with realloc, as the Vec itself would."""
    def handler(fx, ty_args, args, dest):
        from rustlet.codegen.fmt_glue import BUF_LAYOUT
        from rustlet.codegen.module import RL_BUF
        b = fx.builder
        vec_ptr = fx.immediate(args[0])
        vec = fx.layout(fx.operand_ty(args[0]).inner)
        buf = fx.alloca(BUF_LAYOUT, "stdin.buf")
        b.call(fx.cx.rt("rl_buf_init"), [buf])
        for vec_field, buf_field in _VEC_TO_BUF:
            value = b.load(fx.gep_field(vec_ptr, vec.llvm, vec.field_index[vec_field]),
                           typ=RL_BUF.elements[buf_field], align=8)
            b.store(value, fx.gep_field(buf, RL_BUF, buf_field), align=8)
        count = b.call(fx.cx.rt(runtime_name), [buf])
        for vec_field, buf_field in _VEC_TO_BUF:
            value = b.load(fx.gep_field(buf, RL_BUF, buf_field), typ=RL_BUF.elements[buf_field], align=8)
            b.store(value, fx.gep_field(vec_ptr, vec.llvm, vec.field_index[vec_field]), align=8)
        _set(fx, dest, count)
    return handler


def _write_fd(fx, ty_args, args, dest):
    """Bytes to stdout (buffered with the rest of the program's output) or stderr."""
    from rustlet.codegen.fmt_glue import BUF_LAYOUT
    b = fx.builder
    buf = fx.alloca(BUF_LAYOUT, "write.buf")
    b.call(fx.cx.rt("rl_buf_init"), [buf])
    text = fx.immediate(args[1])
    b.call(fx.cx.rt("rl_buf_push"), [buf, b.extract_value(text, 0), b.extract_value(text, 1)])
    b.call(fx.cx.rt("rl_buf_write_fd"), [buf, fx.immediate(args[0])])
    b.call(fx.cx.rt("rl_buf_free"), [buf])


def _panic_str(fx, ty_args, args, dest):
    message = fx.immediate(args[0])
    b = fx.builder
    b.call(fx.cx.rt("rl_panic"), [b.extract_value(message, 0), b.extract_value(message, 1), fx.caller_location()])
    b.unreachable()


HANDLERS: dict[str, Handler] = {
    "wrapping_add": _binary(BinOp.ADD),
    "wrapping_sub": _binary(BinOp.SUB),
    "wrapping_mul": _binary(BinOp.MUL),
    "add_with_overflow": _with_overflow(BinOp.ADD),
    "sub_with_overflow": _with_overflow(BinOp.SUB),
    "mul_with_overflow": _with_overflow(BinOp.MUL),
    "saturating_add": _saturating("add"),
    "saturating_sub": _saturating("sub"),
    "ctpop": _bit_count("ctpop"),
    "ctlz": _bit_count("ctlz"),
    "cttz": _bit_count("cttz"),
    "bswap": _swap_bytes,
    "rotate_left": _rotate("fshl"),
    "rotate_right": _rotate("fshr"),
    "sqrtf": _float_unary("sqrt"),
    "floorf": _float_unary("floor"),
    "ceilf": _float_unary("ceil"),
    "roundf": _float_unary("round"),
    "truncf": _float_unary("trunc"),
    "fabsf": _float_unary("fabs"),
    "sinf": _float_unary("sin"),
    "cosf": _float_unary("cos"),
    "expf": _float_unary("exp"),
    "logf": _float_unary("log"),
    "log2f": _float_unary("log2"),
    "log10f": _float_unary("log10"),
    "tanf": _libm("tan", "tanf", 1),
    "atan2f": _libm("atan2", "atan2f", 2),
    "asinf": _libm("asin", "asinf", 1),
    "acosf": _libm("acos", "acosf", 1),
    "atanf": _libm("atan", "atanf", 1),
    "sinhf": _libm("sinh", "sinhf", 1),
    "coshf": _libm("cosh", "coshf", 1),
    "tanhf": _libm("tanh", "tanhf", 1),
    "asinhf": _libm("asinh", "asinhf", 1),
    "acoshf": _libm("acosh", "acoshf", 1),
    "atanhf": _libm("atanh", "atanhf", 1),
    "cbrtf": _libm("cbrt", "cbrtf", 1),
    "expm1f": _libm("expm1", "expm1f", 1),
    "log1pf": _libm("log1p", "log1pf", 1),
    "exp2f": _float_unary("exp2"),
    "powif": _float_binary("powi"),
    "powf": _float_binary("pow"),
    "minnumf": _float_binary("minnum"),
    "maxnumf": _float_binary("maxnum"),
    "copysignf": _float_binary("copysign"),
    "fmaf": _fma,
    "char_from_u32_unchecked": _char_from_u32,
    "char_is_alphabetic": _char_property("rl_char_is_alphabetic"),
    "char_is_numeric": _char_property("rl_char_is_numeric"),
    "char_is_whitespace": _char_property("rl_char_is_whitespace"),
    "char_is_lowercase": _char_property("rl_char_is_lowercase"),
    "char_is_uppercase": _char_property("rl_char_is_uppercase"),
    "slice_len": _fat_len,
    "str_len": _fat_len,
    "slice_range": _slice_range,
    "slice_range_mut": _slice_range,
    "slice_swap": _slice_swap,
    "str_range": _str_range,
    "str_eq": _str_eq,
    "str_cmp": _str_cmp,
    "str_byte": _str_byte,
    "size_of": _size_of,
    "align_of": _align_of,
    "needs_drop": _needs_drop,
    "size_of_val": _size_or_align_of_val(1),
    "align_of_val": _size_or_align_of_val(2),
    "swap": _swap,
    "replace": _replace,
    "exit": _exit,
    "abort": _abort,
    "panic_str": _panic_str,
    "alloc": _alloc,
    "realloc": _realloc,
    "dealloc": _dealloc,
    "ptr_read": _ptr_read,
    "ptr_write": _ptr_write,
    "ptr_offset": _ptr_offset,
    "copy": _copy(True),
    "copy_nonoverlapping": _copy(False),
    "drop_in_place": _drop_in_place,
    "forget": _forget,
    "null_mut": _null_ptr,
    "is_null": _is_null,
    "transmute": _transmute_int,
    **FMT_INTRINSICS,
    "slice_from_raw_parts": _slice_from_raw_parts,
    "slice_from_raw_parts_mut": _slice_from_raw_parts,
    "slice_as_ptr": _fat_data,
    "slice_index": _slice_index,
    "slice_index_mut": _slice_index,
    "ref_as_ptr": _same_pointer,
    "str_as_bytes": _same_pointer,
    "str_from_utf8_unchecked": _same_pointer,
    "str_from_utf8_unchecked_mut": _same_pointer,
    "char_to_upper": _char_case("rl_char_to_upper"),
    "char_to_lower": _char_case("rl_char_to_lower"),
    "parse_f64": _parse_float("rl_parse_f64"),
    "parse_f32": _parse_float("rl_parse_f32"),
    "args_count": _args_count,
    "arg": _arg,
    "stdin_read_line": _stdin_read("rl_stdin_read_line"),
    "stdin_read_to_end": _stdin_read("rl_stdin_read_to_end"),
    "write_fd": _write_fd,
}

# The intrinsics that panic: a standard-library function calling one reports its
# caller's location (rustc's #[track_caller] on unwrap, expect, indexing…).
PANICKING = frozenset({"panic_str", "slice_range", "slice_range_mut", "slice_swap", "str_range", "str_byte",
                       "slice_index", "slice_index_mut"})
