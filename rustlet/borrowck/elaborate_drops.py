"""Drop elaboration: the BUILT → BORROWCK step that makes every `Drop` exact.

mir.build drops each variable at the end of its scope unconditionally.  Here each
`Drop(P)` is decided from the initialization state of P's move path at that point
(MaybeInit and MaybeUninit, initialization.py):

- nothing under P may be initialized (P was moved on every path)  → the drop goes;
- nothing at or under P may be uninitialized                      → the drop stays;
- P was moved as a whole on some paths only                        → a *drop flag*: a
  bool local, set to true at every initialization of P and false at every move (and
  storage change), tested by `switchInt` before the drop;
- a part of P was moved (`let e = u.email;`, or `Some(s)` bound out of an Option) →
  an *open drop*: P's fields are dropped one by one, each elaborated the same way
  (an enum first switches on its discriminant and drops that variant's fields);
- a box whose value was (maybe) moved out of (`let v = *b;`, `match *b { .. }` binding
  by value) → an open drop too: what remains of `*b` is elaborated as above, then
  `std::boxed::box_free(b.ptr)` frees the allocation without dropping the value
  (behind b's own flag when b may have been moved as a whole).

Worked example:
    let s = String::new();          // flag_s = true
    if c { consume(s); }            // flag_s = false (after the move)
    // end of scope: switchInt(flag_s) -> [0: skip, otherwise: drop(s)]

A drop flag is cleared at function entry (set for arguments), so the drop is exact on
every path.  Types with an `impl Drop` cannot be partially moved (E0509), so their open
drop never happens.  Afterwards the body's phase is BORROWCK.
"""
from __future__ import annotations

from rustlet import thir
from rustlet.borrowck.move_paths import MoveData
from rustlet.mir import dataflow
from rustlet.mir import syntax as mir
from rustlet.mir.validate import place_ty
from rustlet.source import Span
from rustlet.types import BOOL, ISIZE, UNIT, AdtTy, FnDefTy, subst


