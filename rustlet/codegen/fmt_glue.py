"""Formatting: the MIR formatting builtins and the per-type formatting glue.

MIR lowers `println!("{} {:?}", a, b)` to builtin calls on a runtime buffer:

    buf = fmt_buf_new()            an RlBuf in the frame, `rl_buf_init`
    fmt_arg(buf, &a, {spec})       `fmt::<A, Display>(buf, &a, &spec)`  (a glue function)
    fmt_push_str(buf, " ")         `rl_buf_push`
    fmt_print(buf, 1)              `rl_buf_write_fd` + `rl_buf_free`
    fmt_panic(buf)                 `rl_panic_buf` with the terminator's location

A spec whose width and precision are literals is a constant RlFmtSpec global; one
with `width$`/`precision$` arguments is built on the stack.

Glue `void fmt::<T, Trait>(RlBuf *buf, T *value, RlFmtSpec *spec)`, one per mono
FmtGlue item:
- primitives call the runtime (`rl_fmt_int(buf, bits, is_signed, width, spec)`,
  `rl_fmt_f64`, `rl_fmt_bool`, `rl_fmt_char`, `rl_fmt_str`), which implements
  every flag of core::fmt;
- `&T` formats its target (references are transparent to formatting); `&[T]`
  and arrays are Debug lists; tuples and `#[derive(Debug)]` ADTs write exactly what
  rustc's `debug_tuple` / `debug_struct` / `debug_list` builders write, passing
  the *same* spec to every field (so `{:5?}` pads each leaf: `(    1,     2)`).
  Punctuation and names are written unpadded; `()` is padded (it is `f.pad("()")`).
- `{:#?}` (flag `#`) is decided at run time: each composite glue has a compact and a
  pretty path.  The pretty path writes `(\n`, then each field inside the runtime's
  PadAdapter (`RlBuf.indent += 1`, which indents every line written) followed by
  `,\n`, then `)` back at the outer indent.
"""
from __future__ import annotations

import llvmlite.ir as ir

from rustlet import thir
from rustlet.ast import Align, FormatTrait, StructKind
from rustlet.codegen.function import FunctionCx, PlaceRef
from rustlet.codegen.layout import I8, I32, I64, PTR, Abi, Layout
from rustlet.codegen.module import RL_BUF, RL_FMT_SPEC, ModuleCx, OperandRef
from rustlet.codegen.terminator import emit_call
from rustlet.diagnostics import CompileError, unsupported
from rustlet.mir import syntax as mir
from rustlet.mono.items import FmtGlue
from rustlet.mono.resolve import FMT_INTRINSICS, fmt_intrinsic_glue
from rustlet.source import Span
from rustlet.types import (
    BOOL, ISIZE, UNIT, AdtTy, ArrayTy, BoolTy, CharTy, FloatKind, FloatTy, IntTy, RefTy, SliceTy, StrTy, TupleTy, Ty,
)

TRAIT_NAMES = {trait: name for name, trait in (
    ("Display", FormatTrait.DISPLAY), ("Debug", FormatTrait.DEBUG), ("LowerHex", FormatTrait.LOWER_HEX),
    ("UpperHex", FormatTrait.UPPER_HEX), ("Octal", FormatTrait.OCTAL), ("Binary", FormatTrait.BINARY),
    ("LowerExp", FormatTrait.LOWER_EXP), ("UpperExp", FormatTrait.UPPER_EXP))}
GLUE_TYPE = ir.FunctionType(ir.VoidType(), [PTR, PTR, PTR])
_KINDS = {FormatTrait.DISPLAY: 0, FormatTrait.DEBUG: 1, FormatTrait.LOWER_HEX: 2, FormatTrait.UPPER_HEX: 3,
          FormatTrait.OCTAL: 4, FormatTrait.BINARY: 5, FormatTrait.LOWER_EXP: 6, FormatTrait.UPPER_EXP: 7}
FLAG_ALTERNATE = 4
# RlBuf and RlFmtSpec slots in a frame (the Ty is only a label; these never hold Rust values)
BUF_LAYOUT = Layout(UNIT, 40, 8, RL_BUF, Abi.MEMORY)
SPEC_LAYOUT = Layout(UNIT, 32, 8, RL_FMT_SPEC, Abi.MEMORY)


