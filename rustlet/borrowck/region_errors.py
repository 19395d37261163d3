"""Errors about regions that must outlive the function body (rustc's region errors).

After propagation (nll.py) a region that contains the element `end('a)` must outlive
the universal region 'a.  Two kinds of region are checked:

- the region of a loan of data the body owns (a local, a by-value parameter, a
  temporary: no deref of a reference in the borrowed place).  Such a loan cannot
  outlive the body: E0373 when the reference was captured by a closure, E0515 when it
  flows into the return value, E0716 for a temporary, else E0597 ("argument requires
  that `y` is borrowed for `'a`");
- a universal region that must outlive another one it is not declared to outlive:
  E0621 when the shorter one is an elided lifetime in a parameter's type ("explicit
  lifetime required in the type of `y`"), else "lifetime may not live long enough".

Where a requirement comes from is the first constraint with a source span on a path
through the constraint graph (a breadth-first search, run only for errors).
"""
from __future__ import annotations

import dataclasses

from rustlet import thir
from rustlet.borrowck.conflicts import ConflictChecker
from rustlet.borrowck.naming import describe_place, scope_end
from rustlet.borrowck.nll import Loan, Nll, RegionResult
from rustlet.borrowck.regions import ASSIGNMENT, BORING, CALL_ARGUMENT, CAST, RETURN, STATIC, Universal
from rustlet.diagnostics import DiagnosticSink, error
from rustlet.mir import syntax as mir
from rustlet.source import Span
from rustlet.types import Ty


def closure_head(closure: thir.FnDef) -> Span:
    """The span of a closure's `|params|` (rustc points E0373 there): `||` without
    parameters, else up to the `|` after the last parameter's pattern (a type
    annotation on that parameter is not seen: thir keeps no span for it)."""
    span = closure.span
    if not closure.params:
        return Span(span.file, span.lo, min(span.lo + 2, span.hi))
    return Span(span.file, span.lo, min(closure.params[-1].pat.span.hi + 1, span.hi))


def first_upvar_use(body: thir.Expr | None, index: int) -> Span | None:
    """The earliest use of upvar `index` in a closure body (a walk over the THIR
    nodes, which are dataclasses; types are not entered)."""
    best: Span | None = None
    stack: list[object] = [body]
    while stack:
        node = stack.pop()
        if isinstance(node, (list, tuple)):
            stack.extend(node)
            continue
        if not dataclasses.is_dataclass(node) or isinstance(node, (Ty, Span)):
            continue
        if isinstance(node, thir.UpvarRef) and node.index == index:
            if best is None or node.span.lo < best.lo:
                best = node.span
        stack.extend(getattr(node, f.name) for f in dataclasses.fields(node))
    return best


# How a requirement is worded, by the category of the constraint blamed for it
REQUIRES = {RETURN: "returning this value requires that", CAST: "coercion requires that",
            CALL_ARGUMENT: "argument requires that", ASSIGNMENT: "assignment requires that", BORING: "requires that"}


