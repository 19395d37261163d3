"""Rvalues: `place = rvalue`, with Rust's exact integer and float semantics.

Arithmetic (the MIR already holds the asserts that make these safe or panicking):
- `+ - *` wrap (`add`/`sub`/`mul`, no nsw/nuw flags: overflow is defined as wrapping
  when overflow checks are off); `/ %` are `sdiv`/`udiv`/`srem`/`urem` after the
  MIR's divide-by-zero and MIN/-1 asserts;
- shifts mask the amount to the bit width (`x << (n & (bits-1))`), which is what
  release Rust does and what keeps LLVM from seeing poison;
- `CheckedBinaryOp` computes `(result, overflowed)` with `llvm.sadd.with.overflow`
  and friends; for shifts the flag is `amount >= bits` (as unsigned);
- float `!=` is unordered (NaN != NaN is true), the other comparisons ordered.

Casts follow `as`: int→int truncates or sign/zero-extends by the *source*
signedness; float→int saturates (`llvm.fptosi.sat`, NaN → 0); `u8 as char`
zero-extends; a fieldless enum casts its discriminant.  Unsizing builds the fat
pointer `{ptr, N}` of `&[T; N] → &[T]` or `{ptr, vtable}` of `&T → &dyn Trait`.

Aggregates are written field by field into the destination, after evaluating all
operands; an enum's tag is written after its fields.
"""
from __future__ import annotations

import llvmlite.ir as ir

from rustlet.ast import BinOp, UnOp
from rustlet.codegen.function import FunctionCx, PlaceRef
from rustlet.codegen.layout import I1, I32, PTR, USIZE, Abi
from rustlet.codegen.module import OperandRef
from rustlet.codegen.vtable import vtable
from rustlet.diagnostics import CompileError, unsupported
from rustlet.mir import syntax as mir
from rustlet.mono import unsized_pointee
from rustlet.thir import CastKind
from rustlet.types import (
    AdtTy, ArrayTy, BoolTy, ClosureTy, DynTy, FloatKind, FloatTy, FnDefTy, IntTy, RawPtrTy, RefTy, SliceTy, Ty,
)

_INT_PREDICATES = {BinOp.EQ: "==", BinOp.NE: "!=", BinOp.LT: "<", BinOp.LE: "<=", BinOp.GT: ">", BinOp.GE: ">="}


def codegen_assign(fx: FunctionCx, dest: PlaceRef, rvalue: mir.Rvalue) -> None:
    b = fx.builder
    match rvalue:
        case mir.Use(operand=operand):
            fx.store_operand(fx.operand(operand), dest.ptr)
        case mir.Repeat(operand=operand, count=count):
            _repeat(fx, dest, fx.operand(operand), count)
        case mir.Ref(place=place) | mir.AddressOf(place=place):
            b.store(fx.place_address(fx.place(place)), dest.ptr, align=8)
        case mir.Len(place=place):
            fx.store_scalar(_len(fx, fx.place(place)), dest.ptr, fx.layout(dest.ty))
        case mir.Cast(kind=kind, operand=operand, ty=ty):
            result = _cast(fx, kind, operand, fx.mono(ty))
            if result is not None:
                fx.store_operand(result, dest.ptr)
        case mir.BinaryOp(op=op, lhs=lhs, rhs=rhs):
            value = binary_op(fx, op, fx.operand_ty(lhs), fx.immediate(lhs), fx.operand_ty(rhs), fx.immediate(rhs))
            fx.store_scalar(value, dest.ptr, fx.layout(dest.ty))
        case mir.CheckedBinaryOp(op=op, lhs=lhs, rhs=rhs):
            lhs_ty = fx.operand_ty(lhs)
            value, overflow = checked_binary_op(fx, op, lhs_ty, fx.immediate(lhs), fx.operand_ty(rhs), fx.immediate(rhs))
            layout = fx.layout(dest.ty)
            fx.store_scalar(value, fx.gep_field(dest.ptr, layout.llvm, layout.field_index[0]), fx.layout(lhs_ty))
            fx.store_scalar(overflow, fx.gep_field(dest.ptr, layout.llvm, layout.field_index[1]), fx.layout(BoolTy()))
        case mir.UnaryOp(op=op, operand=operand):
            fx.store_scalar(_unary(fx, op, fx.operand_ty(operand), fx.immediate(operand)), dest.ptr,
                            fx.layout(dest.ty))
        case mir.Discriminant(place=place):
            fx.store_scalar(fx.read_discriminant(fx.place(place), dest.ty), dest.ptr, fx.layout(dest.ty))
        case mir.Aggregate():
            _aggregate(fx, dest, rvalue)
        case _:
            raise CompileError(unsupported(f"rvalue `{type(rvalue).__name__}`", fx.span))