class DropElaborator:
    def __init__(self, body: mir.Body, program: thir.Program, move_data: MoveData,
                 init: dict[dataflow.Location, int], uninit: dict[dataflow.Location, int]) -> None:
        self.body = body
        self.program = program
        self.move_data = move_data
        self.init = init
        self.uninit = uninit
        self.flags: dict[int, mir.Local] = {}  # move path → its drop flag

    def run(self) -> None:
        drops = []
        for block, data in enumerate(self.body.blocks):
            if isinstance(data.terminator, mir.Drop) and (block, len(data.statements)) in self.init:
                drops.append((block, data.terminator, (block, len(data.statements))))
        for block, term, location in drops:
            path = self.move_data.path_of(term.place)
            if path is None:
                continue  # a drop through a pointer: always initialized
            init, uninit = self.init[location], self.uninit[location]
            replacement = self.elaborate(term.place, path, term.target, term.span, init, uninit)
            self.body.blocks[block].terminator = mir.Goto(replacement, term.span)
        if self.flags:
            self.insert_flag_updates()

    def new_block(self, terminator: mir.Terminator, statements: list[mir.Statement] | None = None) -> mir.BasicBlock:
        self.body.blocks.append(mir.BasicBlockData(statements or [], terminator))
        return len(self.body.blocks) - 1

    def elaborate(self, place: mir.Place, path: int, target: mir.BasicBlock, span: Span,
                  init: int, uninit: int) -> mir.BasicBlock:
        """A block that drops what is initialized of `place`, then goes to `target`."""
        md = self.move_data
        below = md.descendants[path]
        if not init & below:
            return target  # moved on every path
        if not uninit & (below | md.ancestors[path]):
            return self.new_block(mir.Drop(place, target, span))
        if not uninit & below & ~(1 << path) or not md.paths[path].children:
            return self.whole_drop(place, path, target, span, uninit)
        return self.open_drop(place, path, target, span, init, uninit)

    def whole_drop(self, place: mir.Place, path: int, target: mir.BasicBlock, span: Span,
                   uninit: int) -> mir.BasicBlock:
        """Drop all of `place`, behind its drop flag if it may have been moved as a whole."""
        drop = self.new_block(mir.Drop(place, target, span))
        if not uninit & self.move_data.ancestors[path]:
            return drop
        flag = self.flag(path)
        return self.new_block(mir.SwitchInt(mir.Copy(mir.Place(flag)), (0,), (target,), drop, span))

    def open_drop(self, place: mir.Place, path: int, target: mir.BasicBlock, span: Span,
                  init: int, uninit: int) -> mir.BasicBlock:
        md = self.move_data
        children = {md.paths[c].place.projection[-1]: c for c in md.paths[path].children}
        ty = place_ty(self.body, place, self.program)
        adt = self.program.adts.get(ty.def_id) if isinstance(ty, AdtTy) else None
        is_box = isinstance(ty, AdtTy) and ty.def_id == self.program.lang_items.get("Box")
        if is_box and mir.DerefProj() in children:
            free = self.box_free(place, ty, path, target, span, uninit)
            value = children[mir.DerefProj()]
            return self.elaborate(md.paths[value].place, value, free, span, init, uninit)
        if adt is not None and adt.kind is thir.AdtKind.ENUM:
            targets = []
            for index, variant in enumerate(adt.variants):
                downcast = children.get(mir.DowncastProj(index))
                if downcast is None:  # nothing moved out of this variant: P's own state decides
                    targets.append(self.whole_drop(place, path, target, span, uninit))
                else:
                    targets.append(self.drop_fields(place.project(mir.DowncastProj(index)), downcast, target,
                                                    span, init, uninit))
            discr = len(self.body.locals)
            self.body.locals.append(mir.LocalDecl(adt.discr_ty or ISIZE, True, span))
            read = mir.Assign(mir.Place(discr), mir.Discriminant(place), span)
            unreachable = self.new_block(mir.Unreachable(span))
            values = tuple(v.discriminant for v in adt.variants)
            switch = mir.SwitchInt(mir.Move(mir.Place(discr)), values, tuple(targets), unreachable, span)
            return self.new_block(switch, [read])
        return self.drop_fields(place, path, target, span, init, uninit)

    def box_free(self, place: mir.Place, ty: AdtTy, path: int, target: mir.BasicBlock, span: Span,
                 uninit: int) -> mir.BasicBlock:
        """`box_free::<T>(place.ptr)`: free the box's memory, not its value."""
        box = self.program.adts[ty.def_id]
        ptr = place.project(mir.FieldProj(0, subst(box.variants[0].fields[0].ty, ty.args)))
        callee = mir.Constant(thir.ConstValue(FnDefTy(self.program.lang_items["box_free"], ty.args), None))
        self.body.locals.append(mir.LocalDecl(UNIT, True, span))
        result = mir.Place(len(self.body.locals) - 1)
        free = self.new_block(mir.CallTerm(callee, (mir.Copy(ptr),), result, target, span))
        if not uninit & self.move_data.ancestors[path]:
            return free
        flag = self.flag(path)
        return self.new_block(mir.SwitchInt(mir.Copy(mir.Place(flag)), (0,), (target,), free, span))

    def drop_fields(self, place: mir.Place, path: int, target: mir.BasicBlock, span: Span,
                    init: int, uninit: int) -> mir.BasicBlock:
        """Drop the fields of `place` in declaration order (built back to front)."""
        md = self.move_data
        fields = [(md.paths[c].place, c) for c in md.paths[path].children
                  if isinstance(md.paths[c].place.projection[-1], mir.FieldProj)]
        fields.sort(key=lambda pc: pc[0].projection[-1].index)  # type: ignore[union-attr]
        next_block = target
        for field_place, child in reversed(fields):
            next_block = self.elaborate(field_place, child, next_block, span, init, uninit)
        return next_block

    def flag(self, path: int) -> mir.Local:
        if path not in self.flags:
            self.body.locals.append(mir.LocalDecl(BOOL, True, self.body.span))
            self.flags[path] = len(self.body.locals) - 1
        return self.flags[path]

    def insert_flag_updates(self) -> None:
        """flag := true after each initialization of its path, false after each move."""
        md = self.move_data
        span = self.body.span

        def updates(uninit: int, init: int) -> list[mir.Statement]:
            out: list[mir.Statement] = []
            for path, flag in self.flags.items():
                bit = 1 << path
                if init & bit:
                    out.append(mir.Assign(mir.Place(flag), mir.Use(constant(True)), span))
                elif uninit & bit:
                    out.append(mir.Assign(mir.Place(flag), mir.Use(constant(False)), span))
            return out

        original_count = len(self.body.blocks)
        for block in range(original_count):
            data = self.body.blocks[block]
            statements: list[mir.Statement] = []
            for stmt in data.statements:
                statements.append(stmt)
                statements.extend(updates(*md.statement_effects(stmt)))
            data.statements = statements
            assert data.terminator is not None
            edge_updates = updates(*md.terminator_effects(data.terminator))
            if edge_updates:
                self.split_edges(data.terminator, edge_updates)
        entry = [mir.Assign(mir.Place(flag), mir.Use(constant(bool(md.args_mask() >> path & 1))), span)
                 for path, flag in self.flags.items()]
        self.body.blocks[0].statements[0:0] = entry

    def split_edges(self, term: mir.Terminator, statements: list[mir.Statement]) -> None:
        match term:
            case mir.CallTerm(target=target) if target is not None:
                term.target = self.new_block(mir.Goto(target, term.span), list(statements))
            case mir.Drop(target=target):
                term.target = self.new_block(mir.Goto(target, term.span), list(statements))
            case mir.SwitchInt() | mir.Assert():
                pass  # a move in a switch or assert operand is of a temporary, never flagged


def constant(value: bool) -> mir.Constant:
    return mir.Constant(thir.ConstValue(BOOL, value))


def elaborate_drops(body: mir.Body, program: thir.Program, move_data: MoveData,
                    init: dict[dataflow.Location, int], uninit: dict[dataflow.Location, int]) -> None:
    DropElaborator(body, program, move_data, init, uninit).run()
    body.phase = mir.MirPhase.BORROWCK
