"""The module being generated: declarations, calling convention, constants.

`ModuleCx` owns the `ir.Module` and everything shared between functions:
- one `ir.Function` per mono item, declared on first use under its mangled symbol,
  all `internal` (only `__rustlet_main` is external), all `nounwind` (panics abort);
- the runtime's C functions (`RUNTIME`), declared on first use; the panicking ones
  are `noreturn cold`;
- string literals and panic locations as private constants, one per distinct value;
- the calling convention (`FnAbi`) and constant values (`const_operand`).

Calling convention (one for direct calls, fn pointers and glue alike):
- an argument of an IGNORE type (ZST) is not passed at all;
- SCALAR arguments are passed as their immediate (i1 for bool), PAIR arguments as a
  first-class `{a, b}` value;
- MEMORY arguments are passed as a pointer to a copy the callee may use (and
  mutate) as its own local: a moved place is passed directly, anything else is
  copied to a temporary first;
- a MEMORY return value is written through a leading `sret` pointer.
"""
from __future__ import annotations

from dataclasses import dataclass

import llvmlite.ir as ir

from rustlet import thir
from rustlet.codegen.debuginfo import DebugInfo
from rustlet.codegen.layout import I8, I32, I64, PTR, USIZE, Abi, Layout, LayoutCx
from rustlet.diagnostics import CompileError, unsupported
from rustlet.mir import syntax as mir
from rustlet.mono.items import FnInstance, MonoItem, MonoItems
from rustlet.mono.mangle import mangle
from rustlet.source import SourceMap, Span
from rustlet.types import (
    U8, AdtTy, ArrayTy, BoolTy, CharTy, ClosureTy, DefId, FloatTy, FnDefTy, IntTy, RefTy, SliceTy, StrTy, TupleTy, Ty,
)

VOID = ir.VoidType()
F32 = ir.FloatType()
F64 = ir.DoubleType()
RL_BUF = ir.LiteralStructType([PTR, I64, I64, I32, I8])
RL_FMT_SPEC = ir.LiteralStructType([I32, I8, I8, I8, I8, I64, I64])
RL_LOCATION = ir.LiteralStructType([PTR, I64, I32, I32])

# name → (return type, parameter types, is a panic)
RUNTIME: dict[str, tuple[ir.Type, tuple[ir.Type, ...], bool]] = {
    "rl_buf_init": (VOID, (PTR,), False),
    "rl_buf_free": (VOID, (PTR,), False),
    "rl_buf_push": (VOID, (PTR, PTR, USIZE), False),
    "rl_buf_push_padded": (VOID, (PTR, PTR, USIZE, PTR), False),
    "rl_buf_write_fd": (VOID, (PTR, I32), False),
    "rl_fmt_int": (VOID, (PTR, I64, I8, I8, PTR), False),
    "rl_fmt_f64": (VOID, (PTR, F64, PTR), False),
    "rl_fmt_f32": (VOID, (PTR, F32, PTR), False),
    "rl_fmt_bool": (VOID, (PTR, I8, PTR), False),
    "rl_fmt_char": (VOID, (PTR, I32, PTR), False),
    "rl_fmt_str": (VOID, (PTR, PTR, USIZE, PTR), False),
    "rl_panic": (VOID, (PTR, USIZE, PTR), True),
    "rl_panic_buf": (VOID, (PTR, PTR), True),
    "rl_panic_bounds_check": (VOID, (USIZE, USIZE, PTR), True),
    "rl_panic_slice_end": (VOID, (USIZE, USIZE, PTR), True),
    "rl_panic_slice_start": (VOID, (USIZE, USIZE, PTR), True),
    "rl_panic_slice_order": (VOID, (USIZE, USIZE, PTR), True),
    "rl_alloc": (PTR, (USIZE, USIZE), False),
    "rl_realloc": (PTR, (PTR, USIZE, USIZE, USIZE), False),
    "rl_dealloc": (VOID, (PTR, USIZE, USIZE), False),
    "rl_exit": (VOID, (I32,), True),
    "rl_args_count": (USIZE, (), False),
    "rl_arg": (VOID, (USIZE, PTR, PTR), False),
    "rl_stdin_read_line": (USIZE, (PTR,), False),
    "rl_stdin_read_to_end": (USIZE, (PTR,), False),
    "rl_flush_stdout": (VOID, (), False),
    "abort": (VOID, (), True),
    "memcmp": (I32, (PTR, PTR, USIZE), False),  # libc, for `str_eq`
    "rl_str_check_range": (VOID, (PTR, USIZE, USIZE, USIZE, PTR), False),
    "rl_char_is_alphabetic": (I8, (I32,), False),
    "rl_char_is_numeric": (I8, (I32,), False),
    "rl_char_is_whitespace": (I8, (I32,), False),
    "rl_char_is_lowercase": (I8, (I32,), False),
    "rl_char_is_uppercase": (I8, (I32,), False),
    "rl_char_to_upper": (I32, (I32, PTR), False),
    "rl_char_to_lower": (I32, (I32, PTR), False),
    "rl_parse_f64": (F64, (PTR, USIZE), False),
    "rl_parse_f32": (F32, (PTR, USIZE), False),
}


