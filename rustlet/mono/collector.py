"""Mono item collection: which instances of which functions the program needs.

The problem (as in rustc's `rustc_monomorphize/src/collector.rs`): generic functions
have no machine code of their own; each distinct `(def_id, type arguments)` used by
the program needs its own copy, and so do the drop glue of every type that is
dropped and the formatting glue of every type that is formatted.  Which ones are
needed is only known by walking the program from its roots with concrete types.

Method: a worklist over *mono items* (rustlet.mono.items), starting from `main`.
Processing an item means walking what it would generate code for and *requesting*
every item that code refers to:

    FnInstance(def, args)   its MIR body, each type substituted with `args`:
                            - an operand whose type is `FnDefTy(f, fargs)` (a call's
                              callee, or a fn item stored or cast to a fn pointer) →
                              the instance implementing `f::<fargs>` after trait
                              selection (`Resolver.resolve_fn`);  intrinsics are
                              expanded inline by codegen and are not items, except
                              `drop_in_place::<T>` which needs DropGlue(T);
                            - a call whose callee is a closure value → the closure's
                              body instance;
                            - an unsizing cast `&T → &dyn Trait` (or Box) → the methods
                              of T's vtable and T's drop glue; a call of a trait method
                              with `Self = dyn Trait` requests nothing (it goes through
                              that vtable);
                            - `Drop(place)` of a type that needs drop → DropGlue(ty);
                            - `Builtin("fmt_arg", (T,))` with spec trait X → FmtGlue(T, X).
    DropGlue(T)             `<T as Drop>::drop` if T implements Drop, then DropGlue
                            of each field / element / upvar that needs drop.
    FmtGlue(T, X)           primitives: nothing (the runtime formats them);
                            references format their target; tuples / arrays /
                            slices (Debug) request FmtGlue(elem, Debug) for each
                            element type; any other type: the `fmt` of its impl of X
                            (the user's, a derived one, or the library's).
                            A call of a formatting intrinsic (`fmt_display::<T>`,
                            …) requests the glue it runs.

Each item is requested at most once: the first request records a `Requester`
(requesting item + span), which is what `--emit=mono-items` prints and what the
bloat report follows back to `main`.  Items are kept in discovery (breadth-first)
order, so output is deterministic.

Worked example:

    fn sum<T: Add<Output = T> + Copy>(a: T, b: T) -> T { a + b }
    fn main() { println!("{}", sum(1i32, 2)); }

    fn main::main                               (root)
    fn main::sum::<i32>          @ 2:32  (from main::main)
    fmt-glue <i32 as Display>    @ 2:32  (from main::main)
    fn <i32 as Add>::add          @ 1:52  (from main::sum::<i32>)   — if i32's Add is a library impl

Polymorphic recursion (`fn f<T>() { f::<(T,)>() }`) would never end; as rustc does,
an instance chain deeper than RECURSION_LIMIT is an error.

Cost: each reachable body is walked once per instance (linear in the size of the
emitted code); trait selection is memoized in the Resolver.
"""
from __future__ import annotations

from collections import deque

from rustlet import thir
from rustlet.ast import FormatTrait
from rustlet.diagnostics import CompileError, DiagnosticSink, error, unsupported
from rustlet.mir import syntax as mir
from rustlet.mono.items import DropGlue, FmtGlue, FnInstance, MonoItem, MonoItems, Requester
from rustlet.mono.mangle import mangle
from rustlet.mono.paths import ItemPaths
from rustlet.mono.resolve import Resolver, fmt_intrinsic_glue, is_builtin_structural_eq
from rustlet.source import SourceMap, Span
from rustlet.thir import CastKind
from rustlet.types import (UNIT, AdtTy, ArrayTy, BoolTy, CharTy, ClosureTy, DefId, DynTy, FloatTy, FnDefTy, IntTy,
                           RawPtrTy, RefTy, SliceTy, StrTy, TupleTy, Ty)

RECURSION_LIMIT = 128


def collect_mono_items(mir_program: mir.Program, sink: DiagnosticSink) -> MonoItems:
    """All mono items reachable from `main`; errors (no impl found, recursion limit)
    go to `sink`."""
    return _Collector(mir_program, sink).run()


