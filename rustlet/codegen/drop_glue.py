"""Drop glue: `void drop_in_place::<T>(T *value)`, one per mono DropGlue item.

As rustc's drop shims: first `<T as Drop>::drop(&mut *value)` if T implements
Drop, then each field that needs dropping, in declaration order (struct fields,
tuple elements, closure upvars, array elements from first to last); an enum drops
the fields of the variant its discriminant selects.  Types that need no drop have
no glue at all (the collector never requests it), so `Drop` of them emits nothing.

The glue of an unsized slice `[T]` takes the fat pointer (data, len) as its one
argument, as `drop_in_place::<[T]>(*mut [T])` passes it, and drops the `len`
elements from first to last (`Box<[T]>` drops its value this way).
"""
from __future__ import annotations

import llvmlite.ir as ir

from rustlet.codegen.function import FunctionCx, PlaceRef
from rustlet.codegen.layout import I32, PTR, USIZE
from rustlet.codegen.module import ModuleCx, OperandRef
from rustlet.codegen.terminator import drop_in_place, emit_call
from rustlet.mono.items import DropGlue
from rustlet.types import ISIZE, AdtTy, ArrayTy, ClosureTy, SliceTy, TupleTy, Ty

GLUE_TYPE = ir.FunctionType(ir.VoidType(), [PTR])
SLICE_GLUE_TYPE = ir.FunctionType(ir.VoidType(), [ir.LiteralStructType([PTR, USIZE])])


def define_drop_glue(cx: ModuleCx, item: DropGlue) -> None:
    if isinstance(item.ty, SliceTy):
        define_slice_drop_glue(cx, item, item.ty.elem)
        return
    fn = cx.declare(item, GLUE_TYPE)
    fx = FunctionCx(cx, fn)
    value = fn.args[0]
    ty = item.ty
    b = fx.builder
    drop_fn = cx.items.resolver.drop_fn(ty)
    if drop_fn is not None:
        callee, abi = cx.instance_fn(drop_fn)
        emit_call(fx, callee, abi, [(OperandRef(abi.params[0], value=value), False)], None)
    layout = cx.layout(ty)
    match ty:
        case AdtTy() if layout.tag is not None:
            adt = cx.program.adts[ty.def_id]
            discr = fx.read_discriminant(PlaceRef(value, ty), adt.discr_ty or ISIZE)
            done = fn.append_basic_block("done")
            switch = b.switch(discr, done)
            for v, variant in enumerate(layout.variants):
                block = fn.append_basic_block(f"variant{v}")
                discriminant = layout.discriminants[v] & ((1 << discr.type.width) - 1)
                switch.add_case(ir.Constant(discr.type, discriminant), block)
                b.position_at_end(block)
                for i, field_ty in enumerate(variant.field_tys):
                    drop_in_place(fx, fx.gep_field(value, variant.llvm, variant.field_index[i]), field_ty)
                b.branch(done)
            b.position_at_end(done)
        case AdtTy() | TupleTy() | ClosureTy():
            for i, field_ty in enumerate(layout.field_tys):
                drop_in_place(fx, fx.gep_field(value, layout.llvm, layout.field_index[i]), field_ty)
        case ArrayTy(elem=elem, length=n) if n > 0:
            before = b.block
            loop = fn.append_basic_block("elem")
            done = fn.append_basic_block("done")
            b.branch(loop)
            b.position_at_end(loop)
            index = b.phi(fx.usize(0).type)
            index.add_incoming(fx.usize(0), before)
            drop_in_place(fx, b.gep(value, [ir.Constant(I32, 0), index], inbounds=True, source_etype=layout.llvm),
                          elem)
            next_index = b.add(index, fx.usize(1))
            index.add_incoming(next_index, b.block)
            b.cbranch(b.icmp_unsigned("<", next_index, fx.usize(n)), loop, done)
            b.position_at_end(done)
    b.ret_void()
    fx.finish()


def define_slice_drop_glue(cx: ModuleCx, item: DropGlue, elem: Ty) -> None:
    """`drop_in_place::<[elem]>`: drop elements 0..len in order (none when len is 0)."""
    fn = cx.declare(item, SLICE_GLUE_TYPE)
    fx = FunctionCx(cx, fn)
    b = fx.builder
    data = b.extract_value(fn.args[0], 0)
    length = b.extract_value(fn.args[0], 1)
    elem_llvm = cx.layout(elem).llvm
    before = b.block
    loop = fn.append_basic_block("elem")
    done = fn.append_basic_block("done")
    b.cbranch(b.icmp_unsigned("!=", length, fx.usize(0)), loop, done)
    b.position_at_end(loop)
    index = b.phi(USIZE)
    index.add_incoming(fx.usize(0), before)
    drop_in_place(fx, b.gep(data, [index], inbounds=True, source_etype=elem_llvm), elem)
    next_index = b.add(index, fx.usize(1))
    index.add_incoming(next_index, b.block)
    b.cbranch(b.icmp_unsigned("<", next_index, length), loop, done)
    b.position_at_end(done)
    b.ret_void()
    fx.finish()
