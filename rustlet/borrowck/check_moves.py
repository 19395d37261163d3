"""E0382 (use of a moved value) and E0381 (use of an uninitialized binding).

Method: run MaybeUninit (initialization.py) to a fixpoint, then visit every use of a
place — an operand read, a borrow, `Len`, `discriminant`, a match's FakeRead, the
pointer under an assignment through `*p` (but `*b = v` of a box re-initializes `*b`:
it needs only `b`).  A use of place P conflicts when a path
above P (P moved as part of something bigger) or at or below P (P, or a part of it,
moved) may be uninitialized.  To tell a move from a missing initialization, search
backwards from the use for the moves of the conflicting paths, stopping at
re-initializations: moves found → E0382 naming each move ("value moved here", "…, in
previous iteration of loop" when the move is also reachable from the use); none →
E0381 ("isn't initialized" when no path initializes it, "is possibly-uninitialized"
otherwise, decided by MaybeInit).

Each error is reported once per set of moves, as rustc does: after `let b = a;`, the
first later use of `a` is reported and the others are not.

Cost: the dataflow is O(blocks × paths / word size) per pass; the backward search
runs only for uses that are errors.
"""
from __future__ import annotations

from rustlet import thir
from rustlet.borrowck.move_paths import MoveData, rvalue_operands
from rustlet.borrowck.naming import describe_place
from rustlet.diagnostics import Diagnostic, DiagnosticSink, error
from rustlet.mir import dataflow
from rustlet.mir import syntax as mir
from rustlet.mir.validate import place_ty
from rustlet.source import Span

Use = tuple[mir.Place, str, Span]  # place, "use" | "borrow" | "write", span


def uses_at(stmt: mir.Statement | mir.Terminator, move_data: MoveData) -> list[Use]:
    out: list[Use] = []

    def operands(ops: list[mir.Operand], span: Span) -> None:
        out.extend((o.place, "use", span) for o in ops if not isinstance(o, mir.Constant))

    match stmt:
        case mir.Assign(place=place, rvalue=rvalue, span=span):
            match rvalue:
                case mir.Ref(place=p) | mir.AddressOf(place=p):
                    out.append((p, "borrow", span))
                case mir.Len(place=p) | mir.Discriminant(place=p):
                    out.append((p, "use", span))
                case _:
                    operands(rvalue_operands(rvalue), span)
            out.extend(pointer_uses(place, span, move_data))
        case mir.FakeRead(place=p, span=span):
            out.append((p, "use", span))
        case mir.SwitchInt(discr=d, span=span):
            operands([d], span)
        case mir.Assert(cond=c, span=span):
            operands([c], span)
        case mir.CallTerm(func=func, args=args, destination=dest, span=span):
            operands(list(args) + ([] if isinstance(func, mir.Builtin) else [func]), span)
            out.extend(pointer_uses(dest, span, move_data))
    return out


def pointer_uses(place: mir.Place, span: Span, move_data: MoveData) -> list[Use]:
    """Writing through `*p` reads `p`.  Writing `*b` of a box (re)initializes `*b`, so it
    only needs the place it is written into: `b` ("write": b and what is above it)."""
    box_deref = False
    for i, elem in enumerate(place.projection):
        if isinstance(elem, mir.DerefProj):
            base = mir.Place(place.local, place.projection[:i])
            if not move_data.is_box(base):
                return [(base, "use", span)]
            box_deref = True
    if box_deref and move_data.path_of(place) is not None:
        return [(mir.Place(place.local, place.projection[:-1]), "write", span)]
    return []