class _Collector:
    def __init__(self, mir_program: mir.Program, sink: DiagnosticSink) -> None:
        self.mir = mir_program
        self.program: thir.Program = mir_program.thir  # type: ignore[assignment]
        self.sink = sink
        self.resolver = Resolver(self.program)
        self.result = MonoItems(items=[], requested_by={}, symbols={}, names={}, entry=None,
                                statics=list(mir_program.statics), resolver=self.resolver)
        self.depth: dict[MonoItem, int] = {}
        self.worklist: deque[MonoItem] = deque()
        self.paths = ItemPaths(self.program, {})

    def run(self) -> MonoItems:
        main_fn = self.program.main_fn
        if main_fn is not None:
            entry = FnInstance(main_fn, ())
            self.result.entry = entry
            self.request(entry, None, None)
            self.request_main_report(main_fn)
        while self.worklist:
            item = self.worklist.popleft()
            try:
                self.process(item)
            except CompileError as failure:
                for diagnostic in failure.diagnostics:
                    self.sink.emit(diagnostic)
        # named once every closure's enclosing function is known
        for item in self.result.items:
            self.result.names[item] = self.name(item)
            self.result.symbols[item] = self.symbol(item)
        return self.result

    def request_main_report(self, main_fn: DefId) -> None:
        """`main() -> Result<(), E>`: the entry reports the result through the library's
        `Termination::report` (rustc's `lang_start` does the same)."""
        ret = self.program.fns[main_fn].sig.output
        trait = self.resolver.trait_by_name("Termination")
        if ret == UNIT or trait is None:
            return
        report = self.program.traits[trait].items
        method = next((item.def_id for item in report if item.name == "report"), None)
        if method is None:
            return
        instance = self.resolver.resolve_fn(method, (ret,))
        self.result.entry_report = instance
        self.request(instance, None, None)

    # ── requests ──

    def request(self, item: MonoItem, requester: MonoItem | None, span: Span | None) -> None:
        if item in self.result.requested_by:
            return
        depth = 0 if requester is None else self.depth[requester] + 1
        if depth > RECURSION_LIMIT:
            self.sink.emit(error(f"reached the recursion limit while instantiating `{self.name(item)}`", span))
            return
        self.depth[item] = depth
        self.result.requested_by[item] = Requester(requester, span)
        self.result.items.append(item)
        self.worklist.append(item)

    def name(self, item: MonoItem) -> str:
        match item:
            case FnInstance(def_id=d, args=args):
                return f"fn {self.paths.instance_name(d, args)}"
            case DropGlue(ty=ty):
                return f"drop-glue {ty}"
            case FmtGlue(ty=ty, trait=trait):
                return f"fmt-glue <{ty} as {_TRAIT_NAMES[trait]}>"

    def symbol(self, item: MonoItem) -> str:
        match item:
            case FnInstance(def_id=d, args=args):
                # the DefId keeps apart items whose printed paths coincide (methods of
                # several impl blocks, e.g. one per integer type)
                return mangle(self.paths.symbol_path(d), args, str(d))
            case DropGlue(ty=ty):
                return mangle(f"core::ptr::drop_in_place<{self.paths.ty(ty)}>", (ty,))
            case FmtGlue(ty=ty, trait=trait):
                return mangle(f"<{self.paths.ty(ty)} as core::fmt::{_TRAIT_NAMES[trait]}>::fmt", (ty,), trait.name)

    # ── processing ──

    def process(self, item: MonoItem) -> None:
        match item:
            case FnInstance():
                self.process_fn(item)
            case DropGlue(ty=ty):
                self.process_drop_glue(item, ty)
            case FmtGlue(ty=ty, trait=trait):
                self.process_fmt_glue(item, ty, trait)

    def process_fn(self, instance: FnInstance) -> None:
        fn = self.program.fns[instance.def_id]
        if fn.is_intrinsic:
            return
        body = self.mir.bodies.get(instance.def_id)
        if body is None:
            raise CompileError(unsupported(f"code generation for `{fn.path}` (it has no MIR body)", fn.span))
        mono = lambda ty: self.resolver.monomorphize(ty, instance.args)  # noqa: E731
        for block in body.blocks:
            for statement in block.statements:
                if isinstance(statement, mir.Assign):
                    if isinstance(statement.rvalue, mir.Aggregate) and isinstance(statement.rvalue.ty, ClosureTy):
                        self.paths.closure_parents[statement.rvalue.ty.def_id] = instance.def_id
                    for operand in _rvalue_operands(statement.rvalue):
                        self.visit_operand(instance, operand, mono, statement.span)
                    rvalue = statement.rvalue
                    if isinstance(rvalue, mir.Cast) and rvalue.kind is CastKind.UNSIZE:
                        source = mono(_operand_ty(body, rvalue.operand))
                        self.visit_unsize(instance, unsized_pointee(source), unsized_pointee(mono(rvalue.ty)),
                                          statement.span)
                    if isinstance(rvalue, mir.Cast) and rvalue.kind is CastKind.CLOSURE_TO_FN_PTR:
                        closure = mono(_operand_ty(body, rvalue.operand))
                        if isinstance(closure, ClosureTy):  # the fn pointer points to (a shim of) its body
                            self.request(FnInstance(closure.def_id, closure.args), instance, statement.span)
            term = block.terminator
            match term:
                case mir.CallTerm(func=mir.Builtin(name="fmt_arg", ty_args=(arg_ty,)), args=args):
                    spec = args[2]
                    assert isinstance(spec, mir.Constant) and isinstance(spec.value.value, thir.FormatPiece)
                    self.request(FmtGlue(mono(arg_ty), spec.value.value.trait), instance, term.span)
                case mir.CallTerm(func=mir.Builtin()):
                    pass
                case mir.CallTerm(func=func, args=args):
                    self.visit_callee(instance, func, body, mono, term.span)
                    for operand in args:
                        self.visit_operand(instance, operand, mono, term.span)
                case mir.Drop(place=place):
                    ty = mono(_place_ty(body, place))
                    if self.resolver.needs_drop(ty):
                        self.request(DropGlue(ty), instance, term.span)
                case mir.SwitchInt(discr=operand) | mir.Assert(cond=operand):
                    self.visit_operand(instance, operand, mono, term.span)

    def visit_callee(self, instance: FnInstance, func: mir.Operand, body: mir.Body, mono, span: Span) -> None:
        ty = unsized_pointee(mono(_operand_ty(body, func)))
        while isinstance(ty, RefTy):  # `F = &mut Closure` called through `&mut F`
            ty = ty.inner
        if isinstance(ty, ClosureTy):
            self.request(FnInstance(ty.def_id, ty.args), instance, span)
        elif isinstance(ty, FnDefTy):
            self.request_fn(instance, ty, span)  # a fn item called through `F: Fn*`
        else:
            self.visit_operand(instance, func, mono, span)

    def visit_operand(self, instance: FnInstance, operand: mir.Operand, mono, span: Span) -> None:
        if not isinstance(operand, mir.Constant):
            return
        ty = mono(operand.ty)
        if isinstance(ty, FnDefTy):
            self.request_fn(instance, ty, operand.span or span)

    def visit_unsize(self, instance: FnInstance, source: Ty, target: Ty, span: Span) -> None:
        """`&T → &dyn Trait` needs T's vtable: its methods and its drop glue."""
        if not isinstance(target, DynTy) or isinstance(source, DynTy):
            return
        for entry in self.resolver.vtable_entries(source, target):
            if entry is not None:
                self.request(entry, instance, span)
        if self.resolver.needs_drop(source):
            self.request(DropGlue(source), instance, span)

    def request_fn(self, requester: MonoItem, ty: FnDefTy, span: Span) -> None:
        fn = self.program.fns[ty.def_id]
        if is_virtual_call(fn, ty.args):
            return  # dispatched through a vtable built where the value was unsized
        if is_builtin_structural_eq(self.program, fn, ty.args):
            return  # compared inline by codegen
        if fn.is_intrinsic:
            if fn.name == "drop_in_place" and ty.args and self.resolver.needs_drop(ty.args[-1]):
                self.request(DropGlue(ty.args[-1]), requester, span)
            glue = fmt_intrinsic_glue(fn.name, ty.args[-1]) if ty.args else None
            if glue is not None:
                self.request(glue, requester, span)
            return
        self.request(self.resolver.resolve_fn(ty.def_id, ty.args, span), requester, span)

    def process_drop_glue(self, item: DropGlue, ty: Ty) -> None:
        drop_fn = self.resolver.drop_fn(ty)
        if drop_fn is not None:
            self.request(drop_fn, item, None)
        for component in _components(self.resolver, ty):
            if self.resolver.needs_drop(component):
                self.request(DropGlue(component), item, None)

    def process_fmt_glue(self, item: FmtGlue, ty: Ty, trait: FormatTrait) -> None:
        match ty:
            case IntTy() | FloatTy() | BoolTy() | CharTy() | RefTy(inner=StrTy()):
                return  # the runtime formats them
            case RefTy(inner=SliceTy(elem=elem)):
                self.request(FmtGlue(elem, trait), item, None)
            case RefTy(inner=inner):
                self.request(FmtGlue(inner, trait), item, None)
            case TupleTy(elems=()) if trait is FormatTrait.DEBUG:
                return
            case TupleTy(elems=elems) if trait is FormatTrait.DEBUG:
                for elem in elems:
                    self.request(FmtGlue(elem, trait), item, None)
            case ArrayTy(elem=elem) if trait is FormatTrait.DEBUG:
                self.request(FmtGlue(elem, trait), item, None)
            case _:
                impl_fmt = self.resolver.fmt_fn(ty, _TRAIT_NAMES[trait])
                if impl_fmt is None:
                    raise CompileError(unsupported(f"formatting `{ty}` with `{_TRAIT_NAMES[trait]}`", None))
                self.request(impl_fmt, item, None)