def _len(fx: FunctionCx, ref: PlaceRef) -> ir.Value:
    if isinstance(ref.ty, ArrayTy):
        return fx.usize(ref.ty.length)
    assert ref.meta is not None, ref.ty
    return ref.meta


def _repeat(fx: FunctionCx, dest: PlaceRef, value: OperandRef, count: int) -> None:
    """`[x; N]`: a loop storing `x` N times (LLVM turns it into memset when it can)."""
    if count == 0 or value.layout.abi is Abi.IGNORE:
        return
    assert isinstance(dest.ty, ArrayTy)
    array = fx.layout(dest.ty).llvm
    b = fx.builder
    if count <= 4:
        for i in range(count):
            fx.store_operand(value, b.gep(dest.ptr, [ir.Constant(I32, 0), fx.usize(i)], inbounds=True,
                                          source_etype=array))
        return
    header = fx.fn.append_basic_block("repeat")
    done = fx.fn.append_basic_block("repeat.done")
    before = b.block
    b.branch(header)
    b.position_at_end(header)
    index = b.phi(USIZE)
    index.add_incoming(fx.usize(0), before)
    fx.store_operand(value, b.gep(dest.ptr, [ir.Constant(I32, 0), index], inbounds=True, source_etype=array))
    next_index = b.add(index, fx.usize(1))
    index.add_incoming(next_index, b.block)
    b.cbranch(b.icmp_unsigned("<", next_index, fx.usize(count)), header, done)
    b.position_at_end(done)


def _aggregate(fx: FunctionCx, dest: PlaceRef, rvalue: mir.Aggregate) -> None:
    ty = fx.mono(rvalue.ty)
    layout = fx.layout(ty)
    values = [fx.operand(o) for o in rvalue.operands]
    if layout.abi is Abi.IGNORE and rvalue.kind is not mir.AggregateKind.ADT:
        return
    match rvalue.kind:
        case mir.AggregateKind.ARRAY:
            for i, value in enumerate(values):
                ptr = fx.builder.gep(dest.ptr, [ir.Constant(I32, 0), fx.usize(i)], inbounds=True,
                                     source_etype=layout.llvm)
                fx.store_operand(value, ptr)
        case mir.AggregateKind.TUPLE | mir.AggregateKind.CLOSURE:
            for i, value in enumerate(values):
                fx.store_operand(value, fx.gep_field(dest.ptr, layout.llvm, layout.field_index[i]))
        case mir.AggregateKind.ADT:
            if layout.abi is Abi.IGNORE:
                return
            variant = layout.variants[rvalue.variant]
            for i, value in enumerate(values):
                fx.store_operand(value, fx.gep_field(dest.ptr, variant.llvm, variant.field_index[i]))
            fx.write_discriminant(PlaceRef(dest.ptr, ty), rvalue.variant)


# ── casts ──

