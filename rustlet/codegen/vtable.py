"""Trait objects: vtables and virtual calls.

A `&dyn Trait` (also `*dyn`, and the pointer inside `Box<dyn Trait>`) is the pair
`{data: ptr, vtable: ptr}`.  The vtable of a concrete type T for a trait is a private
constant, one per (T, trait), laid out as rustc's:

    { ptr drop_in_place::<T> (or null), i64 size_of::<T>, i64 align_of::<T>, ptr method0, ptr method1, … }

The method slots follow `Resolver.vtable_methods` (the trait's methods in
declaration order, then supertraits'); for `dyn Fn*` the one method slot is the
closure body.  A virtual call loads slot `3 + index` and passes the data pointer as
the receiver: every object-safe method takes `&self`/`&mut self`, which is a thin
pointer to T, so the callee's ABI is the trait method's with the receiver replaced
by `ptr`.
"""
from __future__ import annotations

import llvmlite.ir as ir

from rustlet import thir
from rustlet.codegen.layout import I64, PTR, USIZE
from rustlet.codegen.module import FnAbi, ModuleCx
from rustlet.mono.items import DropGlue
from rustlet.types import U8, UNIT, DynTy, RefTy, TupleTy, Ty

HEADER_SLOTS = 3  # drop, size, align


def vtable(cx: ModuleCx, concrete: Ty, dyn: DynTy) -> ir.GlobalVariable:
    key = (concrete, dyn.principal.def_id)
    g = cx.vtables.get(key)
    if g is not None:
        return g
    layout = cx.layout(concrete)
    glue = DropGlue(concrete)
    drop = (cx.declare(glue, ir.FunctionType(ir.VoidType(), [PTR])) if glue in cx.items.symbols
            else ir.Constant(PTR, None))
    entries: list[ir.Constant] = [drop, ir.Constant(USIZE, layout.size), ir.Constant(USIZE, layout.align)]
    for instance in cx.items.resolver.vtable_entries(concrete, dyn):
        entries.append(cx.instance_fn(instance)[0] if instance is not None else ir.Constant(PTR, None))
    value = ir.Constant(ir.LiteralStructType([PTR, I64, I64] + [PTR] * (len(entries) - HEADER_SLOTS)), entries)
    g = cx.private_global(value, 8, "vtable")
    cx.vtables[key] = g
    return g


def load_slot(builder: ir.IRBuilder, vtable_ptr: ir.Value, slot: int) -> ir.Value:
    """Entry `slot` of a vtable (all entries are 8 bytes)."""
    address = builder.gep(vtable_ptr, [ir.Constant(I64, slot)], inbounds=True, source_etype=PTR)
    return builder.load(address, typ=PTR if slot == 0 or slot >= HEADER_SLOTS else I64, align=8)


def method_abi(cx: ModuleCx, method: thir.FnDef, args: tuple[Ty, ...]) -> FnAbi:
    """The ABI of a trait method called through a vtable (receiver as a thin pointer)."""
    params = [cx.items.monomorphize(t, args) for t in method.sig.inputs]
    ret = cx.items.monomorphize(method.sig.output, args)
    return cx.fn_abi(ret, [RefTy(U8)] + params[1:])


def fn_trait_abi(cx: ModuleCx, dyn: DynTy) -> FnAbi:
    """`dyn Fn(A, B) -> R`: the closure body's ABI (env as a thin pointer, then A, B)."""
    params = dyn.principal.args[1] if len(dyn.principal.args) > 1 else TupleTy(())
    assert isinstance(params, TupleTy)
    ret = next((t for name, t in dyn.projections if name == "Output"), UNIT)
    return cx.fn_abi(ret, [RefTy(U8), *params.elems])

