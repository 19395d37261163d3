"""Terminators: branches, calls, drops, returns and the panicking asserts.

Calls go to the instance mono resolved (`MonoItems.resolve_fn`), to a fn pointer,
or to a closure body (the closure value, or a reference to it, is the body's first
argument); a call through `Fn::call`/`FnMut::call_mut`/`FnOnce::call_once` passes
the argument tuple's fields as separate arguments, as the closure body expects.
A trait method with `Self = dyn Trait`, and a call of a `&dyn Fn*`, load the callee
from the receiver's vtable (vtable.py).
Intrinsics are expanded inline (intrinsics.py) and formatting builtins become
runtime calls (fmt_glue.py).

`Assert` branches to a cold block that calls the runtime's panic function with
rustc's message and the location of the assert's span.  With overflow checks off,
the asserts of `+ - * << >>` and negation are not emitted at all (the
`CheckedBinaryOp` result is still computed; LLVM deletes the unused flag); division
asserts stay, as in rustc.
"""
from __future__ import annotations

import llvmlite.ir as ir

from rustlet.ast import BinOp
from rustlet.codegen.function import FunctionCx, PlaceRef
from rustlet.codegen.layout import PTR, Abi
from rustlet.codegen.module import FnAbi, OperandRef
from rustlet.diagnostics import CompileError, unsupported
from rustlet.mir import syntax as mir
from rustlet.codegen.vtable import HEADER_SLOTS, fn_trait_abi, load_slot, method_abi
from rustlet.mono import is_builtin_structural_eq, is_virtual_call, unsized_pointee
from rustlet.mono.items import DropGlue, FnInstance
from rustlet.source import Span
from rustlet.types import BOOL, ArrayTy, ClosureTy, DynTy, FnDefTy, FnPtrTy, RefTy, TupleTy, Ty

OVERFLOW_MESSAGES = {
    BinOp.ADD: "attempt to add with overflow",
    BinOp.SUB: "attempt to subtract with overflow",
    BinOp.MUL: "attempt to multiply with overflow",
    BinOp.DIV: "attempt to divide with overflow",
    BinOp.REM: "attempt to calculate the remainder with overflow",
    BinOp.SHL: "attempt to shift left with overflow",
    BinOp.SHR: "attempt to shift right with overflow",
}
# Overflow asserts that exist only with overflow checks on (rustc's `-C overflow-checks`).
_OPTIONAL_OVERFLOW = (BinOp.ADD, BinOp.SUB, BinOp.MUL, BinOp.SHL, BinOp.SHR)
FN_TRAIT_METHODS = ("call", "call_mut", "call_once")


def codegen_terminator(fx: FunctionCx, term: mir.Terminator) -> None:
    b = fx.builder
    fx.set_span(term.span)
    match term:
        case mir.Goto(target=target):
            b.branch(fx.blocks[target])
        case mir.SwitchInt(discr=discr, values=values, targets=targets, otherwise=otherwise):
            value = fx.immediate(discr)
            switch = b.switch(value, fx.blocks[otherwise])
            for v, target in zip(values, targets):
                switch.add_case(ir.Constant(value.type, v & ((1 << value.type.width) - 1)), fx.blocks[target])
        case mir.Return():
            _return(fx)
        case mir.Unreachable():
            b.unreachable()
        case mir.Drop(place=place, target=target):
            ref = fx.place(place)
            drop_in_place(fx, ref.ptr, ref.ty)
            b.branch(fx.blocks[target])
        case mir.CallTerm():
            _call(fx, term)
        case mir.Assert():
            _assert(fx, term)


def _return(fx: FunctionCx) -> None:
    assert fx.abi is not None
    ret = fx.abi.ret
    if ret.abi in (Abi.SCALAR, Abi.PAIR):
        fx.builder.ret(fx.load_operand(PlaceRef(fx.locals[mir.RETURN_PLACE], ret.ty)).value)
    else:
        fx.builder.ret_void()


def drop_in_place(fx: FunctionCx, ptr: ir.Value, ty: Ty) -> None:
    """Call the drop glue of `ty` on `*ptr`, if the type has any."""
    glue = DropGlue(ty)
    if glue in fx.cx.items.symbols:
        fn = fx.cx.declare(glue, ir.FunctionType(ir.VoidType(), [ptr.type]))
        fx.builder.call(fn, [ptr])


# ── calls ──

