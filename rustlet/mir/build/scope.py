"""Scopes: where locals die, and what `break`, `continue` and `return` must clean up.

A *scope* is a lexical region (a block, a statement, a match arm, a guard).  Each
records, in order, what must happen when control leaves it: `StorageDead(local)` for
every local created in it and `Drop(local)` for those whose type needs dropping.
Leaving a scope runs the entries in reverse order, so locals are dropped in reverse
declaration order, temporaries before the variables declared earlier, and function
arguments (scheduled first, in the outermost scope) last of all — Rust's drop order.

A *breakable scope* is a loop or a labeled block: the target of `break`/`continue`,
remembering how deep the scope stack was when it was entered.  `break 'a v` writes `v`
into the loop's destination, then emits the exits of every scope deeper than the
loop's (innermost first) on its own path, then jumps to the loop's exit block.
`return v` writes `_0` and leaves every scope the same way.

Drops here are unconditional: a local that was moved from is still "dropped".  That is
the BUILT phase's contract; `rustlet.borrowck.elaborate_drops` (the BUILT → BORROWCK
step) removes the drops of moved-from places and guards the maybe-moved ones with drop
flags.  One exception, as in rustc (`record_operands_moved`): a temporary created only
to be moved into an operand is consumed on the spot, so its drop is unscheduled at once.

Worked example — `{ let a = s(); let b = s(); f(b); }` with `s() -> String`:

    StorageLive(a); a = s(); StorageLive(b); b = s(); StorageLive(t); t = move b;
    f(move t); StorageDead(t); drop(b); StorageDead(b); drop(a); StorageDead(a)

and elaboration then deletes `drop(b)` (b is moved on every path to it).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from rustlet.mir import syntax as mir
from rustlet.mir.validate import place_ty
from rustlet.source import Span
from rustlet.types import Ty

if TYPE_CHECKING:
    from rustlet.mir.build.builder import Builder


@dataclass(slots=True)
class ScopeEntry:
    local: mir.Local
    span: Span
    drop: bool  # True: Drop(local); False: StorageDead(local)


@dataclass(slots=True)
class Scope:
    entries: list[ScopeEntry] = field(default_factory=list)


@dataclass(slots=True)
class BreakableScope:
    target_id: int  # loop_id or label_id
    depth: int  # len(scopes) when entered: break/continue leave scopes[depth:]
    break_block: mir.BasicBlock
    continue_block: mir.BasicBlock | None  # None for labeled blocks
    destination: mir.Place


class ScopeMixin:
    def init_scopes(self: "Builder") -> None:
        self.scopes: list[Scope] = []
        self.breakables: list[BreakableScope] = []
        self.return_block: mir.BasicBlock | None = None  # created by the first `return`

    def push_scope(self: "Builder") -> None:
        self.scopes.append(Scope())

    def pop_scope(self: "Builder", span: Span) -> None:
        """Leave the innermost scope on the normal path (emits its drops and storage deaths)."""
        self.emit_exits(len(self.scopes) - 1, span)
        self.scopes.pop()

    def schedule_storage_dead(self: "Builder", local: mir.Local, span: Span) -> None:
        self.scopes[-1].entries.append(ScopeEntry(local, span, drop=False))

    def schedule_drop(self: "Builder", local: mir.Local, ty: Ty, span: Span, depth: int | None = None) -> None:
        if self.props.needs_drop(ty):
            self.scopes[-1 if depth is None else depth].entries.append(ScopeEntry(local, span, drop=True))

    def record_operand_moved(self: "Builder", operand: mir.Operand) -> None:
        """A temporary moved as a whole into its consumer is not dropped by its scope."""
        if isinstance(operand, mir.Move) and not operand.place.projection \
                and not self.body.locals[operand.place.local].is_user_var:
            for scope in reversed(self.scopes):
                for entry in scope.entries:
                    if entry.drop and entry.local == operand.place.local:
                        scope.entries.remove(entry)
                        return

    def emit_exits(self: "Builder", depth: int, span: Span) -> None:
        """Emit, at the cursor, the exits of scopes[depth:] (innermost first)."""
        for scope in reversed(self.scopes[depth:]):
            for entry in reversed(scope.entries):
                if entry.drop:
                    after = self.new_block()
                    self.terminate(mir.Drop(mir.Place(entry.local), after, span))
                    self.block = after
                else:
                    self.push(mir.StorageDead(entry.local, span))

    # ── breakable scopes ──

    def find_breakable(self: "Builder", target_id: int) -> BreakableScope:
        for breakable in reversed(self.breakables):
            if breakable.target_id == target_id:
                return breakable
        raise KeyError(f"break/continue target {target_id} not found")

    def lower_break(self: "Builder", target_id: int, value: "object", span: Span) -> None:
        from rustlet import thir
        breakable = self.find_breakable(target_id)
        if isinstance(value, thir.Expr):
            self.into(breakable.destination, value)
        else:
            self.assign_unit(breakable.destination, place_ty(self.body, breakable.destination, self.program), span)
        self.emit_exits(breakable.depth, span)
        self.goto(breakable.break_block, span)
        self.diverge()

    def lower_continue(self: "Builder", target_id: int, span: Span) -> None:
        breakable = self.find_breakable(target_id)
        assert breakable.continue_block is not None, "continue to a labeled block"
        self.emit_exits(breakable.depth, span)
        self.goto(breakable.continue_block, span)
        self.diverge()

    def lower_return(self: "Builder", span: Span) -> None:
        """`_0` is already written: leave every scope and jump to the return block."""
        self.emit_exits(0, span)
        if self.return_block is None:
            self.return_block = self.new_block()
            self.body.blocks[self.return_block].terminator = mir.Return(self.body.span)
        self.goto(self.return_block, span)
        self.diverge()