class MoveChecker:
    def __init__(self, body: mir.Body, program: thir.Program, move_data: MoveData,
                 uninit: dict[dataflow.Location, int], init: dict[dataflow.Location, int],
                 sink: DiagnosticSink) -> None:
        self.body = body
        self.program = program
        self.move_data = move_data
        self.uninit = uninit
        self.init = init
        self.sink = sink
        self.preds = dataflow.predecessors(body)
        self.succs = dataflow.block_successors(body)
        self.reported: set[tuple[object, ...]] = set()

    def statement_at(self, location: dataflow.Location) -> mir.Statement | mir.Terminator:
        block, index = location
        data = self.body.blocks[block]
        if index == len(data.statements):
            assert data.terminator is not None
            return data.terminator
        return data.statements[index]

    def check(self) -> None:
        for location in sorted(self.uninit):
            state = self.uninit[location]
            if not state:
                continue
            for place, kind, span in uses_at(self.statement_at(location), self.move_data):
                path = self.move_data.base_path(place)
                conflict = state & self.move_data.ancestors[path]
                if kind != "write":
                    conflict |= state & self.move_data.descendants[path]
                if conflict:
                    self.report(location, place, path, kind, span, conflict)

    # ── searching for the moves ──

    def moves_at(self, location: dataflow.Location) -> tuple[int, int]:
        """(paths moved, paths (re)initialized or whose storage changed) at a location."""
        stmt = self.statement_at(location)
        md = self.move_data
        match stmt:
            case mir.Assign(place=place, rvalue=rvalue):
                return md.moved_by(rvalue_operands(rvalue)), md.init_of(place)
            case mir.StorageLive(local=local) | mir.StorageDead(local=local):
                return 0, md.descendants[local]
            case mir.CallTerm(func=func, args=args, destination=dest):
                return md.moved_by(list(args) + ([] if isinstance(func, mir.Builtin) else [func])), md.init_of(dest)
            case mir.SwitchInt(discr=d):
                return md.moved_by([d]), 0
            case mir.Drop(place=place):
                return 0, md.init_of(place)
        return 0, 0

    def find_moves(self, use: dataflow.Location, conflict: int) -> list[tuple[dataflow.Location, int]]:
        found: list[tuple[dataflow.Location, int]] = []
        seen: set[dataflow.Location] = set()
        stack = self.previous(use)
        while stack:
            location = stack.pop()
            if location in seen:
                continue
            seen.add(location)
            moved, other = self.moves_at(location)
            if moved & conflict:
                found.append((location, moved & conflict))
                continue
            if other & conflict:
                continue
            stack.extend(self.previous(location))
        return sorted(found)

    def previous(self, location: dataflow.Location) -> list[dataflow.Location]:
        block, index = location
        if index > 0:
            return [(block, index - 1)]
        return [(p, len(self.body.blocks[p].statements)) for p in self.preds[block]]

    def reachable_from(self, start: dataflow.Location, target: dataflow.Location) -> bool:
        if start[0] == target[0] and target[1] > start[1]:
            return True
        seen: set[int] = set()
        stack = list(self.succs[start[0]])
        while stack:
            block = stack.pop()
            if block == target[0]:
                return True
            if block in seen:
                continue
            seen.add(block)
            stack.extend(self.succs[block])
        return False

    # ── reporting ──

    def report(self, location: dataflow.Location, place: mir.Place, path: int, kind: str, span: Span,
               conflict: int) -> None:
        named = self.move_data.trackable_prefix(place)
        moved_above = conflict & self.move_data.ancestors[path]
        if moved_above:  # `t` moved, `t.id` used: rustc names what was moved
            named = self.move_data.paths[(moved_above & -moved_above).bit_length() - 1].place
        name = describe_place(self.body, named, self.program)
        if name is None:
            return  # a temporary: not the user's doing
        moves = self.find_moves(location, conflict)
        if not moves:
            self.report_uninitialized(location, place, path, kind, span, name)
            return
        key = ("E0382", tuple(m for m, _ in moves))
        if key in self.reported:
            return
        self.reported.add(key)
        partial = not (conflict & self.move_data.ancestors[path])
        what = "partially moved value" if partial else "moved value"
        verb = "borrow" if kind == "borrow" else "use"
        diagnostic = error(f"{verb} of {what}: `{name}`", span, code="E0382")
        diagnostic.label = f"value {'borrowed' if kind == 'borrow' else 'used'} here after {'partial ' if partial else ''}move"
        moved_paths = 0
        for move_location, mask in moves:
            moved_paths |= mask
            move_span = self.span_at(move_location)
            in_loop = self.reachable_from(location, move_location) or move_location == location
            label = f"value {'partially ' if partial else ''}moved here" + (", in previous iteration of loop" if in_loop else "")
            if move_span == span:
                diagnostic.label = label
            else:
                diagnostic.with_label(move_span, label)
        self.add_type_note(diagnostic, moved_paths, path, partial)
        self.sink.emit(diagnostic)

    def add_type_note(self, diagnostic: Diagnostic, moved_paths: int, used_path: int, partial: bool) -> None:
        moved = next(p for p in range(len(self.move_data.paths)) if moved_paths >> p & 1
                     and not (moved_paths & self.move_data.ancestors[p] & ~(1 << p)))
        moved_place = self.move_data.paths[moved].place
        ty = place_ty(self.body, moved_place, self.program)
        if partial:
            has_downcast = any(isinstance(e, mir.DowncastProj) for e in moved_place.projection)
            moved_name = None if has_downcast else describe_place(self.body, moved_place, self.program)
            subject = f"`{moved_name}` has type" if moved_name else "value has type"
            diagnostic.with_note(f"partial move occurs because {subject} `{ty}`, which does not implement the "
                                 f"`Copy` trait")
            return
        name = describe_place(self.body, moved_place, self.program)
        text = f"move occurs because `{name}` has type `{ty}`, which does not implement the `Copy` trait"
        decl = self.body.locals[moved_place.local]
        if not moved_place.projection and decl.is_user_var:
            diagnostic.with_label(decl.span, text)
        else:
            diagnostic.with_note(text)

    def report_uninitialized(self, location: dataflow.Location, place: mir.Place, path: int, kind: str,
                             span: Span, name: str) -> None:
        key = ("E0381", place.local)
        if key in self.reported:
            return
        self.reported.add(key)
        maybe_init = self.init.get(location, 0) & self.move_data.descendants[path]
        status = "is possibly-uninitialized" if maybe_init else "isn't initialized"
        verb = "borrowed" if kind == "borrow" else "used"
        diagnostic = error(f"used binding `{name}` {status}", span, code="E0381")
        diagnostic.label = f"`{name}` {verb} here but it {status}"
        decl = self.body.locals[place.local]
        diagnostic.with_label(decl.span, "binding declared here but left uninitialized")
        self.sink.emit(diagnostic)

    def span_at(self, location: dataflow.Location) -> Span:
        stmt = self.statement_at(location)
        return stmt.span


def check_moves(body: mir.Body, program: thir.Program, move_data: MoveData,
                uninit: dict[dataflow.Location, int], init: dict[dataflow.Location, int],
                sink: DiagnosticSink) -> None:
    MoveChecker(body, program, move_data, uninit, init, sink).check()