# The allocator, described to LLVM as rustc describes `__rust_alloc` & co., so that it
# knows them as one allocation family: unused allocations and alloc/free pairs of
# memory that does not escape are deleted, and loads from fresh memory are forwarded.
# name → (function attributes, {parameter index: parameter attributes}); llvmlite's
# attribute sets only accept a fixed list of names, these are written verbatim.
ALLOCATOR_FAMILY = '"alloc-family"="rl_alloc"'
ALLOCATOR_ATTRS: dict[str, tuple[tuple[str, ...], dict[int, tuple[str, ...]]]] = {
    "rl_alloc": (('allockind("alloc,uninitialized,aligned")', "allocsize(0)", ALLOCATOR_FAMILY), {1: ("allocalign",)}),
    "rl_realloc": (('allockind("realloc,aligned")', "allocsize(3)", ALLOCATOR_FAMILY),
                   {0: ("allocptr",), 2: ("allocalign",)}),
    "rl_dealloc": (('allockind("free")', ALLOCATOR_FAMILY), {0: ("allocptr",)}),
}


# The type of the hidden `&'static RlLocation` parameter of track-caller functions.
LOCATION_PARAM = RefTy(U8)


class TrackCallerFns:
    """Standard-library functions that panic on their caller's behalf, as rustc's
    `#[track_caller]` ones (`unwrap`, indexing, `expect`): those that call a panicking
    intrinsic or `panic!`, directly or through other such functions.  They take the caller's
    location as a hidden last argument and report it.  (Closures never do.)

    Asked per function (`def_id in track_caller`), so that only the std bodies below
    what the program uses are built (std's MIR is built on demand: rustlet/stdcache.py).
    The first question about a function explores the call graph below it; the tracked
    set is then the least fixed point over the explored part, which is closed under
    callees and so exact: direct callers of panicking intrinsics, propagated to their
    callers along reverse edges.  Cost: linear in the explored bodies and call edges."""

    def __init__(self, mir_program: mir.Program, program: thir.Program) -> None:
        self.mir = mir_program
        self.program = program
        self.callees: dict[DefId, set[DefId]] = {}  # every explored function's direct callees
        self.callers: dict[DefId, set[DefId]] = {}  # the reverse edges, between explored functions
        self.direct: set[DefId] = set()  # explored functions that call a panicking intrinsic
        self.tracked: set[DefId] = set()

    def __contains__(self, def_id: DefId) -> bool:
        if def_id not in self.callees:
            self._explore(def_id)
        return def_id in self.tracked

    def _explore(self, root: DefId) -> None:
        from rustlet.codegen.intrinsics import PANICKING

        new: list[DefId] = []
        stack = [root]
        while stack:
            def_id = stack.pop()
            if def_id in self.callees:
                continue
            called: set[DefId] = set()
            self.callees[def_id] = called
            new.append(def_id)
            fn = self.program.fns.get(def_id)
            if fn is None or fn.crate == "main" or fn.closure_kind is not None:
                continue
            body = self.mir.bodies.get(def_id)
            for block in body.blocks if body is not None else []:
                term = block.terminator
                if isinstance(term, mir.CallTerm) and isinstance(term.func, mir.Constant) \
                        and isinstance(term.func.ty, FnDefTy):
                    callee = self.program.fns[term.func.ty.def_id]
                    if callee.is_intrinsic and callee.name in PANICKING:
                        self.direct.add(def_id)
                    called.add(callee.def_id)
                    self.callers.setdefault(callee.def_id, set()).add(def_id)
                    stack.append(callee.def_id)
                elif isinstance(term, mir.CallTerm) and isinstance(term.func, mir.Builtin) \
                        and term.func.name == "fmt_panic":
                    self.direct.add(def_id)  # `panic!` in the library reports the caller's location
        for def_id in new:
            if def_id in self.direct or not self.tracked.isdisjoint(self.callees[def_id]):
                self._mark(def_id)

    def _mark(self, def_id: DefId) -> None:
        work = [def_id]
        while work:
            current = work.pop()
            if current not in self.tracked:
                self.tracked.add(current)
                work.extend(self.callers.get(current, ()))