_TRAIT_NAMES = {
    FormatTrait.DISPLAY: "Display", FormatTrait.DEBUG: "Debug", FormatTrait.LOWER_HEX: "LowerHex",
    FormatTrait.UPPER_HEX: "UpperHex", FormatTrait.OCTAL: "Octal", FormatTrait.BINARY: "Binary",
    FormatTrait.LOWER_EXP: "LowerExp", FormatTrait.UPPER_EXP: "UpperExp",
}


def unsized_pointee(ty: Ty) -> Ty:
    """What a pointer (`&T`, `*T`, `Box<T>`) points to; other types are returned as they are."""
    match ty:
        case RefTy(inner=inner) | RawPtrTy(inner=inner):
            return inner
        case AdtTy(args=(inner, *_)):
            return inner
    return ty


def is_virtual_call(fn: thir.FnDef, args: tuple[Ty, ...]) -> bool:
    """A trait method called with `Self = dyn Trait`."""
    return fn.trait_of is not None and fn.impl_of is None and bool(args) and isinstance(args[0], DynTy)


def _components(resolver: Resolver, ty: Ty) -> list[Ty]:
    """The values directly inside a `ty` that its drop glue drops (in drop order)."""
    match ty:
        case AdtTy():
            return [f for variant in resolver.field_types(ty) for f in variant]
        case TupleTy(elems=elems):
            return list(elems)
        case ArrayTy(elem=elem) | SliceTy(elem=elem):
            return [elem]
        case ClosureTy(upvars=upvars):
            return list(upvars)
    return []


