"""One function instance: locals, places, operands and statements.

Every MIR local lives in memory: an `alloca` in the entry block (LLVM's SROA and
mem2reg turn them into registers at -O1 and above, and at -O0 the debugger can see
them), except a MEMORY-class argument, whose local *is* the pointer the caller
passed, and a MEMORY return place, which is the caller's `sret` pointer.

A place evaluates to a `PlaceRef`: the address, the (monomorphic) type and, for an
unsized place reached through a fat pointer (`*s` with `s: &[T]`), the metadata
(the length).  `DowncastProj(v)` only records the variant; the following
`FieldProj` addresses the field through variant v's struct type (layout.py).

Operands load a place according to its layout class: SCALAR and PAIR values are
loaded into registers (bool as i8 in memory, i1 in registers), MEMORY values stay
in memory and are used through their address (copied by `memcpy` when stored).
"""
from __future__ import annotations

from dataclasses import dataclass

import llvmlite.ir as ir

from rustlet import thir
from rustlet.codegen.layout import I1, I8, I32, I64, PTR, USIZE, Abi, Layout
from rustlet.codegen.module import FnAbi, ModuleCx, OperandRef
from rustlet.mono.items import FnInstance
from rustlet.diagnostics import CompileError, unsupported
from rustlet.mir import syntax as mir
from rustlet.source import Span
from rustlet.types import U8, AdtTy, ArrayTy, BoolTy, RawPtrTy, RefTy, SliceTy, StrTy, Ty, USIZE as USIZE_TY


@dataclass(slots=True)
class PlaceRef:
    ptr: ir.Value
    ty: Ty
    meta: ir.Value | None = None  # length of an unsized slice / str place
    variant: int | None = None  # set by a DowncastProj