@dataclass(slots=True)
class FnAbi:
    ret: Layout
    params: list[Layout]
    llvm_type: ir.FunctionType
    sret: bool
    arg_slots: list[int | None]  # param i → index among the LLVM arguments (None: ZST)


@dataclass(slots=True)
class OperandRef:
    """A value: an SSA `value` (SCALAR/PAIR), a pointer to it (`ptr`, MEMORY), or
    nothing (IGNORE)."""

    layout: Layout
    value: ir.Value | None = None
    ptr: ir.Value | None = None


class ModuleCx:
    def __init__(self, mir_program: mir.Program, items: MonoItems, options: object) -> None:
        self.mir = mir_program
        self.program: thir.Program = mir_program.thir  # type: ignore[assignment]
        self.items = items
        self.options = options
        self.overflow_checks: bool = bool(getattr(options, "overflow_checks", True))
        self.source_map: SourceMap | None = getattr(options, "source_map", None)
        self.module = ir.Module(name="rustlet")
        self.layouts = LayoutCx(self.program, items.monomorphize)
        self.functions: dict[MonoItem, ir.Function] = {}
        self.runtime: dict[str, ir.Function] = {}
        self.intrinsics: dict[str, ir.Function] = {}
        self.strings: dict[bytes, ir.GlobalVariable] = {}
        self.locations: dict[tuple[str, int, int], ir.GlobalVariable] = {}
        self.statics: dict[DefId, ir.GlobalVariable] = {}
        self.vtables: dict[tuple[Ty, DefId], ir.GlobalVariable] = {}
        self.track_caller = TrackCallerFns(mir_program, self.program)
        self.debug = DebugInfo(self.module, self.source_map) if getattr(options, "debug_info", False) else None
        self.globals_count = 0

    def layout(self, ty: Ty) -> Layout:
        return self.layouts.of(ty)

    # ── functions ──

    def fn_abi(self, ret_ty: Ty, param_tys: list[Ty]) -> FnAbi:
        ret = self.layout(ret_ty)
        params = [self.layout(t) for t in param_tys]
        llvm_params: list[ir.Type] = []
        sret = ret.abi is Abi.MEMORY
        if sret:
            llvm_params.append(PTR)
        slots: list[int | None] = []
        for p in params:
            if p.abi is Abi.IGNORE:
                slots.append(None)
                continue
            slots.append(len(llvm_params))
            llvm_params.append(PTR if p.abi is Abi.MEMORY else p.immediate)
        llvm_ret = ret.immediate if ret.abi in (Abi.SCALAR, Abi.PAIR) else VOID
        return FnAbi(ret, params, ir.FunctionType(llvm_ret, llvm_params), sret, slots)

    def instance_abi(self, instance: FnInstance) -> FnAbi:
        body = self.mir.bodies[instance.def_id]
        tys = [self.items.monomorphize(local.ty, instance.args) for local in body.locals[:body.arg_count + 1]]
        if instance.def_id in self.track_caller:
            tys.append(LOCATION_PARAM)  # the hidden caller location, last
        return self.fn_abi(tys[0], tys[1:])

    def declare(self, item: MonoItem, fn_type: ir.FunctionType) -> ir.Function:
        """The function of a mono item (declared once, under its symbol)."""
        fn = self.functions.get(item)
        if fn is None:
            if item not in self.items.symbols:
                raise AssertionError(f"codegen needs {item} but mono did not collect it")
            fn = ir.Function(self.module, fn_type, self.items.symbols[item])
            fn.linkage = "internal"
            fn.attributes.add("nounwind")
            self.functions[item] = fn
        return fn

    def instance_fn(self, instance: FnInstance) -> tuple[ir.Function, FnAbi]:
        abi = self.instance_abi(instance)
        fn = self.declare(instance, abi.llvm_type)
        return fn, abi

    def rt(self, name: str) -> ir.Function:
        """A runtime function (rustlet_rt.h), declared on first use."""
        fn = self.runtime.get(name)
        if fn is None:
            ret, params, panics = RUNTIME[name]
            fn = ir.Function(self.module, ir.FunctionType(ret, params), name)
            fn.attributes.add("nounwind")
            if panics:
                fn.attributes.add("noreturn")
                fn.attributes.add("cold")
            if name in ALLOCATOR_ATTRS:
                fn_attrs, param_attrs = ALLOCATOR_ATTRS[name]
                for attr in fn_attrs:
                    set.add(fn.attributes, attr)  # bypasses llvmlite's list of known names
                for index, attrs in param_attrs.items():
                    for attr in attrs:
                        set.add(fn.args[index].attributes, attr)
                if ret == PTR:
                    fn.return_value.add_attribute("noalias")
            self.runtime[name] = fn
        return fn

    def llvm_intrinsic(self, name: str, ret: ir.Type, params: list[ir.Type]) -> ir.Function:
        """An LLVM intrinsic such as `llvm.sadd.with.overflow.i32` (declared once)."""
        fn = self.intrinsics.get(name)
        if fn is None:
            fn = ir.Function(self.module, ir.FunctionType(ret, params), name)
            self.intrinsics[name] = fn
        return fn

    # ── constants ──

    def private_global(self, value: ir.Constant, align: int, prefix: str = "const") -> ir.GlobalVariable:
        self.globals_count += 1
        g = ir.GlobalVariable(self.module, value.type, f"{prefix}.{self.globals_count}")
        g.initializer = value
        g.global_constant = True
        g.linkage = "private"
        g.unnamed_addr = True
        g.align = align
        g.type = PTR  # opaque (see FunctionCx.alloca)
        return g

    def bytes_global(self, data: bytes) -> ir.GlobalVariable:
        g = self.strings.get(data)
        if g is None:
            array = ir.ArrayType(I8, len(data))
            g = self.private_global(ir.Constant(array, bytearray(data)), 1, "str")
            self.strings[data] = g
        return g

    def static_global(self, def_id: DefId) -> ir.GlobalVariable:
        """The memory of a static (`internal`; constant unless `static mut`)."""
        g = self.statics.get(def_id)
        if g is None:
            static_def = self.program.statics[def_id]
            initializer = self.const_memory(self.mir.statics[def_id].value.value, static_def.ty)
            g = ir.GlobalVariable(self.module, initializer.type, mangle(static_def.path))
            g.initializer = initializer
            g.linkage = "internal"
            g.global_constant = not static_def.mutable
            g.align = self.layout(static_def.ty).align
            g.type = PTR
            self.statics[def_id] = g
        return g

    def str_const(self, text: str) -> ir.Constant:
        """A `&'static str` fat pointer."""
        data = text.encode("utf-8")
        return ir.Constant.literal_struct([self.bytes_global(data), ir.Constant(USIZE, len(data))])

    def location(self, span: Span | None) -> ir.GlobalVariable:
        """A constant RlLocation for `span` (its start: file path as given, line, column)."""
        path, line, col = "<unknown>", 0, 0
        if span is not None and span.file >= 0 and self.source_map is not None:
            path, line, col = self.source_map.line_col(span)
        key = (path, line, col)
        g = self.locations.get(key)
        if g is None:
            data = path.encode("utf-8")
            value = ir.Constant.literal_struct([
                self.bytes_global(data), ir.Constant(I64, len(data)), ir.Constant(I32, line), ir.Constant(I32, col)])
            g = self.private_global(value, 8, "loc")
            self.locations[key] = g
        return g

    def const_operand(self, value: thir.ConstValue, ty: Ty) -> OperandRef:
        """A compile-time value as an operand: immediates inline, aggregates in a global."""
        layout = self.layout(ty)
        if layout.abi is Abi.IGNORE:
            return OperandRef(layout)
        if layout.abi in (Abi.SCALAR, Abi.PAIR):
            return OperandRef(layout, value=self.const_immediate(value.value, ty))
        return OperandRef(layout, ptr=self.private_global(self.const_memory(value.value, ty), layout.align))

    def const_immediate(self, value: object, ty: Ty) -> ir.Constant:
        match ty:
            case IntTy(kind=kind):
                return ir.Constant(ir.IntType(kind.bits), int(value) & ((1 << kind.bits) - 1))  # type: ignore[call-overload]
            case FloatTy():
                return ir.Constant(self.layout(ty).llvm, float(value))  # type: ignore[arg-type]
            case BoolTy():
                return ir.Constant(ir.IntType(1), int(bool(value)))
            case CharTy():
                return ir.Constant(I32, ord(value) if isinstance(value, str) else int(value))  # type: ignore[arg-type]
            case RefTy() if isinstance(value, tuple) and value[:1] == ("static",):
                return self.static_global(value[1])
            case RefTy(inner=StrTy()):
                assert isinstance(value, str)
                return self.str_const(value)
            case RefTy(inner=SliceTy() | ArrayTy()) if isinstance(value, bytes):  # a byte string
                g = self.bytes_global(value)
                if isinstance(ty.inner, ArrayTy):
                    return g
                return ir.Constant.literal_struct([g, ir.Constant(USIZE, len(value))])
            case RefTy(inner=SliceTy(elem=elem)):
                assert isinstance(value, tuple)
                array_ty = ArrayTy(elem, len(value))
                g = self.private_global(self.const_memory(value, array_ty), self.layout(array_ty).align)
                return ir.Constant.literal_struct([g, ir.Constant(USIZE, len(value))])
            case RefTy(inner=inner):
                return self.private_global(self.const_memory(value, inner), self.layout(inner).align)
        raise CompileError(unsupported(f"a constant of type `{ty}`", None))

    def const_memory(self, value: object, ty: Ty) -> ir.Constant:
        """The in-memory bytes of a constant as a packed struct of pieces (any type)."""
        pieces: list[tuple[int, ir.Constant]] = []
        self._serialize(value, ty, 0, pieces)
        size = self.layout(ty).size
        members: list[ir.Constant] = []
        offset = 0
        for at, piece in sorted(pieces, key=lambda p: p[0]):
            if at > offset:
                members.append(ir.Constant(ir.ArrayType(I8, at - offset), None))
            members.append(piece)
            offset = at + self._piece_size(piece)
        if size > offset:
            members.append(ir.Constant(ir.ArrayType(I8, size - offset), None))
        return ir.Constant(ir.LiteralStructType([m.type for m in members], packed=True), members)

    def _piece_size(self, piece: ir.Constant) -> int:
        t = piece.type
        if isinstance(t, ir.IntType):
            return t.width // 8
        if isinstance(t, ir.FloatType):
            return 4
        if isinstance(t, ir.DoubleType):
            return 8
        if isinstance(t, ir.PointerType):
            return 8
        raise AssertionError(f"constant piece of type {t}")

    def _serialize(self, value: object, ty: Ty, offset: int, pieces: list[tuple[int, ir.Constant]]) -> None:
        layout = self.layout(ty)
        match ty:
            case _ if layout.abi is Abi.IGNORE:
                return
            case BoolTy():
                pieces.append((offset, ir.Constant(I8, int(bool(value)))))
            case IntTy() | FloatTy() | CharTy():
                pieces.append((offset, self.const_immediate(value, ty)))
            case RefTy():
                imm = self.const_immediate(value, ty)
                if layout.abi is Abi.PAIR:
                    pieces.append((offset, imm.constant[0]))  # type: ignore[attr-defined]
                    pieces.append((offset + 8, imm.constant[1]))  # type: ignore[attr-defined]
                else:
                    pieces.append((offset, imm))
            case ArrayTy(elem=elem):
                elem_size = self.layout(elem).size
                for i, v in enumerate(value):  # type: ignore[arg-type]
                    self._serialize(v, elem, offset + i * elem_size, pieces)
            case TupleTy() | ClosureTy():
                self._serialize_fields(value, layout, layout.variants[0] if layout.variants else None, offset, pieces)
            case AdtTy():
                if layout.tag is None:
                    is_enum = self.program.adts[ty.def_id].kind is thir.AdtKind.ENUM
                    fields = value[1] if is_enum else value  # type: ignore[index]
                    self._serialize_fields(fields, layout, layout.variants[0], offset, pieces)
                else:
                    variant, fields = value  # type: ignore[misc]
                    tag = layout.discriminants[variant] & ((1 << layout.tag.width) - 1)
                    pieces.append((offset, ir.Constant(layout.tag, tag)))
                    self._serialize_fields(fields, layout, layout.variants[variant], offset, pieces)
            case _:
                raise CompileError(unsupported(f"a constant of type `{ty}`", None))

    def _serialize_fields(self, values: object, layout: Layout, variant, offset: int,
                          pieces: list[tuple[int, ir.Constant]]) -> None:
        llvm = variant.llvm if variant is not None else layout.llvm
        field_index = variant.field_index if variant is not None else layout.field_index
        field_tys = variant.field_tys if variant is not None else layout.field_tys
        offsets = struct_offsets(llvm)
        for i, v in enumerate(values):  # type: ignore[arg-type]
            self._serialize(v, field_tys[i], offset + offsets[field_index[i]], pieces)


def struct_offsets(struct: ir.LiteralStructType) -> list[int]:
    """Byte offset of each element of an (unpacked) LLVM struct, x86-64 data layout."""
    offsets = []
    offset = 0
    for element in struct.elements:
        size, align = llvm_size_align(element)
        offset = (offset + align - 1) // align * align
        offsets.append(offset)
        offset += size
    return offsets


def llvm_size_align(t: ir.Type) -> tuple[int, int]:
    if isinstance(t, ir.IntType):
        n = max(1, t.width // 8)
        return n, n
    if isinstance(t, ir.FloatType):
        return 4, 4
    if isinstance(t, (ir.DoubleType, ir.PointerType)):
        return 8, 8
    if isinstance(t, ir.ArrayType):
        size, align = llvm_size_align(t.element)
        return size * t.count, align
    if isinstance(t, ir.LiteralStructType):
        offset, align = 0, 1
        for element in t.elements:
            s, a = llvm_size_align(element)
            offset = (offset + a - 1) // a * a + s
            align = max(align, a)
        return (offset + align - 1) // align * align, align
    raise AssertionError(f"size of {t}")

