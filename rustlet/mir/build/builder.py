"""The body builder: the state of one body under construction and the primitives
every lowering file uses.

`Builder` is assembled from one mixin per construct (places, operands, rvalues,
`into`, scopes, matches, formatting); each mixin's file explains its part.  This file
holds the shared state and the small operations on it:

- the *cursor* `self.block`: the block statements are appended to.  A terminator that
  diverges (`return`, `break`, a call to a `!` function) moves the cursor to a fresh
  block with no predecessors; code lowered after it lands there and is deleted by
  `remove_unreachable_blocks` when the body is finished (rustc's SimplifyCfg-initial).
  No lowering function ever needs to ask "is this code reachable?".
- locals: `new_temp` / `new_var`; `var_locals` maps a THIR `LocalId` to its MIR local.
- blocks: `new_block`, `push`, `terminate`, `goto`.

Cost: every function appends to lists; the final cleanup is linear in the blocks.
"""
from __future__ import annotations

from rustlet import thir
from rustlet.diagnostics import DiagnosticSink
from rustlet.mir import syntax as mir
from rustlet.mir.dataflow import successors
from rustlet.mir.build.expr_as_operand import AsOperandMixin
from rustlet.mir.build.expr_as_place import AsPlaceMixin
from rustlet.mir.build.expr_as_rvalue import AsRvalueMixin
from rustlet.mir.build.expr_into import IntoMixin
from rustlet.mir.build.formatting import FormattingMixin
from rustlet.mir.build.matches import MatchMixin
from rustlet.mir.build.scope import ScopeMixin
from rustlet.mir.build.ty_props import TyProps
from rustlet.source import Span
from rustlet.types import Ty


class Builder(AsPlaceMixin, AsOperandMixin, AsRvalueMixin, IntoMixin, MatchMixin, FormattingMixin, ScopeMixin):
    def __init__(self, program: thir.Program, sink: DiagnosticSink, fn: thir.FnDef | None,
                 def_id: thir.DefId, name: str, span: Span) -> None:
        self.program = program
        self.sink = sink
        self.fn = fn
        self.props = TyProps(program, fn.generics.predicates if fn is not None else [])
        self.body = mir.Body(def_id=def_id, name=name, locals=[], blocks=[], arg_count=0, span=span)
        self.block: mir.BasicBlock = self.new_block()
        self.var_locals: dict[int, mir.Local] = self.body.var_locals
        # During a match guard, by-value bindings are read through a shared reference
        # (rustc's "ref for guard"): LocalId → the place `*ref_temp`.
        self.guard_overrides: dict[int, mir.Place] = {}
        # `let r = &temp();`: id of the THIR expression → its lifetime-extended temporary.
        self.extended_temps: dict[int, mir.Local] = {}
        self.init_scopes()

    # ── locals ──

    def new_local(self, ty: Ty, span: Span, mutable: bool = True, name: str | None = None,
                  is_user_var: bool = False) -> mir.Local:
        self.body.locals.append(mir.LocalDecl(ty, mutable, span, name, is_user_var))
        return len(self.body.locals) - 1

    def new_temp(self, ty: Ty, span: Span) -> mir.Local:
        """A temporary with StorageLive now and StorageDead (and drop) at the end of the
        innermost scope."""
        local = self.new_local(ty, span)
        self.push(mir.StorageLive(local, span))
        self.schedule_storage_dead(local, span)
        self.schedule_drop(local, ty, span)
        return local

    def declare_var(self, local_id: int) -> mir.Local:
        """The MIR local of a user binding, created on first use of the LocalId."""
        if local_id in self.var_locals:
            return self.var_locals[local_id]
        info = self.program.locals[thir.LocalId(local_id)]
        local = self.new_local(info.ty, info.span, info.mutable, info.name, True)
        self.var_locals[local_id] = local
        return local

    # ── blocks ──

    def new_block(self) -> mir.BasicBlock:
        self.body.blocks.append(mir.BasicBlockData())
        return len(self.body.blocks) - 1

    def push(self, statement: mir.Statement) -> None:
        self.body.blocks[self.block].statements.append(statement)

    def assign(self, place: mir.Place, rvalue: mir.Rvalue, span: Span) -> None:
        self.push(mir.Assign(place, rvalue, span))

    def terminate(self, terminator: mir.Terminator) -> None:
        data = self.body.blocks[self.block]
        assert data.terminator is None, f"bb{self.block} terminated twice"
        data.terminator = terminator

    def goto(self, target: mir.BasicBlock, span: Span) -> None:
        self.terminate(mir.Goto(target, span))

    def diverge(self) -> None:
        """After a terminator with no successor: continue in a dead block."""
        self.block = self.new_block()

    def switch_bool(self, cond: mir.Operand, span: Span) -> tuple[mir.BasicBlock, mir.BasicBlock]:
        """Branch on a bool; returns (true block, false block) without moving the cursor."""
        true_block, false_block = self.new_block(), self.new_block()
        self.terminate(mir.SwitchInt(cond, (0,), (false_block,), true_block, span))
        return true_block, false_block

    def assert_(self, cond: mir.Operand, expected: bool, msg: mir.AssertMessage, span: Span) -> None:
        after = self.new_block()
        self.terminate(mir.Assert(cond, expected, msg, after, span))
        self.block = after

    def unsupported(self, what: str, span: Span) -> None:
        from rustlet.diagnostics import unsupported
        self.sink.emit(unsupported(what, span))

    # ── finishing ──

    def remove_unreachable_blocks(self) -> None:
        """Drop blocks unreachable from bb0 and renumber the rest in creation order."""
        blocks = self.body.blocks
        seen = {0}
        stack = [0]
        while stack:
            data = blocks[stack.pop()]
            assert data.terminator is not None, "reachable block without terminator"
            for succ in successors(data.terminator):
                if succ not in seen:
                    seen.add(succ)
                    stack.append(succ)
        order = sorted(seen)
        renumber = {old: new for new, old in enumerate(order)}
        self.body.blocks = [blocks[old] for old in order]
        for data in self.body.blocks:
            data.terminator = retarget(data.terminator, renumber)


def retarget(term: mir.Terminator | None, m: dict[int, int]) -> mir.Terminator | None:
    match term:
        case mir.Goto():
            term.target = m[term.target]
        case mir.Drop() | mir.Assert():
            term.target = m[term.target]
        case mir.SwitchInt():
            term.targets = tuple(m[t] for t in term.targets)
            term.otherwise = m[term.otherwise]
        case mir.CallTerm() if term.target is not None:
            term.target = m[term.target]
    return term