class FunctionCx:
    """Builds one LLVM function.  Glue functions use it without a MIR body."""

    def __init__(self, cx: ModuleCx, fn: ir.Function, args: tuple[Ty, ...] = ()) -> None:
        self.cx = cx
        self.fn = fn
        self.args = args
        # allocas go to the entry block; code starts in `top`, reached by `finish()`
        entry = fn.append_basic_block("start")
        self.top = fn.append_basic_block("top")
        self.alloca_builder = ir.IRBuilder(entry)
        self.builder = ir.IRBuilder(self.top)
        self.body: mir.Body | None = None
        self.locals: list[ir.Value] = []
        self.local_tys: list[Ty] = []
        self.blocks: list[ir.Block] = []
        self.abi: FnAbi | None = None
        self.span: Span | None = None  # of the statement being generated (panic locations)
        self.location_param: ir.Value | None = None  # a track-caller function's hidden argument
        self.debug_scope = None  # the DISubprogram with -g

    def mono(self, ty: Ty) -> Ty:
        return self.cx.items.monomorphize(ty, self.args)

    def layout(self, ty: Ty) -> Layout:
        return self.cx.layout(ty)

    # ── memory helpers ──

    def alloca(self, layout: Layout, name: str = "") -> ir.Value:
        """A stack slot in the entry block (so it is allocated once per call)."""
        slot = self.alloca_builder.alloca(layout.llvm, name=name)
        slot.align = layout.align
        slot.type = PTR  # opaque, so GEPs and stores through it are not type-checked by llvmlite
        return slot

    def set_span(self, span: Span | None) -> None:
        """The statement being generated: panic locations and, with -g, DILocations."""
        self.span = span
        if self.debug_scope is not None and self.cx.debug is not None:
            self.builder.debug_metadata = self.cx.debug.location(span, self.debug_scope)

    def caller_location(self) -> ir.Value:
        """Where a panic here is reported: the caller's location in a track-caller
        function, else the current statement's."""
        return self.location_param if self.location_param is not None else self.cx.location(self.span)

    def finish(self) -> None:
        """Close the entry block (allocas only) with a branch to the code."""
        self.alloca_builder.branch(self.top)

    def load_scalar(self, ptr: ir.Value, layout: Layout) -> ir.Value:
        value = self.builder.load(ptr, typ=layout.llvm, align=layout.align)
        if isinstance(layout.ty, BoolTy):
            value = self.builder.trunc(value, I1)
        return value

    def store_scalar(self, value: ir.Value, ptr: ir.Value, layout: Layout) -> None:
        if isinstance(layout.ty, BoolTy) and value.type == I1:
            value = self.builder.zext(value, I8)
        self.builder.store(value, ptr, align=layout.align)

    def memcpy(self, dest: ir.Value, src: ir.Value, size: int | ir.Value) -> None:
        memcpy = self.cx.llvm_intrinsic("llvm.memcpy.p0.p0.i64", ir.VoidType(), [PTR, PTR, I64, I1])
        size_value = ir.Constant(I64, size) if isinstance(size, int) else size
        self.builder.call(memcpy, [dest, src, size_value, ir.Constant(I1, 0)])

    def memmove(self, dest: ir.Value, src: ir.Value, size: int) -> None:
        memmove = self.cx.llvm_intrinsic("llvm.memmove.p0.p0.i64", ir.VoidType(), [PTR, PTR, I64, I1])
        self.builder.call(memmove, [dest, src, ir.Constant(I64, size), ir.Constant(I1, 0)])

    def gep_field(self, ptr: ir.Value, struct: ir.Type, index: int) -> ir.Value:
        return self.builder.gep(ptr, [ir.Constant(I32, 0), ir.Constant(I32, index)], inbounds=True,
                                source_etype=struct)

    def gep_elem(self, ptr: ir.Value, elem: Layout, index: ir.Value) -> ir.Value:
        return self.builder.gep(ptr, [index], inbounds=True, source_etype=elem.llvm)

    def usize(self, n: int) -> ir.Constant:
        return ir.Constant(USIZE, n)

    # ── operands ──

    def load_operand(self, place: PlaceRef) -> OperandRef:
        layout = self.layout(place.ty)
        match layout.abi:
            case Abi.IGNORE:
                return OperandRef(layout)
            case Abi.SCALAR:
                return OperandRef(layout, value=self.load_scalar(place.ptr, layout))
            case Abi.PAIR:
                return OperandRef(layout, value=self.builder.load(place.ptr, typ=layout.llvm, align=layout.align))
        return OperandRef(layout, ptr=place.ptr)

    def operand(self, operand: mir.Operand) -> OperandRef:
        match operand:
            case mir.Copy(place=place) | mir.Move(place=place):
                return self.load_operand(self.place(place))
            case mir.Constant(value=thir.ConstValue(value=mir.UnevaluatedConst(def_id=def_id, args=args)) as value):
                ty = self.mono(value.ty)
                resolved = self.cx.items.const_value(def_id, tuple(self.mono(a) for a in args), operand.span)
                return self.cx.const_operand(thir.ConstValue(ty, resolved), ty)
            case mir.Constant(value=value):
                return self.cx.const_operand(value, self.mono(value.ty))
        raise AssertionError(operand)

    def operand_ty(self, operand: mir.Operand) -> Ty:
        if isinstance(operand, mir.Constant):
            return self.mono(operand.ty)
        return self.place_ty(operand.place)

    def immediate(self, operand: mir.Operand) -> ir.Value:
        """The SSA value of a SCALAR or PAIR operand."""
        value = self.operand(operand).value
        assert value is not None, operand
        return value

    def store_operand(self, value: OperandRef, dest: ir.Value) -> None:
        layout = value.layout
        match layout.abi:
            case Abi.IGNORE:
                return
            case Abi.SCALAR:
                self.store_scalar(value.value, dest, layout)
            case Abi.PAIR:
                self.builder.store(value.value, dest, align=layout.align)
            case Abi.MEMORY:
                if value.ptr is not dest:
                    self.memcpy(dest, value.ptr, layout.size)

    def spill(self, value: OperandRef) -> ir.Value:
        """The address of an operand's value (a fresh slot for immediates)."""
        if value.ptr is not None:
            return value.ptr
        slot = self.alloca(value.layout)
        self.store_operand(value, slot)
        return slot

    # ── places ──

    def place_ty(self, place: mir.Place) -> Ty:
        assert self.body is not None
        ty = self.local_tys[place.local]
        for elem in place.projection:
            ty = self._project_ty(ty, elem)
        return ty

    def _project_ty(self, ty: Ty, elem: mir.ProjectionElem) -> Ty:
        match elem:
            case mir.DerefProj():
                return _pointee(ty)
            case mir.FieldProj(ty=field_ty):
                return self.mono(field_ty)
            case mir.IndexProj():
                assert isinstance(ty, (ArrayTy, SliceTy))
                return ty.elem
            case mir.SubsliceProj():
                assert isinstance(ty, (ArrayTy, SliceTy))
                return SliceTy(ty.elem)
        return ty

    def place(self, place: mir.Place) -> PlaceRef:
        ref = PlaceRef(self.locals[place.local], self.local_tys[place.local])
        for elem in place.projection:
            ref = self.project(ref, elem)
        return ref

    def project(self, ref: PlaceRef, elem: mir.ProjectionElem) -> PlaceRef:
        match elem:
            case mir.DerefProj():
                return self.deref(ref)
            case mir.FieldProj(index=i, ty=field_ty):
                layout = self.layout(ref.ty)
                variant = layout.variants[ref.variant] if ref.variant is not None else None
                struct = variant.llvm if variant is not None else layout.llvm
                index = (variant.field_index if variant is not None else layout.field_index)[i]
                return PlaceRef(self.gep_field(ref.ptr, struct, index), self.mono(field_ty))
            case mir.IndexProj(local=local):
                index = self.load_scalar(self.locals[local], self.layout(USIZE_TY))
                return self.index(ref, index)
            case mir.SubsliceProj(from_=lo_local, to=hi_local):
                lo = self.load_scalar(self.locals[lo_local], self.layout(USIZE_TY))
                hi = self.load_scalar(self.locals[hi_local], self.layout(USIZE_TY))
                elem_ty = ref.ty.elem  # type: ignore[attr-defined]
                start = self.index(ref, lo)
                return PlaceRef(start.ptr, SliceTy(elem_ty), meta=self.builder.sub(hi, lo))
            case mir.DowncastProj(variant=v):
                return PlaceRef(ref.ptr, ref.ty, ref.meta, v)
        raise AssertionError(elem)

    def index(self, ref: PlaceRef, index: ir.Value) -> PlaceRef:
        match ref.ty:
            case ArrayTy(elem=elem):
                layout = self.layout(ref.ty)
                ptr = self.builder.gep(ref.ptr, [ir.Constant(I32, 0), index], inbounds=True, source_etype=layout.llvm)
                return PlaceRef(ptr, elem)
            case SliceTy(elem=elem):
                return PlaceRef(self.gep_elem(ref.ptr, self.layout(elem), index), elem)
            case StrTy():
                return PlaceRef(self.gep_elem(ref.ptr, self.layout(U8), index), U8)
        raise CompileError(unsupported(f"indexing a place of type `{ref.ty}`", self.span))

    def deref(self, ref: PlaceRef) -> PlaceRef:
        ty = ref.ty
        while isinstance(ty, AdtTy):
            # Box<T> (and wrappers around a pointer): the pointer is field 0.
            layout = self.layout(ty)
            if not layout.field_tys:
                raise CompileError(unsupported(f"dereferencing a `{ty}`", self.span))
            ref = PlaceRef(self.gep_field(ref.ptr, layout.llvm, layout.field_index[0]), layout.field_tys[0])
            ty = ref.ty
        pointee = _pointee(ty)
        layout = self.layout(ty)
        if layout.abi is Abi.PAIR:
            pair = self.builder.load(ref.ptr, typ=layout.llvm, align=8)
            return PlaceRef(self.builder.extract_value(pair, 0), pointee, self.builder.extract_value(pair, 1))
        return PlaceRef(self.builder.load(ref.ptr, typ=PTR, align=8), pointee)

    def place_address(self, ref: PlaceRef) -> ir.Value:
        """`&place`: a thin pointer, or a fat one for an unsized place."""
        if ref.meta is None:
            return ref.ptr
        pair = ir.Constant(ir.LiteralStructType([PTR, ref.meta.type]), None)
        pair = self.builder.insert_value(pair, ref.ptr, 0)
        return self.builder.insert_value(pair, ref.meta, 1)

    # ── enums ──

    def read_discriminant(self, ref: PlaceRef, discr_ty: Ty) -> ir.Value:
        layout = self.layout(ref.ty)
        target = self.layout(discr_ty).llvm
        assert isinstance(target, ir.IntType)
        if layout.tag is None:
            value = layout.discriminants[0] if layout.discriminants else 0
            return ir.Constant(target, value & ((1 << target.width) - 1))
        tag = self.builder.load(ref.ptr, typ=layout.tag, align=layout.tag.width // 8)
        if tag.type.width < target.width:
            return self.builder.sext(tag, target) if layout.tag_signed else self.builder.zext(tag, target)
        if tag.type.width > target.width:
            return self.builder.trunc(tag, target)
        return tag

    def write_discriminant(self, ref: PlaceRef, variant: int) -> None:
        layout = self.layout(ref.ty)
        if layout.tag is None:
            return
        value = layout.discriminants[variant] & ((1 << layout.tag.width) - 1)
        self.builder.store(ir.Constant(layout.tag, value), ref.ptr, align=layout.tag.width // 8)

    # ── statements ──

    def statement(self, statement: mir.Statement) -> None:
        from rustlet.codegen.rvalue import codegen_assign

        self.set_span(statement.span)
        match statement:
            case mir.Assign(place=place, rvalue=rvalue):
                codegen_assign(self, self.place(place), rvalue)
            case mir.SetDiscriminant(place=place, variant=variant):
                self.write_discriminant(self.place(place), variant)
            case mir.StorageLive() | mir.StorageDead() | mir.FakeRead() | mir.Nop():
                pass


def _pointee(ty: Ty) -> Ty:
    if isinstance(ty, (RefTy, RawPtrTy)):
        return ty.inner
    if isinstance(ty, AdtTy) and ty.args:
        return ty.args[0]  # Box<T>
    raise CompileError(unsupported(f"dereferencing a `{ty}`", None))



def define_instance(cx: ModuleCx, instance: FnInstance) -> None:
    """Generate the body of one function instance."""
    from rustlet.codegen.terminator import codegen_terminator

    body = cx.mir.bodies[instance.def_id]
    fn_def = cx.program.fns[instance.def_id]
    fn, abi = cx.instance_fn(instance)
    _set_fn_attributes(cx, fn, fn_def, abi)
    fx = FunctionCx(cx, fn, instance.args)
    fx.body = body
    fx.abi = abi
    fx.local_tys = [fx.mono(local.ty) for local in body.locals]
    if instance.def_id in cx.track_caller:
        fx.location_param = fn.args[-1]
    if cx.debug is not None:
        fx.debug_scope = cx.debug.subprogram(fn, fn_def.path, fn_def.span)
        fx.set_span(body.span)
    for index, ty in enumerate(fx.local_tys):
        layout = fx.layout(ty)
        if index == mir.RETURN_PLACE and abi.sret:
            fx.locals.append(fn.args[0])
        elif 1 <= index <= body.arg_count and layout.abi is Abi.MEMORY:
            fx.locals.append(fn.args[abi.arg_slots[index - 1]])
        else:
            name = body.locals[index].name or ""
            slot = fx.alloca(layout, name)
            fx.locals.append(slot)
            if 1 <= index <= body.arg_count and layout.abi is not Abi.IGNORE:
                arg = fn.args[abi.arg_slots[index - 1]]
                fx.store_operand(OperandRef(layout, value=arg), slot)
            decl = body.locals[index]
            if cx.debug is not None and decl.name is not None and (decl.is_user_var or index <= body.arg_count):
                cx.debug.declare_variable(fx.builder, slot, decl.name, ty, decl.span, fx.debug_scope,
                                          index if 1 <= index <= body.arg_count else None)
    fx.blocks = [fn.append_basic_block(f"bb{i}") for i in range(len(body.blocks))]
    fx.builder.branch(fx.blocks[0])
    for block, data in zip(fx.blocks, body.blocks):
        fx.builder.position_at_end(block)
        for statement in data.statements:
            fx.statement(statement)
        assert data.terminator is not None, f"{body.name}: block without terminator"
        codegen_terminator(fx, data.terminator)
    fx.finish()


def _set_fn_attributes(cx: ModuleCx, fn: ir.Function, fn_def: thir.FnDef, abi: FnAbi) -> None:
    """Inline hints, `cold`, and what references guarantee about their pointees."""
    match fn_def.inline:
        case "hint":
            fn.attributes.add("inlinehint")
        case "always":
            fn.attributes.add("alwaysinline")
        case "never":
            fn.attributes.add("noinline")
    if fn_def.cold:
        fn.attributes.add("cold")
    if abi.sret:
        fn.args[0].add_attribute("noalias")
    for layout, slot in zip(abi.params, abi.arg_slots):
        if slot is None:
            continue
        arg = fn.args[slot]
        if layout.abi is Abi.MEMORY:
            # a pointer to the caller's private copy of the argument
            arg.add_attribute("noalias")
            arg.add_attribute("nonnull")
            arg.attributes.dereferenceable = layout.size
            arg.attributes.align = layout.align
        elif isinstance(layout.ty, RefTy) and layout.abi is Abi.SCALAR:
            pointee = layout.ty.inner
            arg.add_attribute("nonnull")
            # `&T` points to memory nobody writes during the call (no interior mutability in
            # the subset), `&mut T` to memory nobody else reads: noalias either way, as rustc.
            # (llvmlite's IR layer has no `readonly` parameter attribute.)
            arg.add_attribute("noalias")
            pointee_layout = cx.layout(pointee)
            if pointee_layout.size > 0:
                arg.attributes.dereferenceable = pointee_layout.size
                arg.attributes.align = pointee_layout.align