def _cast(fx: FunctionCx, kind: CastKind, operand: mir.Operand, target: Ty) -> OperandRef | None:
    b = fx.builder
    source = fx.operand_ty(operand)
    layout = fx.layout(target)
    match kind:
        case CastKind.IDENTITY | CastKind.NEVER_TO_ANY:
            return fx.operand(operand) if kind is CastKind.IDENTITY else None
        case CastKind.INT_TO_INT | CastKind.CHAR_TO_INT | CastKind.U8_TO_CHAR | CastKind.BOOL_TO_INT:
            signed = isinstance(source, IntTy) and source.kind.signed
            return OperandRef(layout, value=int_resize(fx, fx.immediate(operand), layout.llvm, signed))
        case CastKind.INT_TO_FLOAT:
            assert isinstance(source, IntTy)
            value = fx.immediate(operand)
            convert = b.sitofp if source.kind.signed else b.uitofp
            return OperandRef(layout, value=convert(value, layout.llvm))
        case CastKind.FLOAT_TO_INT:
            assert isinstance(target, IntTy) and isinstance(source, FloatTy)
            name = "fptosi" if target.kind.signed else "fptoui"
            float_name = "f32" if source.kind is FloatKind.F32 else "f64"
            fn = fx.cx.llvm_intrinsic(f"llvm.{name}.sat.i{target.kind.bits}.{float_name}", layout.llvm,
                                      [fx.layout(source).llvm])
            return OperandRef(layout, value=b.call(fn, [fx.immediate(operand)]))
        case CastKind.FLOAT_TO_FLOAT:
            value = fx.immediate(operand)
            assert isinstance(source, FloatTy) and isinstance(target, FloatTy)
            if source.kind.bits < target.kind.bits:
                value = b.fpext(value, layout.llvm)
            elif source.kind.bits > target.kind.bits:
                value = b.fptrunc(value, layout.llvm)
            return OperandRef(layout, value=value)
        case CastKind.ENUM_TO_INT:
            value = fx.operand(operand)
            if value.layout.abi is Abi.IGNORE:
                return OperandRef(layout, value=_const_discriminant(fx, source, target))
            return OperandRef(layout, value=fx.read_discriminant(PlaceRef(fx.spill(value), source), target))
        case CastKind.PTR_TO_PTR:
            value = fx.immediate(operand)
            if layout.abi is Abi.SCALAR and value.type != PTR:
                value = b.extract_value(value, 0)  # fat → thin
            return OperandRef(layout, value=value)
        case CastKind.FN_TO_PTR:
            assert isinstance(source, FnDefTy)
            instance = fx.cx.items.resolve_fn(source.def_id, source.args)
            fn, _ = fx.cx.instance_fn(instance)
            return OperandRef(layout, value=fn)
        case CastKind.CLOSURE_TO_FN_PTR:
            assert isinstance(source, ClosureTy)
            body = fx.cx.mir.bodies[source.def_id]
            env = fx.cx.layout(fx.cx.items.monomorphize(body.locals[1].ty, source.args)) if body.arg_count else None
            fn, abi = fx.cx.instance_fn(fx.cx.items.resolve_fn(source.def_id, source.args))
            if env is not None and env.abi is not Abi.IGNORE:
                fn = _closure_fn_ptr_shim(fx, fn, abi.arg_slots[0])
            return OperandRef(layout, value=fn)
        case CastKind.UNSIZE:
            return _unsize(fx, operand, source, target)
    raise CompileError(unsupported(f"cast `{kind.value}`", fx.span))


def _closure_fn_ptr_shim(fx: FunctionCx, body: ir.Function, env_slot: int | None) -> ir.Function:
    """A function with the closure body's signature minus its environment pointer: what a
    non-capturing `Fn`/`FnMut` closure coerced to a fn pointer points to (rustc's
    `ClosureFnPointer` shim).  The environment is a zero-sized closure, never read, so a
    dangling aligned pointer stands for it."""
    name = body.name + ".fnptr"
    existing = fx.cx.module.globals.get(name)
    if isinstance(existing, ir.Function):
        return existing
    params = list(body.function_type.args)
    assert env_slot is not None
    shim = ir.Function(fx.cx.module, ir.FunctionType(body.function_type.return_type,
                                                     params[:env_slot] + params[env_slot + 1:]), name)
    shim.linkage = "internal"
    shim.attributes.add("nounwind")
    builder = ir.IRBuilder(shim.append_basic_block("start"))
    args = list(shim.args)
    dangling = ir.Constant(USIZE, 1).inttoptr(PTR)
    result = builder.call(body, args[:env_slot] + [dangling] + args[env_slot:])
    if isinstance(body.function_type.return_type, ir.VoidType):
        builder.ret_void()
    else:
        builder.ret(result)
    return shim


