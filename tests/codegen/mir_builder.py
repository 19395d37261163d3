"""Hand-built MIR programs for codegen and mono tests (no front end needed).

    p = ProgramBuilder()
    main = p.fn("main", [], UNIT, main=True)
    x = main.local(I32, "x")
    bb0 = main.block()
    main.assign(bb0, x, Use(main.const(7, I32)))
    main.print(bb0, "{}\\n", [(x, I32)])          # appends fmt builtins, returns the next block
    ...
    output = p.run()                               # codegen, backend, link, run → (stdout, stderr, status)

Every span points into a synthetic `main.rl` whose line N is `line N`, so
`p.span(line, col)` gives a span that panics report as `main.rl:line:col`.
"""
from __future__ import annotations

import subprocess
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from rustlet import thir
from rustlet.ast import FormatTrait, PrintTarget
from rustlet.backend import emit_object, link
from rustlet.codegen import CodegenOptions, codegen_program
from rustlet.diagnostics import DiagnosticSink
from rustlet.mir import syntax as mir
from rustlet.mono import collect_mono_items
from rustlet.source import SourceMap, Span
from rustlet.types import I32, ISIZE, STR_REF, U8, UNIT, DefId, FnDefTy, RawPtrTy, RefTy, TraitRef, Ty

SOURCE_LINES = 200
SOURCE = "".join(f"line {n:<10}\n" for n in range(1, SOURCE_LINES + 1))  # each line 16 bytes
LINE_WIDTH = 16


@dataclass
class FnBuilder:
    program: "ProgramBuilder"
    fn: thir.FnDef
    body: mir.Body

    def local(self, ty: Ty, name: str | None = None) -> mir.Place:
        self.body.locals.append(mir.LocalDecl(ty, True, self.program.span(1, 1), name, name is not None))
        return mir.Place(len(self.body.locals) - 1)

    def arg(self, index: int) -> mir.Place:
        return mir.Place(index + 1)

    def block(self) -> int:
        self.body.blocks.append(mir.BasicBlockData())
        return len(self.body.blocks) - 1

    def assign(self, bb: int, place: mir.Place, rvalue: mir.Rvalue, line: int = 1, col: int = 1) -> None:
        self.body.blocks[bb].statements.append(mir.Assign(place, rvalue, self.program.span(line, col)))

    def stmt(self, bb: int, statement: mir.Statement) -> None:
        self.body.blocks[bb].statements.append(statement)

    def term(self, bb: int, terminator: mir.Terminator) -> None:
        self.body.blocks[bb].terminator = terminator

    def const(self, value: object, ty: Ty) -> mir.Constant:
        return mir.Constant(thir.ConstValue(ty, value))

    def ret(self, bb: int) -> None:
        self.term(bb, mir.Return(self.program.span(1, 1)))

    def goto(self, bb: int, target: int) -> None:
        self.term(bb, mir.Goto(target, self.program.span(1, 1)))

    def call(self, bb: int, callee: "FnBuilder", args: list[mir.Operand], dest: mir.Place,
             ty_args: tuple[Ty, ...] = (), line: int = 1, col: int = 1) -> int:
        """`dest = callee(args)` at the end of `bb`; returns the continuation block."""
        after = self.block()
        func = self.const(None, FnDefTy(callee.fn.def_id, ty_args))
        self.term(bb, mir.CallTerm(func, tuple(args), dest, after, self.program.span(line, col)))
        return after

    def builtin(self, bb: int, name: str, args: list[mir.Operand], dest: mir.Place | None = None,
                ty_args: tuple[Ty, ...] = (), line: int = 1, col: int = 1, diverges: bool = False) -> int:
        after = None if diverges else self.block()
        if dest is None:
            dest = self.local(UNIT)
        self.term(bb, mir.CallTerm(mir.Builtin(name, ty_args), tuple(args), dest, after, self.program.span(line, col)))
        return after if after is not None else -1

    def print(self, bb: int, pieces: list[str | thir.FormatPiece], args: list[tuple[mir.Place, Ty]],
              target: PrintTarget = PrintTarget.STDOUT) -> int:
        """`print!`-like: a format buffer, pieces (str or FormatPiece over `args`), print."""
        buf = self.local(RawPtrTy(U8, True))
        bb = self.builtin(bb, "fmt_buf_new", [], buf)
        for piece in pieces:
            if isinstance(piece, str):
                bb = self.builtin(bb, "fmt_push_str", [mir.Copy(buf), self.const(piece, STR_REF)])
                continue
            place, ty = args[piece.arg_index]
            ref = self.local(RefTy(ty))
            self.assign(bb, ref, mir.Ref(place, False))
            extra = []
            if piece.width_arg is not None:
                extra.append(mir.Copy(args[piece.width_arg][0]))
            if piece.precision_arg is not None:
                extra.append(mir.Copy(args[piece.precision_arg][0]))
            bb = self.builtin(bb, "fmt_arg", [mir.Copy(buf), mir.Copy(ref), self.const(piece, UNIT), *extra],
                              ty_args=(ty,))
        return self.builtin(bb, "fmt_print", [mir.Copy(buf), self.const(target.value, I32)])


def display(index: int = 0, trait: FormatTrait = FormatTrait.DISPLAY, **spec: object) -> thir.FormatPiece:
    return thir.FormatPiece(index, trait, **spec)  # type: ignore[arg-type]