# ── builtins ──

def codegen_builtin(fx: FunctionCx, builtin: mir.Builtin, args: tuple[mir.Operand, ...], dest: PlaceRef,
                    span: Span) -> None:
    b = fx.builder
    cx = fx.cx
    match builtin.name:
        case "fmt_buf_new":
            buf = fx.alloca(BUF_LAYOUT, "fmt.buf")
            b.call(cx.rt("rl_buf_init"), [buf])
            b.store(buf, dest.ptr, align=8)
        case "fmt_push_str":
            text = fx.immediate(args[1])
            b.call(cx.rt("rl_buf_push"), [fx.immediate(args[0]), b.extract_value(text, 0), b.extract_value(text, 1)])
        case "fmt_arg":
            (arg_ty,) = builtin.ty_args
            spec_constant = args[2]
            assert isinstance(spec_constant, mir.Constant)
            piece = spec_constant.value.value
            assert isinstance(piece, thir.FormatPiece)
            spec = _spec(fx, piece, list(args[3:]))
            glue = cx.declare(FmtGlue(fx.mono(arg_ty), piece.trait), GLUE_TYPE)
            b.call(glue, [fx.immediate(args[0]), fx.immediate(args[1]), spec])
        case "fmt_print":
            buf = fx.immediate(args[0])
            b.call(cx.rt("rl_buf_write_fd"), [buf, fx.immediate(args[1])])
            b.call(cx.rt("rl_buf_free"), [buf])
        case "str_eq":
            str_eq(fx, fx.immediate(args[0]), fx.immediate(args[1]), dest)
        case "fmt_into_string":
            _buf_into_string(fx, fx.immediate(args[0]), dest)
        case "fmt_arguments":
            _arguments(fx, fx.immediate(args[0]), dest)
        case "fmt_panic":
            b.call(cx.rt("rl_panic_buf"), [fx.immediate(args[0]), fx.caller_location()])
            b.unreachable()
        case _:
            raise CompileError(unsupported(f"the formatting builtin `{builtin.name}`", span))


def _buf_into_string(fx: FunctionCx, buf: ir.Value, dest: PlaceRef) -> None:
    """`format!`: the runtime buffer's bytes become the String (`String { vec: Vec { ptr,
    cap, len } }`) without a copy; both allocate with malloc, so the String frees them."""
    b = fx.builder
    string = fx.layout(dest.ty)
    vec_ptr = fx.gep_field(dest.ptr, string.llvm, string.field_index[0])
    vec = fx.layout(string.field_tys[0])
    for source_field, buf_field in ((0, 0), (1, 2), (2, 1)):  # ptr, cap, len ← RlBuf {ptr, len, cap}
        value = b.load(fx.gep_field(buf, RL_BUF, buf_field), typ=RL_BUF.elements[buf_field], align=8)
        b.store(value, fx.gep_field(vec_ptr, vec.llvm, vec.field_index[source_field]), align=8)


def str_eq(fx: FunctionCx, lhs: ir.Value, rhs: ir.Value, dest: PlaceRef) -> None:
    """`&str == &str` for string patterns: equal lengths, then `memcmp`."""
    b = fx.builder
    same_length = b.icmp_unsigned("==", b.extract_value(lhs, 1), b.extract_value(rhs, 1))
    result = fx.alloca(fx.layout(BOOL), "str_eq")
    fx.store_scalar(same_length, result, fx.layout(BOOL))
    with b.if_then(same_length):
        compared = b.call(fx.cx.rt("memcmp"), [b.extract_value(lhs, 0), b.extract_value(rhs, 0), b.extract_value(lhs, 1)])
        fx.store_scalar(b.icmp_signed("==", compared, ir.Constant(I32, 0)), result, fx.layout(BOOL))
    fx.store_operand(fx.load_operand(PlaceRef(result, BOOL)), dest.ptr)