def _call(fx: FunctionCx, term: mir.CallTerm) -> None:
    from rustlet.codegen.fmt_glue import codegen_builtin
    from rustlet.codegen.intrinsics import codegen_intrinsic

    dest = fx.place(term.destination)
    if isinstance(term.func, mir.Builtin):
        codegen_builtin(fx, term.func, term.args, dest, term.span)
        _after_call(fx, term)
        return
    func_ty = fx.operand_ty(term.func)
    args: list[tuple[OperandRef, bool]] = [(fx.operand(a), isinstance(a, mir.Move)) for a in term.args]
    match func_ty:
        case FnDefTy(def_id=def_id, args=ty_args):
            fn_def = fx.cx.program.fns[def_id]
            if fn_def.is_intrinsic:
                codegen_intrinsic(fx, fn_def, ty_args, term.args, dest, term.span)
                _after_call(fx, term)
                return
            if is_builtin_structural_eq(fx.cx.program, fn_def, ty_args):
                equal = structural_eq(fx, ty_args[0], fx.immediate(term.args[0]), fx.immediate(term.args[1]))
                fx.store_scalar(equal if fn_def.name == "eq" else fx.builder.not_(equal), dest.ptr, fx.layout(dest.ty))
                _after_call(fx, term)
                return
            if is_virtual_call(fn_def, ty_args):
                dyn = ty_args[0]
                assert isinstance(dyn, DynTy)
                receiver = fx.immediate(term.args[0])
                abi = method_abi(fx.cx, fn_def, ty_args)
                slot = HEADER_SLOTS + fx.cx.items.resolver.vtable_slot(dyn, fn_def)
                callee = _virtual_callee(fx, receiver, slot, abi)
                args[0] = (OperandRef(abi.params[0], value=fx.builder.extract_value(receiver, 0)), False)
                emit_call(fx, callee, abi, args, dest)
                _after_call(fx, term)
                return
            instance = fx.cx.items.resolve_fn(def_id, ty_args)
            callee, abi = fx.cx.instance_fn(instance)
            if instance.def_id in fx.cx.track_caller:
                # rustc's caller location is where the callee is named: `x.unwrap()` → `unwrap`
                func_span = term.func.span if isinstance(term.func, mir.Constant) else None
                location = fx.location_param if fx.location_param is not None else \
                    fx.cx.location(func_span or fx.span)
                args.append((OperandRef(abi.params[-1], value=location), False))
            if fn_def.name in FN_TRAIT_METHODS and fn_def.trait_of is not None and \
                    isinstance(_closure_of(fx.operand_ty(term.args[0])), ClosureTy) and \
                    fx.cx.mir.bodies[instance.def_id].arg_count != len(term.args):
                args = [_closure_env(fx, instance, term.args[0])] + _untuple(fx, term.args[1])
        case FnPtrTy(params=params, ret=ret):
            abi = fx.cx.fn_abi(ret, list(params))
            callee = typed_callee(fx.immediate(term.func), abi)
        case _ if isinstance(unsized_pointee(func_ty), DynTy):
            dyn = unsized_pointee(func_ty)
            if not isinstance(func_ty, RefTy):
                raise CompileError(unsupported(f"calling a `{func_ty}`", term.span))
            receiver = fx.immediate(term.func)
            abi = fn_trait_abi(fx.cx, dyn)
            callee = _virtual_callee(fx, receiver, HEADER_SLOTS, abi)
            args = [(OperandRef(abi.params[0], value=fx.builder.extract_value(receiver, 0)), False)] + args
        case _ if isinstance(func_ty, RefTy) and isinstance(_closure_of(func_ty), (FnDefTy, FnPtrTy)):
            # A fn item or pointer called through `F: Fn*`: MIR passed it by reference.
            target = _closure_of(func_ty)
            pointer = fx.immediate(term.func)
            inner = func_ty.inner
            while isinstance(inner, RefTy):
                pointer = fx.builder.load(pointer, typ=PTR, align=8)
                inner = inner.inner
            if isinstance(target, FnDefTy):
                instance = fx.cx.items.resolve_fn(target.def_id, target.args)
                callee, abi = fx.cx.instance_fn(instance)
                if instance.def_id in fx.cx.track_caller:
                    args.append((OperandRef(abi.params[-1], value=fx.caller_location()), False))
            else:
                abi = fx.cx.fn_abi(target.ret, list(target.params))
                callee = typed_callee(fx.builder.load(pointer, typ=PTR, align=8), abi)
        case _ if isinstance(_closure_of(func_ty), ClosureTy):
            closure = _closure_of(func_ty)
            instance = FnInstance(closure.def_id, closure.args)
            callee, abi = fx.cx.instance_fn(instance)
            args = [_closure_env(fx, instance, term.func)] + args
        case _:
            raise CompileError(unsupported(f"calling a value of type `{func_ty}`", term.span))
    emit_call(fx, callee, abi, args, dest)
    _after_call(fx, term)