@dataclass
class ProgramBuilder:
    source_map: SourceMap = field(default_factory=SourceMap)
    fns: dict[DefId, thir.FnDef] = field(default_factory=dict)
    bodies: dict[DefId, mir.Body] = field(default_factory=dict)
    adts: dict[DefId, thir.AdtDef] = field(default_factory=dict)
    traits: dict[DefId, thir.TraitDef] = field(default_factory=dict)
    impls: dict[DefId, thir.ImplDef] = field(default_factory=dict)
    main_fn: DefId | None = None
    next_id: int = 1

    def __post_init__(self) -> None:
        self.file = self.source_map.add_file("main.rl", SOURCE)

    def span(self, line: int, col: int) -> Span:
        lo = (line - 1) * LINE_WIDTH + col - 1
        return Span(self.file, lo, lo + 1)

    def def_id(self) -> DefId:
        self.next_id += 1
        return DefId(self.next_id)

    def fn(self, name: str, params: list[Ty], ret: Ty, main: bool = False, generics: int = 0,
           path: str | None = None, **fn_fields: object) -> FnBuilder:
        def_id = self.def_id()
        gen = thir.Generics([thir.GenericParamDef(f"T{i}", i) for i in range(generics)])
        fn = thir.FnDef(def_id, name, path or f"main::{name}", gen, thir.FnSig(tuple(params), ret), [], None,
                        self.span(1, 1), **fn_fields)  # type: ignore[arg-type]
        body = mir.Body(def_id, fn.path, [mir.LocalDecl(ret, True, self.span(1, 1))], [], len(params), self.span(1, 1))
        for p in params:
            body.locals.append(mir.LocalDecl(p, False, self.span(1, 1)))
        self.fns[def_id] = fn
        if not fn.is_intrinsic:
            self.bodies[def_id] = body
        if main:
            self.main_fn = def_id
        return FnBuilder(self, fn, body)

    def adt(self, name: str, kind: thir.AdtKind, variants: list[tuple[str, thir.StructKind, list[tuple[str, Ty]]]],
            generics: int = 0, derives: tuple[str, ...] = ("Debug",), discriminants: list[int] | None = None,
            repr_int: str | None = None) -> thir.AdtDef:
        def_id = self.def_id()
        variant_defs = []
        for i, (vname, vkind, fields) in enumerate(variants):
            variant_defs.append(thir.VariantDef(
                vname, self.def_id(), vkind, [thir.FieldDef(f, t, True, self.span(1, 1)) for f, t in fields],
                discriminants[i] if discriminants else i, self.span(1, 1)))
        gen = thir.Generics([thir.GenericParamDef(f"T{i}", i) for i in range(generics)])
        adt = thir.AdtDef(def_id, name, f"main::{name}", kind, gen, variant_defs, list(derives), self.span(1, 1),
                          repr_int, ISIZE)
        self.adts[def_id] = adt
        return adt

    def trait(self, name: str, methods: list[str], generics: int = 1, defaults: tuple[str, ...] = ()
              ) -> thir.TraitDef:
        """A trait (`Self` is parameter 0); its methods are added with `fn(..., trait_of=…)`."""
        def_id = self.def_id()
        gen = thir.Generics([thir.GenericParamDef("Self" if i == 0 else f"T{i}", i) for i in range(generics)])
        trait = thir.TraitDef(def_id, name, f"core::{name.lower()}::{name}", gen, [],
                              [thir.TraitItemDef(m, DefId(0), "fn", m in defaults) for m in methods], self.span(1, 1))
        self.traits[def_id] = trait
        return trait

    def trait_method(self, trait: thir.TraitDef, name: str, params: list[Ty], ret: Ty) -> FnBuilder:
        """A required method of `trait` (no body); `Self` is ParamTy 0."""
        f = self.fn(name, params, ret, generics=trait.generics.count, path=f"{trait.path}::{name}",
                    trait_of=trait.def_id)
        del self.bodies[f.fn.def_id]
        for item in trait.items:
            if item.name == name:
                item.def_id = f.fn.def_id
        return f

    def impl(self, trait: thir.TraitDef | None, self_ty: Ty, items: dict[str, DefId], generics: int = 0,
             trait_args: tuple[Ty, ...] = ()) -> thir.ImplDef:
        def_id = self.def_id()
        gen = thir.Generics([thir.GenericParamDef(f"T{i}", i) for i in range(generics)])
        trait_ref = TraitRef(trait.def_id, (self_ty, *trait_args), trait.name) if trait else None
        impl = thir.ImplDef(def_id, gen, self_ty, trait_ref, items, {}, self.span(1, 1))
        self.impls[def_id] = impl
        for fn_id in items.values():
            self.fns[fn_id].impl_of = def_id
            self.fns[fn_id].trait_of = trait.def_id if trait else None
        return impl

    def program(self) -> mir.Program:
        typed = thir.Program(self.adts, self.fns, {}, {}, self.traits, self.impls, self.main_fn, {}, {})
        return mir.Program(self.bodies, {}, typed)

    def ir(self, overflow_checks: bool = True) -> str:
        program = self.program()
        sink = DiagnosticSink()
        items = collect_mono_items(program, sink)
        assert not sink.diagnostics, sink.diagnostics
        return codegen_program(program, items, CodegenOptions(0, overflow_checks, False, self.source_map))

    def run(self, opt_level: int = 0, overflow_checks: bool = True) -> subprocess.CompletedProcess[str]:
        text = self.ir(overflow_checks)
        with tempfile.TemporaryDirectory() as scratch:
            exe = Path(scratch) / "prog"
            link([emit_object(text, opt_level)], exe)
            return subprocess.run([str(exe)], capture_output=True, text=True, timeout=10)