def _spec(fx: FunctionCx, piece: thir.FormatPiece, counts: list[mir.Operand]) -> ir.Value:
    """An RlFmtSpec for `piece`: a constant global, or a stack slot when the width or
    precision comes from an argument."""
    flags = ((1 if piece.sign_plus else 0) | (2 if piece.sign_minus else 0)
             | (FLAG_ALTERNATE if piece.alternate else 0) | (8 if piece.zero_pad else 0))
    debug_hex = {None: 0, "x": 1, "X": 2}[piece.debug_hex]
    width = piece.width if piece.width is not None else -1
    precision = piece.precision if piece.precision is not None else -1
    fields = [ir.Constant(I32, ord(piece.fill)), ir.Constant(I8, _align_code(piece.align)), ir.Constant(I8, flags),
              ir.Constant(I8, _KINDS[piece.trait]), ir.Constant(I8, debug_hex), ir.Constant(I64, width),
              ir.Constant(I64, precision)]
    if not counts:
        return fx.cx.private_global(ir.Constant(RL_FMT_SPEC, fields), 8, "spec")
    if piece.width_arg is not None:
        fields[5] = fx.immediate(counts.pop(0))
    if piece.precision_arg is not None:
        fields[6] = fx.immediate(counts.pop(0))
    slot = fx.alloca(SPEC_LAYOUT, "fmt.spec")
    for i, value in enumerate(fields):
        fx.builder.store(value, fx.gep_field(slot, RL_FMT_SPEC, i))
    return slot


def _align_code(align: Align) -> int:
    return {Align.UNKNOWN: 0, Align.LEFT: 1, Align.RIGHT: 2, Align.CENTER: 3}[align]


# ── glue ──

def define_fmt_glue(cx: ModuleCx, item: FmtGlue) -> None:
    fn = cx.declare(item, GLUE_TYPE)
    fx = FunctionCx(cx, fn)
    buf, value, spec = fn.args
    _GlueWriter(fx, buf, spec, item.trait).format(value, item.ty)
    fx.builder.ret_void()
    fx.finish()