def _const_discriminant(fx: FunctionCx, enum_ty: Ty, target: Ty) -> ir.Value:
    layout = fx.layout(enum_ty)
    llvm = fx.layout(target).llvm
    value = layout.discriminants[0] if layout.discriminants else 0
    return ir.Constant(llvm, value & ((1 << llvm.width) - 1))


def _unsize(fx: FunctionCx, operand: mir.Operand, source: Ty, target: Ty) -> OperandRef:
    """`&[T; N] → &[T]` and `&T → &dyn Trait` (also raw pointers and `Box`): the thin
    pointer plus its metadata (the length, or the vtable)."""
    pointee, unsized = unsized_pointee(source), unsized_pointee(target)
    if isinstance(pointee, ArrayTy) and isinstance(unsized, SliceTy):
        meta: ir.Value = fx.usize(pointee.length)
    elif isinstance(unsized, DynTy) and not isinstance(pointee, DynTy):
        meta = vtable(fx.cx, pointee, unsized)
    else:
        raise CompileError(unsupported(f"unsizing `{source}` to `{target}`", fx.span))
    if isinstance(source, (RefTy, RawPtrTy)):
        return OperandRef(fx.layout(target), value=_fat_pointer(fx, fx.immediate(operand), meta))
    # Box<T> → Box<dyn Trait>: the same struct around a fat instead of a thin pointer
    value = fx.spill(fx.operand(operand))
    source_ptr, source_ty = value, source
    dest = fx.alloca(fx.layout(target))
    dest_ptr, dest_ty = dest, target
    while isinstance(source_ty, AdtTy):
        src_layout, dst_layout = fx.layout(source_ty), fx.layout(dest_ty)
        if len(src_layout.field_tys) != 1:
            raise CompileError(unsupported(f"unsizing `{source}` to `{target}`", fx.span))
        source_ptr = fx.gep_field(source_ptr, src_layout.llvm, src_layout.field_index[0])
        dest_ptr = fx.gep_field(dest_ptr, dst_layout.llvm, dst_layout.field_index[0])
        source_ty, dest_ty = src_layout.field_tys[0], dst_layout.field_tys[0]
    thin = fx.builder.load(source_ptr, typ=PTR, align=8)
    fx.builder.store(_fat_pointer(fx, thin, meta), dest_ptr, align=8)
    return OperandRef(fx.layout(target), ptr=dest)


def _fat_pointer(fx: FunctionCx, thin: ir.Value, meta: ir.Value) -> ir.Value:
    pair = ir.Constant(ir.LiteralStructType([PTR, meta.type if meta.type == USIZE else PTR]), None)
    pair = fx.builder.insert_value(pair, thin, 0)
    return fx.builder.insert_value(pair, meta, 1)


def int_resize(fx: FunctionCx, value: ir.Value, target: ir.Type, signed: bool) -> ir.Value:
    """`as` between integer widths: truncate, or extend by the source's signedness."""
    width = value.type.width
    if width > target.width:
        return fx.builder.trunc(value, target)
    if width < target.width:
        return fx.builder.sext(value, target) if signed else fx.builder.zext(value, target)
    return value


# ── arithmetic ──

def _is_signed(ty: Ty) -> bool:
    return isinstance(ty, IntTy) and ty.kind.signed


def _shift_amount(fx: FunctionCx, value: ir.Value, rhs: ir.Value) -> ir.Value:
    """The shift amount masked to the bit width of `value`, in `value`'s type."""
    bits = value.type.width
    masked = fx.builder.and_(rhs, ir.Constant(rhs.type, bits - 1))
    return int_resize(fx, masked, value.type, False)


