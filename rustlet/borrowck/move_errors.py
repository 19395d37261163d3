"""Moves out of places that cannot be moved from: E0507 (behind a reference, or out of
an overloaded index), E0508 (out of an array or slice by index), E0509 (out of a field
of a type that implements `Drop`).

Every `move` operand's place is walked from its local outwards; the first projection
that makes a move impossible decides the error:
- a deref of `&T` / `&mut T` (a deref of `Box<T>` moves out of the box, which is fine).
  When the reference is the result of `Index::index` (`v[i]` on a `Vec`), rustc words
  it "cannot move out of index of `Vec<T>`";
- an index into an array or a slice;
- a field of a struct or enum with a `Drop` impl.

Cost: one pass over the operands of the body.
"""
from __future__ import annotations

from rustlet import thir
from rustlet.borrowck.move_paths import rvalue_operands
from rustlet.borrowck.naming import describe_place
from rustlet.diagnostics import Diagnostic, DiagnosticSink, error
from rustlet.mir import syntax as mir
from rustlet.mir.validate import PlaceTypeError, place_ty
from rustlet.source import Span
from rustlet.types import AdtTy, ArrayTy, FnDefTy, RefTy, SliceTy, Ty


class MoveErrorChecker:
    def __init__(self, body: mir.Body, program: thir.Program, drop_adts: set[int], sink: DiagnosticSink) -> None:
        self.body = body
        self.program = program
        self.drop_adts = drop_adts
        self.sink = sink
        self.index_results: dict[int, Ty] = {}  # temp local ← `Index::index(&container, ..)`: container type
        for data in body.blocks:
            term = data.terminator
            if isinstance(term, mir.CallTerm) and isinstance(term.func, mir.Constant) \
                    and isinstance(term.func.ty, FnDefTy) and not term.destination.projection:
                fn = program.fns.get(term.func.ty.def_id)
                if fn is not None and fn.name in ("index", "index_mut") and term.func.ty.args:
                    self.index_results[term.destination.local] = term.func.ty.args[0]

    def check(self) -> None:
        for data in self.body.blocks:
            for stmt in data.statements:
                if isinstance(stmt, mir.Assign):
                    self.operands(rvalue_operands(stmt.rvalue), stmt.span)
            term = data.terminator
            if isinstance(term, mir.CallTerm):
                self.operands(list(term.args), term.span)

    def operands(self, operands: list[mir.Operand], span: Span) -> None:
        for o in operands:
            if isinstance(o, mir.Move) and o.place.projection:
                self.check_move(o.place, span)

    def ty(self, place: mir.Place) -> Ty | None:
        try:
            return place_ty(self.body, place, self.program)
        except PlaceTypeError:
            return None

    def check_move(self, place: mir.Place, span: Span) -> None:
        moved_ty = self.ty(place)
        for i, elem in enumerate(place.projection):
            base = mir.Place(place.local, place.projection[:i])
            base_ty = self.ty(base)
            match elem:
                case mir.DerefProj() if isinstance(base_ty, RefTy):
                    self.behind_reference(place, base, base_ty, moved_ty, span)
                    return
                case mir.IndexProj() | mir.SubsliceProj() if isinstance(base_ty, (ArrayTy, SliceTy)):
                    what = "array" if isinstance(base_ty, ArrayTy) else "slice"
                    diagnostic = error(f"cannot move out of type `{base_ty}`, a non-copy {what}", span,
                                       "cannot move out of here", "E0508")
                    self.because(diagnostic, place, moved_ty, span)
                    self.sink.emit(diagnostic)
                    return
                case mir.FieldProj() if isinstance(base_ty, AdtTy) and base_ty.def_id in self.drop_adts:
                    diagnostic = error(f"cannot move out of type `{base_ty}`, which implements the `Drop` trait",
                                       span, "cannot move out of here", "E0509")
                    self.because(diagnostic, place, moved_ty, span)
                    self.sink.emit(diagnostic)
                    return

    def behind_reference(self, place: mir.Place, base: mir.Place, base_ty: RefTy, moved_ty: Ty | None,
                         span: Span) -> None:
        container = self.index_results.get(base.local) if not base.projection else None
        kind = "mutable" if base_ty.mutable else "shared"
        if container is not None and not self.body.locals[base.local].is_user_var:
            diagnostic = error(f"cannot move out of index of `{container}`", span,
                               f"move occurs because value has type `{moved_ty}`, which does not implement the "
                               "`Copy` trait", "E0507")
        else:
            name = describe_place(self.body, place, self.program)
            subject = f"`{name}` which is behind a {kind} reference" if name else f"a {kind} reference"
            diagnostic = error(f"cannot move out of {subject}", span, "", "E0507")
            self.because(diagnostic, place, moved_ty, span)
            if diagnostic.label == "" and name is None:
                diagnostic.label = f"move occurs because value has type `{moved_ty}`, which does not implement " \
                                   "the `Copy` trait"
        diagnostic.with_help("consider cloning the value if the performance cost is acceptable")
        self.sink.emit(diagnostic)

    def because(self, diagnostic: Diagnostic, place: mir.Place, moved_ty: Ty | None, span: Span) -> None:
        name = describe_place(self.body, place, self.program)
        if name is None:
            return
        name = name.replace("[..]", "[_]")
        text = f"move occurs because `{name}` has type `{moved_ty}`, which does not implement the `Copy` trait"
        if diagnostic.label:
            diagnostic.with_label(span, text)
        else:
            diagnostic.label = text


def check_move_errors(body: mir.Body, program: thir.Program, drop_adts: set[int], sink: DiagnosticSink) -> None:
    MoveErrorChecker(body, program, drop_adts, sink).check()