class RegionErrorReporter:
    def __init__(self, body: mir.Body, program: thir.Program, nll: Nll, result: RegionResult,
                 conflicts: ConflictChecker, sink: DiagnosticSink) -> None:
        self.body = body
        self.program = program
        self.nll = nll
        self.result = result
        self.conflicts = conflicts
        self.sink = sink
        fn = program.fns.get(body.def_id)
        self.is_closure = fn is not None and fn.closure_kind is not None

    def check(self) -> None:
        n_points = self.result.n_points
        for loan in self.nll.loans:
            ends = self.result.values[loan.region] >> n_points
            if ends and self.conflicts.owned(loan.place):
                self.report_loan(loan, ends)
        if not self.is_closure:
            self.check_universals()

    # ── loans that escape ──

    def report_loan(self, loan: Loan, ends: int) -> None:
        decl = self.body.locals[loan.place.local]
        root = describe_place(self.body, mir.Place(loan.place.local), self.program)
        carriers = self.conflicts.carriers(loan)
        universal = self.result.universals[(ends & -ends).bit_length() - 1] if self.result.universals else None
        blame = self.blame(loan.region, universal.var) if universal is not None else None
        closure = self.program.fns.get(loan.captured[0]) if loan.captured is not None else None
        use = first_upvar_use(closure.body, loan.captured[1]) if closure is not None and loan.captured else None
        # rustc's E0373 is for a captured borrow that must outlive the body because the
        # closure is returned or passed on; another requirement (a coercion to
        # `dyn Fn + 'static`) is reported as E0597 at the captured variable
        if loan.captured is not None and root is not None and (blame is None or blame[1] in (RETURN, CALL_ARGUMENT)):
            diagnostic = error(f"closure may outlive the current function, but it borrows `{root}`, which is "
                               "owned by the current function", closure_head(closure) if closure else loan.span,
                               f"may outlive borrowed value `{root}`", "E0373")
            if use is not None:
                diagnostic.with_label(use, f"`{root}` is borrowed here")
            diagnostic.with_help(f"to force the closure to take ownership of `{root}` (and any other referenced "
                                 "variables), use the `move` keyword")
            self.sink.emit(diagnostic)
            return
        if mir.RETURN_PLACE in carriers:
            if root is None or not decl.is_user_var:
                what = "temporary value"
            elif 1 <= loan.place.local <= self.body.arg_count:
                what = f"function parameter `{root}`"
            else:
                what = f"local variable `{root}`"
            # rustc: "reference to" when the returned expression is the borrow itself
            # (perhaps coerced: `&mut [1, 2]` as `&mut [i32]`)
            returned = self.return_span(carriers)
            if loan.holder.local == mir.RETURN_PLACE or returned == loan.span:
                diagnostic = error(f"cannot return reference to {what}", loan.span,
                                   "returns a reference to data owned by the current function", "E0515")
            else:
                diagnostic = error(f"cannot return value referencing {what}", returned,
                                   "returns a value referencing data owned by the current function", "E0515")
                if root is not None and decl.is_user_var:
                    diagnostic.with_label(loan.span, f"`{root}` is borrowed here")
                else:
                    diagnostic.with_label(loan.span, "temporary value created here")
            self.sink.emit(diagnostic)
            return
        dead = self.storage_dead_span(loan.place.local)
        if root is None or not decl.is_user_var:
            diagnostic = error("temporary value dropped while borrowed", loan.span,
                               "creates a temporary value which is freed while still in use", "E0716")
            if dead is not None:
                diagnostic.with_label(dead, "temporary value is freed at the end of this statement")
        else:
            diagnostic = error(f"`{root}` does not live long enough", use or loan.span,
                               "borrowed value does not live long enough", "E0597")
            diagnostic.with_label(decl.span, f"binding `{root}` declared here")
            if closure is not None:
                diagnostic.with_label(closure_head(closure), "value captured here")
            if dead is not None:
                diagnostic.with_label(dead, f"`{root}` dropped here while still borrowed")
            if universal is not None and blame is not None:
                diagnostic.with_label(blame[0], f"{REQUIRES[blame[1]]} `{root}` is borrowed for `{universal.name}`")
        self.sink.emit(diagnostic)

    def return_span(self, carriers: set[int]) -> Span:
        for data in self.body.blocks:
            for stmt in [*data.statements, data.terminator]:
                match stmt:
                    case mir.Assign(place=place, span=span) if place.local == mir.RETURN_PLACE:
                        return span
                    case mir.CallTerm(destination=place, span=span) if place.local == mir.RETURN_PLACE:
                        return span
        return self.body.span

    def storage_dead_span(self, local: int) -> Span | None:
        for data in self.body.blocks:
            for stmt in data.statements:
                if isinstance(stmt, mir.StorageDead) and stmt.local == local:
                    return scope_end(stmt.span)
        return None

    # ── universal regions ──

    def check_universals(self) -> None:
        n_points = self.result.n_points
        universals = self.result.universals
        known = self.known_outlives()
        for u in universals:
            if u.var == STATIC:
                continue
            ends = self.result.values[u.var] >> n_points
            for w_index, w in enumerate(universals):
                if w is u or not ends >> w_index & 1 or w.var in known.get(u.var, ()):
                    continue
                self.report_universal(u, w)

    def known_outlives(self) -> dict[int, set[int]]:
        """For each universal region, the universal regions it is known to outlive: the
        transitive closure of the signature's facts ('static outlives everything)."""
        universals = {u.var for u in self.result.universals}
        direct: dict[int, set[int]] = {u: set() for u in universals}
        direct[STATIC] = set(universals)
        if self.result.signature is not None:
            for longer, shorter in self.result.signature.facts:
                if longer in direct and shorter in universals:
                    direct[longer].add(shorter)
        known: dict[int, set[int]] = {}
        for start in universals:
            seen = {start}
            stack = [start]
            while stack:
                for shorter in direct.get(stack.pop(), ()):
                    if shorter not in seen:
                        seen.add(shorter)
                        stack.append(shorter)
            known[start] = seen
        return known

    def report_universal(self, longer: Universal, shorter: Universal) -> None:
        span, category = self.blame(longer.var, shorter.var) or (self.body.span, RETURN)
        if not longer.named and shorter.named and longer.param is not None:
            name = self.body.locals[longer.param].name or "value"
            diagnostic = error(f"explicit lifetime required in the type of `{name}`", span,
                               f"lifetime `{shorter.name}` required", "E0621")
            diagnostic.with_help(f"add explicit lifetime `{shorter.name}` to the type of `{name}`")
        elif category == RETURN and shorter.var != STATIC:
            diagnostic = error("lifetime may not live long enough", span,
                               f"{self.describe_fn()} was supposed to return data with lifetime `{shorter.name}` but "
                               f"it is returning data with lifetime `{longer.name}`")
        else:
            diagnostic = error("lifetime may not live long enough", span,
                               f"{REQUIRES[category]} `{longer.name}` must outlive `{shorter.name}`")
        if diagnostic.code is None and longer.named and shorter.named and shorter.var != STATIC:
            diagnostic.with_help(f"consider adding the following bound: `{longer.name}: {shorter.name}`")
        self.sink.emit(diagnostic)

    def describe_fn(self) -> str:
        """rustc's `def_descr` of the body: function, method or associated function."""
        fn = self.program.fns.get(self.body.def_id)
        if fn is None or fn.impl_of is None and fn.trait_of is None:
            return "function"
        return "method" if fn.self_kind is not thir.SelfKind.NONE else "associated function"

    def blame(self, start: int, target: int) -> tuple[Span, int] | None:
        """The span and category of the constraint to blame on a shortest constraint
        path from `start` down to `target`: the most interesting category (regions.py),
        and among those the last step (the one that made the requirement reach the
        target)."""
        edges = self.result.edges
        constraints = self.nll.cx.constraints
        parent: dict[int, tuple[int, int] | None] = {start: None}
        queue = [start]
        for var in queue:
            if var == target:
                break
            for shorter, c in edges[var]:
                if shorter not in parent:
                    parent[shorter] = (var, c)
                    queue.append(shorter)
        if target not in parent:
            return None
        node = target
        best: tuple[Span, int] | None = None
        while parent[node] is not None:
            var, c = parent[node]  # type: ignore[misc]
            span = constraints[c].span
            if span is not None and (best is None or constraints[c].category < best[1]):
                best = (span, constraints[c].category)
            node = var
        return best