def structural_eq(fx: FunctionCx, ty: Ty, lhs: ir.Value, rhs: ir.Value) -> ir.Value:
    """`*lhs == *rhs` for tuples and arrays of scalars: every leaf equal (floats by
    IEEE `==`, so NaN ≠ NaN and -0.0 == 0.0, as rustc)."""
    b = fx.builder
    layout = fx.layout(ty)
    match ty:
        case TupleTy(elems=elems):
            result: ir.Value = ir.Constant(ir.IntType(1), 1)
            for i, elem in enumerate(elems):
                index = layout.field_index[i]
                equal = structural_eq(fx, elem, fx.gep_field(lhs, layout.llvm, index), fx.gep_field(rhs, layout.llvm, index))
                result = b.and_(result, equal)
            return result
        case ArrayTy(elem=elem, length=n):
            if n == 0:
                return ir.Constant(ir.IntType(1), 1)
            elem_layout = fx.layout(elem)
            result_slot = fx.alloca(fx.layout(BOOL), "eq")
            fx.store_scalar(ir.Constant(ir.IntType(1), 1), result_slot, fx.layout(BOOL))
            before = b.block
            loop = fx.fn.append_basic_block("eq.elem")
            done = fx.fn.append_basic_block("eq.done")
            b.branch(loop)
            b.position_at_end(loop)
            index = b.phi(fx.usize(0).type)
            index.add_incoming(fx.usize(0), before)
            equal = structural_eq(fx, elem, b.gep(lhs, [index], inbounds=True, source_etype=elem_layout.llvm),
                                  b.gep(rhs, [index], inbounds=True, source_etype=elem_layout.llvm))
            fx.store_scalar(equal, result_slot, fx.layout(BOOL))
            next_index = b.add(index, fx.usize(1))
            index.add_incoming(next_index, b.block)
            b.cbranch(b.and_(equal, b.icmp_unsigned("<", next_index, fx.usize(n))), loop, done)
            b.position_at_end(done)
            return fx.load_scalar(result_slot, fx.layout(BOOL))
    lhs_value = fx.load_scalar(lhs, layout)
    rhs_value = fx.load_scalar(rhs, layout)
    from rustlet.codegen.rvalue import binary_op
    return binary_op(fx, BinOp.EQ, ty, lhs_value, ty, rhs_value)


def _virtual_callee(fx: FunctionCx, receiver: ir.Value, slot: int, abi: FnAbi) -> ir.Value:
    """The method in `slot` of the vtable of a fat `receiver`, typed for `call`."""
    return typed_callee(load_slot(fx.builder, fx.builder.extract_value(receiver, 1), slot), abi)


def typed_callee(fn_ptr: ir.Value, abi: FnAbi) -> ir.Value:
    """llvmlite's `call` reads the signature from the callee's pointer type; an opaque
    pointer loaded from memory gets the signature's (still printed as `ptr`)."""
    if not isinstance(fn_ptr, ir.Function):
        fn_ptr.type = abi.llvm_type.as_pointer()
    return fn_ptr


def _after_call(fx: FunctionCx, term: mir.CallTerm) -> None:
    if fx.builder.block.is_terminated:
        return
    if term.target is None:
        fx.builder.unreachable()
    else:
        fx.builder.branch(fx.blocks[term.target])


def _closure_of(ty: Ty) -> Ty:
    while isinstance(ty, RefTy):
        ty = ty.inner
    return ty


def _closure_env(fx: FunctionCx, instance: FnInstance, operand: mir.Operand) -> tuple[OperandRef, bool]:
    """The closure body's first argument (the closure by value, `&` or `&mut`) from a
    closure value or a reference to one."""
    body = fx.cx.mir.bodies[instance.def_id]
    param_ty = fx.cx.items.monomorphize(body.locals[1].ty, instance.args)
    param = fx.cx.layout(param_ty)
    have_ty = fx.operand_ty(operand)
    if isinstance(param_ty, RefTy):
        if isinstance(have_ty, RefTy):
            value = fx.immediate(operand)
            while isinstance(have_ty, RefTy) and isinstance(have_ty.inner, RefTy):
                value = fx.builder.load(value, typ=value.type, align=8)
                have_ty = have_ty.inner
            return OperandRef(param, value=value), False
        assert not isinstance(operand, mir.Constant) or param.abi is Abi.IGNORE
        ptr = fx.place(operand.place).ptr if not isinstance(operand, mir.Constant) else fx.spill(fx.operand(operand))
        return OperandRef(param, value=ptr), False
    if isinstance(have_ty, RefTy):
        return fx.load_operand(PlaceRef(fx.immediate(operand), param_ty)), False
    return fx.operand(operand), isinstance(operand, mir.Move)