def binary_op(fx: FunctionCx, op: BinOp, lhs_ty: Ty, lhs: ir.Value, rhs_ty: Ty, rhs: ir.Value) -> ir.Value:
    b = fx.builder
    if isinstance(lhs_ty, FloatTy):
        match op:
            case BinOp.ADD:
                return b.fadd(lhs, rhs)
            case BinOp.SUB:
                return b.fsub(lhs, rhs)
            case BinOp.MUL:
                return b.fmul(lhs, rhs)
            case BinOp.DIV:
                return b.fdiv(lhs, rhs)
            case BinOp.REM:
                return b.frem(lhs, rhs)
            case BinOp.NE:
                return b.fcmp_unordered("!=", lhs, rhs)
            case _ if op in _INT_PREDICATES:
                return b.fcmp_ordered(_INT_PREDICATES[op], lhs, rhs)
        raise CompileError(unsupported(f"operator `{op.value}` on floats", fx.span))
    if isinstance(lhs.type, ir.LiteralStructType):
        raise CompileError(unsupported(f"operator `{op.value}` on `{lhs_ty}`", fx.span))
    signed = _is_signed(lhs_ty)
    match op:
        case BinOp.ADD:
            return b.add(lhs, rhs)
        case BinOp.SUB:
            return b.sub(lhs, rhs)
        case BinOp.MUL:
            return b.mul(lhs, rhs)
        case BinOp.DIV:
            return b.sdiv(lhs, rhs) if signed else b.udiv(lhs, rhs)
        case BinOp.REM:
            return b.srem(lhs, rhs) if signed else b.urem(lhs, rhs)
        case BinOp.BIT_AND:
            return b.and_(lhs, rhs)
        case BinOp.BIT_OR:
            return b.or_(lhs, rhs)
        case BinOp.BIT_XOR:
            return b.xor(lhs, rhs)
        case BinOp.SHL:
            return b.shl(lhs, _shift_amount(fx, lhs, rhs))
        case BinOp.SHR:
            amount = _shift_amount(fx, lhs, rhs)
            return b.ashr(lhs, amount) if signed else b.lshr(lhs, amount)
        case _ if op in _INT_PREDICATES:
            compare = b.icmp_signed if signed else b.icmp_unsigned
            return compare(_INT_PREDICATES[op], lhs, rhs)
    raise CompileError(unsupported(f"operator `{op.value}` on `{lhs_ty}`", fx.span))


def checked_binary_op(fx: FunctionCx, op: BinOp, lhs_ty: Ty, lhs: ir.Value, rhs_ty: Ty, rhs: ir.Value
                      ) -> tuple[ir.Value, ir.Value]:
    """(wrapped result, overflowed) for + - * << >>."""
    b = fx.builder
    signed = _is_signed(lhs_ty)
    if op in (BinOp.SHL, BinOp.SHR):
        bits = lhs.type.width
        overflow = b.icmp_unsigned(">=", rhs, ir.Constant(rhs.type, bits))
        return binary_op(fx, op, lhs_ty, lhs, rhs_ty, rhs), overflow
    name = {BinOp.ADD: "add", BinOp.SUB: "sub", BinOp.MUL: "mul"}.get(op)
    if name is None:
        raise CompileError(unsupported(f"checked operator `{op.value}`", fx.span))
    width = lhs.type.width
    fn = fx.cx.llvm_intrinsic(f"llvm.{'s' if signed else 'u'}{name}.with.overflow.i{width}",
                              ir.LiteralStructType([lhs.type, I1]), [lhs.type, lhs.type])
    pair = b.call(fn, [lhs, rhs])
    return b.extract_value(pair, 0), b.extract_value(pair, 1)


def _unary(fx: FunctionCx, op: UnOp, ty: Ty, value: ir.Value) -> ir.Value:
    b = fx.builder
    match op:
        case UnOp.NEG if isinstance(ty, FloatTy):
            return b.fneg(value)
        case UnOp.NEG:
            return b.sub(ir.Constant(value.type, 0), value)
        case UnOp.NOT:
            return b.xor(value, ir.Constant(value.type, -1 if not isinstance(ty, BoolTy) else 1))
    raise CompileError(unsupported(f"unary operator `{op.value}`", fx.span))