def _rvalue_operands(rvalue: mir.Rvalue) -> tuple[mir.Operand, ...]:
    match rvalue:
        case mir.Use(operand=o) | mir.Repeat(operand=o) | mir.Cast(operand=o) | mir.UnaryOp(operand=o):
            return (o,)
        case mir.BinaryOp(lhs=a, rhs=b) | mir.CheckedBinaryOp(lhs=a, rhs=b):
            return (a, b)
        case mir.Aggregate(operands=ops):
            return ops
    return ()


def _operand_ty(body: mir.Body, operand: mir.Operand) -> Ty:
    if isinstance(operand, mir.Constant):
        return operand.ty
    return _place_ty(body, operand.place)


def _place_ty(body: mir.Body, place: mir.Place) -> Ty:
    """The (generic) type of a place; projections carry their field types."""
    ty = body.locals[place.local].ty
    for elem in place.projection:
        match elem:
            case mir.DerefProj():
                # RefTy / RawPtrTy, or Box<T> (an ADT whose deref is built in)
                ty = ty.args[0] if isinstance(ty, AdtTy) else ty.inner  # type: ignore[attr-defined]
            case mir.FieldProj(ty=field_ty):
                ty = field_ty
            case mir.IndexProj():
                ty = ty.elem  # type: ignore[attr-defined]  # ArrayTy, SliceTy
            case mir.SubsliceProj():
                ty = SliceTy(ty.elem)  # type: ignore[attr-defined]
            case mir.DowncastProj():
                pass
    return ty


def format_mono_items(items: MonoItems, source_map: SourceMap | None = None) -> str:
    """`--emit=mono-items`: one item per line with the site that first required it:
    `fn main::sum::<i32> @ main.rl:12:5 (from fn main::main)`."""
    lines = []
    for item in items.items:
        line = items.names[item]
        requester = items.requested_by[item]
        if requester.item is not None:
            if requester.span is not None and source_map is not None and requester.span.file >= 0:
                path, row, col = source_map.line_col(requester.span)
                line += f" @ {path}:{row}:{col}"
            line += f" (from {items.names[requester.item]})"
        lines.append(line)
    return "\n".join(lines) + ("\n" if lines else "")