def _untuple(fx: FunctionCx, operand: mir.Operand) -> list[tuple[OperandRef, bool]]:
    tuple_ty = fx.operand_ty(operand)
    assert isinstance(tuple_ty, TupleTy)
    layout = fx.layout(tuple_ty)
    if layout.abi is Abi.IGNORE:
        return [(OperandRef(fx.layout(t)), False) for t in tuple_ty.elems]
    ptr = fx.spill(fx.operand(operand))
    return [(fx.load_operand(PlaceRef(fx.gep_field(ptr, layout.llvm, layout.field_index[i]), t)), False)
            for i, t in enumerate(tuple_ty.elems)]


def emit_call(fx: FunctionCx, callee: ir.Value, abi: FnAbi, args: list[tuple[OperandRef, bool]],
              dest: PlaceRef | None) -> None:
    """Call with the rustlet calling convention (module.py) and store the result."""
    b = fx.builder
    llvm_args: list[ir.Value] = []
    ret_slot = None
    if abi.sret:
        ret_slot = fx.alloca(abi.ret)
        llvm_args.append(ret_slot)
    for param, (value, moved) in zip(abi.params, args):
        match param.abi:
            case Abi.IGNORE:
                continue
            case Abi.SCALAR | Abi.PAIR:
                llvm_args.append(value.value)
            case Abi.MEMORY:
                if moved and value.ptr is not None:
                    llvm_args.append(value.ptr)
                else:
                    copy = fx.alloca(param)
                    fx.store_operand(value, copy)
                    llvm_args.append(copy)
    result = b.call(callee, llvm_args)
    if dest is None:
        return
    if abi.ret.abi in (Abi.SCALAR, Abi.PAIR):
        fx.store_operand(OperandRef(abi.ret, value=result), dest.ptr)
    elif abi.sret:
        fx.store_operand(OperandRef(abi.ret, ptr=ret_slot), dest.ptr)


# ── asserts and panics ──

def _assert(fx: FunctionCx, term: mir.Assert) -> None:
    b = fx.builder
    kind = term.msg.kind
    if not fx.cx.overflow_checks and (
            kind is mir.AssertKind.OVERFLOW_NEG
            or (kind is mir.AssertKind.OVERFLOW and term.msg.op in _OPTIONAL_OVERFLOW)):
        b.branch(fx.blocks[term.target])
        return
    cond = fx.immediate(term.cond)
    panic_block = fx.fn.append_basic_block("panic")
    if term.expected:
        b.cbranch(cond, fx.blocks[term.target], panic_block)
    else:
        b.cbranch(cond, panic_block, fx.blocks[term.target])
    b.position_at_end(panic_block)
    operands = [fx.immediate(o) for o in term.msg.operands]
    location = fx.cx.location(term.span)
    match kind:
        case mir.AssertKind.BOUNDS_CHECK:
            length, index = operands
            b.call(fx.cx.rt("rl_panic_bounds_check"), [index, length, location])
        case mir.AssertKind.SLICE_END:
            b.call(fx.cx.rt("rl_panic_slice_end"), [*operands, location])
        case mir.AssertKind.SLICE_START:
            b.call(fx.cx.rt("rl_panic_slice_start"), [*operands, location])
        case mir.AssertKind.SLICE_ORDER:
            b.call(fx.cx.rt("rl_panic_slice_order"), [*operands, location])
        case _:
            panic_str(fx, _assert_message(term.msg), term.span)
            return
    b.unreachable()


def _assert_message(msg: mir.AssertMessage) -> str:
    match msg.kind:
        case mir.AssertKind.OVERFLOW:
            assert msg.op is not None
            return OVERFLOW_MESSAGES[msg.op]
        case mir.AssertKind.OVERFLOW_NEG:
            return "attempt to negate with overflow"
        case mir.AssertKind.DIVISION_BY_ZERO:
            return "attempt to divide by zero"
        case mir.AssertKind.REMAINDER_BY_ZERO:
            return "attempt to calculate the remainder with a divisor of zero"
    raise AssertionError(msg)


def panic_str(fx: FunctionCx, message: str, span: Span | None) -> None:
    """`rl_panic(message)` at `span`, ending the current block."""
    text = fx.cx.str_const(message)
    fx.builder.call(fx.cx.rt("rl_panic"), [text.constant[0], text.constant[1], fx.cx.location(span)])
    fx.builder.unreachable()
