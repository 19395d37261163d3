"""Mutability errors: E0384 (assigning twice to an immutable binding), E0594
(assigning through something immutable), E0596 (borrowing something immutable as
mutable).

Whether a place may be written follows rustc's `is_mutable`: walk to the last deref
in the place; with none, the root local must be declared `mut`; through `&mut T` or
`*mut T` it is writable whatever the binding (a reborrow); through `&T` it never is;
through `Box<T>` it is as writable as the box itself.

Assigning a whole immutable local is an *initialization* when no path reaches it with
the local initialized (`let x; if c { x = 1 } else { x = 2 }` is fine), decided by the
MaybeInit analysis; otherwise it is E0384.
"""
from __future__ import annotations

from dataclasses import dataclass

from rustlet import thir
from rustlet.borrowck.move_paths import MoveData
from rustlet.borrowck.naming import describe_place
from rustlet.diagnostics import DiagnosticSink, error
from rustlet.mir import dataflow
from rustlet.mir import syntax as mir
from rustlet.mir.validate import PlaceTypeError, place_ty
from rustlet.source import Span
from rustlet.types import AdtTy, RawPtrTy, RefTy


@dataclass(slots=True)
class NotMutable:
    """Why a place cannot be written: its root local is not `mut` (pointer is None), or
    it is behind the shared reference held in `pointer`."""

    local: mir.Local
    pointer: mir.Place | None


def mutability_error(body: mir.Body, place: mir.Place, program: thir.Program) -> NotMutable | None:
    for i in range(len(place.projection) - 1, -1, -1):
        if not isinstance(place.projection[i], mir.DerefProj):
            continue
        pointer = mir.Place(place.local, place.projection[:i])
        try:
            ty = place_ty(body, pointer, program)
        except PlaceTypeError:
            return None
        match ty:
            case RefTy(mutable=mutable) | RawPtrTy(mutable=mutable):
                return None if mutable else NotMutable(place.local, pointer)
            case AdtTy():
                return mutability_error(body, pointer, program)  # Box<T>
        return None
    return None if body.locals[place.local].mutable else NotMutable(place.local, None)


class MutabilityChecker:
    def __init__(self, body: mir.Body, program: thir.Program, move_data: MoveData,
                 init: dict[dataflow.Location, int], sink: DiagnosticSink) -> None:
        self.body = body
        self.program = program
        self.move_data = move_data
        self.init = init
        self.sink = sink

    def check(self) -> None:
        for (block, index), state in sorted(self.init.items()):
            data = self.body.blocks[block]
            stmt = data.statements[index] if index < len(data.statements) else data.terminator
            match stmt:
                case mir.Assign(place=place, rvalue=mir.Ref(place=borrowed, mutable=True), span=span):
                    self.check_write(place, state, span)
                    self.check_mut_borrow(borrowed, span)
                case mir.Assign(place=place, span=span):
                    self.check_write(place, state, span)
                case mir.CallTerm(destination=place, span=span):
                    self.check_write(place, state, span)

    def check_write(self, place: mir.Place, maybe_init: int, span: Span) -> None:
        decl = self.body.locals[place.local]
        if not place.projection:
            if decl.mutable or not (maybe_init & self.move_data.descendants[place.local]):
                return
            name = decl.name or "value"
            if 1 <= place.local <= self.body.arg_count:
                diagnostic = error(f"cannot assign to immutable argument `{name}`", span, code="E0384")
                diagnostic.label = "cannot assign to immutable argument"
            else:
                diagnostic = error(f"cannot assign twice to immutable variable `{name}`", span, code="E0384")
                diagnostic.label = "cannot assign twice to immutable variable"
                diagnostic.with_label(decl.span, f"first assignment to `{name}`")
            diagnostic.with_help("consider making this binding mutable")
            self.sink.emit(diagnostic)
            return
        reason = mutability_error(self.body, place, self.program)
        if reason is None:
            return
        name = describe_place(self.body, place, self.program)
        if reason.pointer is None:
            root = self.body.locals[reason.local].name or "value"
            diagnostic = error(f"cannot assign to `{name}`, as `{root}` is not declared as mutable", span,
                               code="E0594")
            diagnostic.label = "cannot assign"
            diagnostic.with_help("consider changing this to be mutable")
        else:
            pointer = describe_place(self.body, reason.pointer, self.program)
            subject = f"`{name}`" if name else "data in a `&` reference"
            diagnostic = error(f"cannot assign to {subject}, which is behind a `&` reference", span, code="E0594")
            if pointer is not None:
                exact = place.projection[-1:] == (mir.DerefProj(),) and len(place.projection) == len(reason.pointer.projection) + 1
                diagnostic.label = f"`{pointer}` is a `&` reference, so " + (
                    "it cannot be written to" if exact else "the data it refers to cannot be written")
        self.sink.emit(diagnostic)

    def check_mut_borrow(self, place: mir.Place, span: Span) -> None:
        reason = mutability_error(self.body, place, self.program)
        if reason is None:
            return
        name = describe_place(self.body, place, self.program)
        if reason.pointer is None:
            if name is None:
                return  # a temporary: always mutable in practice
            diagnostic = error(f"cannot borrow `{name}` as mutable, as it is not declared as mutable", span,
                               code="E0596")
            diagnostic.label = "cannot borrow as mutable"
            diagnostic.with_help("consider changing this to be mutable")
        else:
            pointer = describe_place(self.body, reason.pointer, self.program)
            subject = f"`{name}`" if name else "data in a `&` reference"
            if name:
                diagnostic = error(f"cannot borrow {subject} as mutable, as it is behind a `&` reference", span,
                                   code="E0596")
            else:
                diagnostic = error("cannot borrow data in a `&` reference as mutable", span, code="E0596")
            if pointer is not None:
                exact = len(place.projection) == len(reason.pointer.projection) + 1
                diagnostic.label = f"`{pointer}` is a `&` reference, so " + (
                    "it cannot be borrowed as mutable" if exact else "the data it refers to cannot be borrowed as mutable")
            else:
                diagnostic.label = "cannot borrow as mutable"
        self.sink.emit(diagnostic)


def check_mutability(body: mir.Body, program: thir.Program, move_data: MoveData,
                     init: dict[dataflow.Location, int], sink: DiagnosticSink) -> None:
    MutabilityChecker(body, program, move_data, init, sink).check()