class _GlueWriter:
    """Emits the body of one formatting glue function."""

    def __init__(self, fx: FunctionCx, buf: ir.Value, spec: ir.Value, trait: FormatTrait) -> None:
        self.fx = fx
        self.cx = fx.cx
        self.b = fx.builder
        self.buf = buf
        self.spec = spec
        self.trait = trait

    def call_glue(self, ty: Ty, ptr: ir.Value, trait: FormatTrait | None = None) -> None:
        glue = self.cx.declare(FmtGlue(ty, trait or self.trait), GLUE_TYPE)
        self.b.call(glue, [self.buf, ptr, self.spec])

    def write(self, text: str) -> None:
        if text:
            s = self.cx.str_const(text)
            self.b.call(self.cx.rt("rl_buf_push"), [self.buf, s.constant[0], s.constant[1]])

    def indent(self, delta: int) -> None:
        ptr = self.fx.gep_field(self.buf, RL_BUF, 3)
        old = self.b.load(ptr, typ=I32, align=4)
        self.b.store(self.b.add(old, ir.Constant(I32, delta)), ptr, align=4)

    def format(self, value: ir.Value, ty: Ty) -> None:
        b, cx = self.b, self.cx
        match ty:
            case IntTy(kind=kind):
                loaded = b.load(value, typ=ir.IntType(kind.bits), align=kind.bits // 8)
                bits = (b.sext if kind.signed else b.zext)(loaded, I64) if kind.bits < 64 else loaded
                b.call(cx.rt("rl_fmt_int"), [self.buf, bits, ir.Constant(I8, int(kind.signed)),
                                             ir.Constant(I8, kind.bits), self.spec])
            case FloatTy(kind=kind):
                f32 = kind is FloatKind.F32
                loaded = b.load(value, typ=cx.layout(ty).llvm, align=4 if f32 else 8)
                b.call(cx.rt("rl_fmt_f32" if f32 else "rl_fmt_f64"), [self.buf, loaded, self.spec])
            case BoolTy():
                b.call(cx.rt("rl_fmt_bool"), [self.buf, b.load(value, typ=I8, align=1), self.spec])
            case CharTy():
                b.call(cx.rt("rl_fmt_char"), [self.buf, b.load(value, typ=I32, align=4), self.spec])
            case RefTy(inner=StrTy()):
                pair = b.load(value, typ=cx.layout(ty).llvm, align=8)
                b.call(cx.rt("rl_fmt_str"), [self.buf, b.extract_value(pair, 0), b.extract_value(pair, 1), self.spec])
            case RefTy(inner=SliceTy(elem=elem)):
                pair = b.load(value, typ=cx.layout(ty).llvm, align=8)
                self.debug_list(b.extract_value(pair, 0), b.extract_value(pair, 1), elem)
            case RefTy(inner=inner):
                self.call_glue(inner, b.load(value, typ=PTR, align=8))
            case TupleTy(elems=()) if self.trait is FormatTrait.DEBUG:
                s = cx.str_const("()")
                b.call(cx.rt("rl_buf_push_padded"), [self.buf, s.constant[0], s.constant[1], self.spec])
            case TupleTy(elems=elems) if self.trait is FormatTrait.DEBUG:
                layout = cx.layout(ty)
                fields = [(t, self.fx.gep_field(value, layout.llvm, layout.field_index[i])) for i, t in enumerate(elems)]
                self.debug_tuple("", fields)
            case ArrayTy(elem=elem, length=n) if self.trait is FormatTrait.DEBUG:
                self.debug_list(value, self.fx.usize(n), elem)
            case _:
                self.call_impl(value, ty)

    def call_impl(self, value: ir.Value, ty: Ty) -> None:
        """`<ty as Trait>::fmt(value, &mut Formatter { buf, spec })` (the Result is
        ignored: formatting into memory does not fail)."""
        instance = self.cx.items.resolver.fmt_fn(ty, TRAIT_NAMES[self.trait])
        if instance is None:
            raise CompileError(unsupported(f"formatting a `{ty}` with `{TRAIT_NAMES[self.trait]}`", None))
        callee, abi = self.cx.instance_fn(instance)
        formatter_ty = abi.params[1].ty
        assert isinstance(formatter_ty, RefTy)
        formatter_layout = self.cx.layout(formatter_ty.inner)
        formatter = self.fx.alloca(formatter_layout, "formatter")
        for index, field in enumerate((self.buf, self.spec)):
            self.b.store(field, self.fx.gep_field(formatter, formatter_layout.llvm, formatter_layout.field_index[index]))
        result = PlaceRef(self.fx.alloca(abi.ret, "fmt.result"), abi.ret.ty)
        emit_call(self.fx, callee, abi, [(OperandRef(abi.params[0], value=value), False),
                                         (OperandRef(abi.params[1], value=formatter), False)], result)

    # rustc's DebugTuple / DebugStruct / DebugList, compact and pretty (chosen at run time)

    def by_alternate(self, emit) -> None:
        flags = self.b.load(self.fx.gep_field(self.spec, RL_FMT_SPEC, 2), typ=I8, align=1)
        pretty = self.b.icmp_unsigned("!=", self.b.and_(flags, ir.Constant(I8, FLAG_ALTERNATE)), ir.Constant(I8, 0))
        with self.b.if_else(pretty) as (then, otherwise):
            with then:
                emit(True)
            with otherwise:
                emit(False)

    def debug_tuple(self, name: str, fields: list[tuple[Ty, ir.Value]]) -> None:
        if not fields:
            self.write(name)
            return

        def emit(pretty: bool) -> None:
            self.write(name)
            for i, (ty, ptr) in enumerate(fields):
                if pretty:
                    if i == 0:
                        self.write("(\n")
                    self.indent(1)
                    self.call_glue(ty, ptr, FormatTrait.DEBUG)
                    self.write(",\n")
                    self.indent(-1)
                else:
                    self.write("(" if i == 0 else ", ")
                    self.call_glue(ty, ptr, FormatTrait.DEBUG)
            if len(fields) == 1 and not name and not pretty:
                self.write(",")
            self.write(")")
        self.by_alternate(emit)

    def debug_struct(self, name: str, fields: list[tuple[str, Ty, ir.Value]]) -> None:
        if not fields:
            self.write(name)
            return

        def emit(pretty: bool) -> None:
            self.write(name)
            for i, (field_name, ty, ptr) in enumerate(fields):
                if pretty:
                    if i == 0:
                        self.write(" {\n")
                    self.indent(1)
                    self.write(f"{field_name}: ")
                    self.call_glue(ty, ptr, FormatTrait.DEBUG)
                    self.write(",\n")
                    self.indent(-1)
                else:
                    self.write((" { " if i == 0 else ", ") + f"{field_name}: ")
                    self.call_glue(ty, ptr, FormatTrait.DEBUG)
            self.write("}" if pretty else " }")
        self.by_alternate(emit)

    def debug_list(self, start: ir.Value, length: ir.Value, elem: Ty) -> None:
        """`[a, b]` / `[\\n    a,\\n    b,\\n]` over `length` elements at `start` (a loop)."""
        b, fx = self.b, self.fx
        elem_layout = fx.layout(elem)

        def emit(pretty: bool) -> None:
            self.write("[")
            before = b.block
            loop = fx.fn.append_basic_block("list")
            body = fx.fn.append_basic_block("list.elem")
            done = fx.fn.append_basic_block("list.done")
            b.branch(loop)
            b.position_at_end(loop)
            index = b.phi(I64)
            index.add_incoming(fx.usize(0), before)
            b.cbranch(b.icmp_unsigned("<", index, length), body, done)
            b.position_at_end(body)
            ptr = b.gep(start, [index], inbounds=True, source_etype=elem_layout.llvm)
            is_first = b.icmp_unsigned("==", index, fx.usize(0))
            if pretty:
                with b.if_then(is_first):
                    self.write("\n")
                self.indent(1)
                self.call_glue(elem, ptr, FormatTrait.DEBUG)
                self.write(",\n")
                self.indent(-1)
            else:
                with b.if_then(b.not_(is_first)):
                    self.write(", ")
                self.call_glue(elem, ptr, FormatTrait.DEBUG)
            next_index = b.add(index, fx.usize(1))
            index.add_incoming(next_index, b.block)
            b.branch(loop)
            b.position_at_end(done)
            self.write("]")
        self.by_alternate(emit)


# ── the formatting intrinsics (stdlib/intrinsics.rl, used by stdlib/fmt.rl) ──

def _write_str(fx: FunctionCx, ty_args: tuple[Ty, ...], args: list[mir.Operand], dest: PlaceRef) -> None:
    text = fx.immediate(args[1])
    fx.builder.call(fx.cx.rt("rl_buf_push"),
                    [fx.immediate(args[0]), fx.builder.extract_value(text, 0), fx.builder.extract_value(text, 1)])


def _write_char(fx: FunctionCx, ty_args: tuple[Ty, ...], args: list[mir.Operand], dest: PlaceRef) -> None:
    plain = thir.FormatPiece(0, FormatTrait.DISPLAY)
    fx.builder.call(fx.cx.rt("rl_fmt_char"), [fx.immediate(args[0]), fx.immediate(args[1]), _spec(fx, plain, [])])


def _pad(fx: FunctionCx, ty_args: tuple[Ty, ...], args: list[mir.Operand], dest: PlaceRef) -> None:
    text = fx.immediate(args[2])
    fx.builder.call(fx.cx.rt("rl_buf_push_padded"), [fx.immediate(args[0]), fx.builder.extract_value(text, 0),
                                                     fx.builder.extract_value(text, 1), fx.immediate(args[1])])


def _indent(fx: FunctionCx, ty_args: tuple[Ty, ...], args: list[mir.Operand], dest: PlaceRef) -> None:
    b = fx.builder
    ptr = fx.gep_field(fx.immediate(args[0]), RL_BUF, 3)
    b.store(b.add(b.load(ptr, typ=I32, align=4), fx.immediate(args[1])), ptr, align=4)


def _spec_field(index: int, llvm: ir.IntType):
    """Reads field `index` of the RlFmtSpec (fill, align, flags, …, width, precision)."""
    def handler(fx: FunctionCx, ty_args: tuple[Ty, ...], args: list[mir.Operand], dest: PlaceRef) -> None:
        ptr = fx.gep_field(fx.immediate(args[0]), RL_FMT_SPEC, index)
        value = fx.builder.load(ptr, typ=llvm, align=llvm.width // 8)
        fx.store_operand(OperandRef(fx.layout(dest.ty), value=value), dest.ptr)
    return handler


def _buf_free(fx: FunctionCx, ty_args: tuple[Ty, ...], args: list[mir.Operand], dest: PlaceRef) -> None:
    fx.builder.call(fx.cx.rt("rl_buf_free"), [fx.immediate(args[0])])


def _utf8_prefix(fx: FunctionCx, ty_args: tuple[Ty, ...], args: list[mir.Operand], dest: PlaceRef) -> None:
    b = fx.builder
    pair = ir.Constant(ir.LiteralStructType([PTR, I64]), None)
    pair = b.insert_value(b.insert_value(pair, fx.immediate(args[0]), 0), fx.immediate(args[1]), 1)
    fx.store_operand(OperandRef(fx.layout(dest.ty), value=pair), dest.ptr)


def _format_with(trait: FormatTrait):
    """`fmt_display::<T>(value, buf, spec)` …: the glue of T for `trait`, under a copy of
    the spec whose kind is that trait's."""
    def handler(fx: FunctionCx, ty_args: tuple[Ty, ...], args: list[mir.Operand], dest: PlaceRef) -> None:
        b = fx.builder
        glue_item = fmt_intrinsic_glue(_INTRINSIC_NAMES[trait], ty_args[-1])
        assert glue_item is not None
        value = fx.immediate(args[0])
        if glue_item.ty != ty_args[-1]:  # unsized: the glue takes a pointer to the fat pointer
            slot = fx.alloca(fx.layout(glue_item.ty), "fmt.ref")
            b.store(value, slot, align=8)
            value = slot
        spec = fx.alloca(SPEC_LAYOUT, "fmt.spec")
        b.store(b.load(fx.immediate(args[2]), typ=RL_FMT_SPEC, align=8), spec, align=8)
        b.store(ir.Constant(I8, _KINDS[trait]), fx.gep_field(spec, RL_FMT_SPEC, 3), align=1)
        glue = fx.cx.declare(glue_item, GLUE_TYPE)
        b.call(glue, [fx.immediate(args[1]), value, spec])
    return handler


_INTRINSIC_NAMES = {trait: name for name, trait in FMT_INTRINSICS.items()}

INTRINSICS = {
    "fmt_write_str": _write_str,
    "fmt_write_char": _write_char,
    "fmt_pad": _pad,
    "fmt_indent": _indent,
    "fmt_spec_fill": _spec_field(0, I32),
    "fmt_spec_align": _spec_field(1, I8),
    "fmt_spec_flags": _spec_field(2, I8),
    "fmt_spec_width": _spec_field(5, I64),
    "fmt_spec_precision": _spec_field(6, I64),
    "fmt_buf_free": _buf_free,
    "fmt_utf8_prefix": _utf8_prefix,
    **{name: _format_with(trait) for name, trait in FMT_INTRINSICS.items()},
}


def _arguments(fx: FunctionCx, buf: ir.Value, dest: PlaceRef) -> None:
    """`fmt::Arguments { buf, text }`: the buffer and a `&str` of its bytes."""
    b = fx.builder
    layout = fx.layout(dest.ty)
    data = b.load(fx.gep_field(buf, RL_BUF, 0), typ=PTR, align=8)
    length = b.load(fx.gep_field(buf, RL_BUF, 1), typ=I64, align=8)
    text = ir.Constant(ir.LiteralStructType([PTR, I64]), None)
    text = b.insert_value(b.insert_value(text, data, 0), length, 1)
    b.store(buf, fx.gep_field(dest.ptr, layout.llvm, layout.field_index[0]), align=8)
    b.store(text, fx.gep_field(dest.ptr, layout.llvm, layout.field_index[1]), align=8)
