"""Walks every body of the program and checks its patterns (rustc's check_match):

- `match`: exhaustiveness (E0004) and unreachable arms / or-alternatives (warning);
- `let PAT = e;` and function/closure parameters: the pattern must be irrefutable (E0005);
- `let PAT = e else { … }` and `if let`: a lint when the pattern is irrefutable.

Bodies are visited in program order, each parameter list before its body, and each
expression before its children, so diagnostics come out in rustc's order.  Closure
bodies are their own FnDefs and are checked there, not at the closure expression.
"""
from __future__ import annotations

import dataclasses

from rustlet import thir
from rustlet.ast import StructKind
from rustlet.diagnostics import Diagnostic, DiagnosticSink, Level, unsupported
from rustlet.pattern.constructor import IntRange, NonExhaustive, Single, TypeCx, Wildcard, int_space
from rustlet.pattern.lower import DeconstructedPat, PatLowerer, UnsupportedPattern
from rustlet.pattern.usefulness import (
    MatchArm,
    Redundancy,
    UsefulnessReport,
    WitnessPat,
    compute_match_usefulness,
)
from rustlet.pattern.witness import WITNESS_LIMIT, WitnessPrinter, joined_patterns
from rustlet.source import Span
from rustlet.types import AdtTy, ErrorTy, IntKind, IntTy, RefTy, StrTy, TupleTy, Ty

UNREACHABLE_LINT_NOTE = "`#[warn(unreachable_patterns)]` (part of `#[warn(unused)]`) on by default"
IRREFUTABLE_LINT_NOTE = "`#[warn(irrefutable_let_patterns)]` on by default"
MAX_CAVEATS_COVERED_BY = 4  # rustc names at most this many covering patterns


def check_program(program: thir.Program, sink: DiagnosticSink) -> None:
    """Check every pattern of every body; errors and warnings go to `sink`."""
    checker = _MatchChecker(program, sink)
    for fn in program.fns.values():
        origin = "closure argument" if fn.closure_kind is not None else "function argument"
        for param in fn.params:
            checker.check_irrefutable(param.pat, origin, None)
        if fn.body is not None:
            checker.visit(fn.body)
    for const in program.consts.values():
        if const.body is not None:
            checker.visit(const.body)
    for static in program.statics.values():
        checker.visit(static.body)


class _MatchChecker:
    def __init__(self, program: thir.Program, sink: DiagnosticSink) -> None:
        self.tcx = TypeCx(program)
        self.lowerer = PatLowerer(self.tcx)
        self.printer = WitnessPrinter(self.tcx)
        self.sink = sink
        self.lints_seen: set[str] = set()

    # ── traversal ──

    def visit(self, node: object) -> None:
        match node:
            case thir.Match():
                self.check_match(node)
            case thir.LetStmt():
                self.check_let_stmt(node)
            case thir.If(cond=thir.Let() as let):
                self.check_if_let(let)
            case thir.Closure():
                return  # its body is a FnDef of its own
        # Children: every THIR node is a dataclass; walking its fields generically keeps
        # this visitor correct when node kinds are added.
        if dataclasses.is_dataclass(node):
            for f in dataclasses.fields(node):
                self._visit_value(getattr(node, f.name))

    def _visit_value(self, value: object) -> None:
        if isinstance(value, list):
            for item in value:
                self._visit_value(item)
        elif isinstance(value, tuple):
            for item in value:
                self._visit_value(item)
        elif isinstance(value, (thir.Expr, thir.LetStmt, thir.ExprStmt, thir.Arm, thir.FormatArgs)):
            self.visit(value)

    # ── the checks ──

    def check_match(self, match: thir.Match) -> None:
        if match.source is thir.MatchSource.FOR_LOOP and len(match.arms) == 2:
            # `Some(PAT)`: the user wrote PAT, which must be irrefutable.
            some_pat = match.arms[1].pat
            if isinstance(some_pat, thir.VariantPat) and len(some_pat.subpatterns) == 1:
                self.check_irrefutable(some_pat.subpatterns[0].pat, "`for` loop binding", None)
            return
        if match.source is thir.MatchSource.WHILE_LET and match.arms:
            self._check_bindings_named_like_variants(match.arms[0].pat, refutable=True)
            report = self._single_pattern(match.arms[0].pat)
            if report is not None and not report.witnesses:
                self._lint(
                    Diagnostic(
                        Level.WARNING, "irrefutable `while let` pattern", match.arms[0].pat.span.to(match.scrutinee.span)
                    )
                    .with_note("this pattern will always match, so the loop will never exit")
                    .with_help("consider instead using a `loop { ... }` with a `let` inside it"),
                    IRREFUTABLE_LINT_NOTE,
                )
            return
        for arm in match.arms:
            self._check_bindings_named_like_variants(arm.pat, refutable=True)
        scrutinee_ty = match.scrutinee.ty
        arms = self._lower_arms([(arm.pat, arm.guard is not None) for arm in match.arms], scrutinee_ty)
        if arms is None:
            return
        report = compute_match_usefulness(
            self.tcx, self.lowerer, arms, scrutinee_ty, _is_known_valid(match.scrutinee)
        )
        if match.source is not thir.MatchSource.TRY:  # rustc does not lint the arms of `?`
            self._report_unreachable(arms, report)
        if report.witnesses:
            self.sink.emit(self._non_exhaustive(match, scrutinee_ty, report.witnesses))

    def check_let_stmt(self, stmt: thir.LetStmt) -> None:
        if stmt.else_block is None:
            self.check_irrefutable(stmt.pat, "local binding", stmt.init)
            return
        self._check_bindings_named_like_variants(stmt.pat, refutable=True)
        report = self._single_pattern(stmt.pat)
        if report is not None and not report.witnesses:
            end = stmt.init.span if stmt.init is not None else stmt.pat.span
            self._lint(
                Diagnostic(Level.WARNING, "irrefutable `let...else` pattern", Span(stmt.span.file, stmt.span.lo, end.hi))
                .with_note("this pattern will always match, so the `else` clause is useless")
                .with_help("consider removing the `else` clause"),
                IRREFUTABLE_LINT_NOTE,
            )

    def check_if_let(self, let: thir.Let) -> None:
        self._check_bindings_named_like_variants(let.pat, refutable=True)
        report = self._single_pattern(let.pat)
        if report is not None and not report.witnesses:
            self._lint(
                Diagnostic(Level.WARNING, "irrefutable `if let` pattern", let.span)
                .with_note("this pattern will always match, so the `if let` is useless")
                .with_help("consider replacing the `if let` with a `let`"),
                IRREFUTABLE_LINT_NOTE,
            )

    def check_irrefutable(self, pat: thir.Pat, origin: str, init: thir.Expr | None) -> None:
        """E0005 if `pat` is refutable; `origin` is `local binding`, `function argument`
        or `closure argument`."""
        self._check_bindings_named_like_variants(pat, refutable=False)
        report = self._single_pattern(pat)
        if report is None or not report.witnesses:
            return
        witnesses = [self.printer.print(w) for w in report.witnesses]
        joined = joined_patterns(witnesses)
        plural = "s" if len(witnesses) > 1 else ""
        diag = Diagnostic(
            Level.ERROR, f"refutable pattern in {origin}", pat.span, f"pattern{plural} {joined} not covered", "E0005"
        )
        if origin == "local binding":
            diag.with_note(
                '`let` bindings require an "irrefutable pattern", like a `struct` or an `enum` with only one variant'
            )
            diag.with_note("for more information, visit https://doc.rust-lang.org/book/ch19-02-refutability.html")
        diag.with_note(f"the matched value is of type `{pat.ty}`")
        if origin == "local binding" and init is not None:
            which = "variant that isn't" if len(witnesses) == 1 else "variants that aren't"
            if _bindings(pat):
                diag.with_help(f"you might want to use `let...else` to handle the {which} matched")
            else:
                diag.with_help(f"you might want to use `if let` to ignore the {which} matched")
        self.sink.emit(diag)

    def _check_bindings_named_like_variants(self, pat: thir.Pat, refutable: bool) -> None:
        """E0170 (rustc's deny-by-default `bindings_with_variant_name`): a plain binding
        `Red` whose type is an enum with a unit variant `Red` was surely meant as that variant."""
        for binding in _bindings(pat):
            if binding.mode is not thir.BindingMode.BY_VALUE or binding.mutable or binding.subpattern is not None:
                continue
            ty = binding.ty
            while isinstance(ty, RefTy):
                ty = ty.inner
            adt = self.tcx.adt(ty)
            if adt is None or adt.kind is not thir.AdtKind.ENUM:
                continue
            if not any(v.name == binding.name and v.kind is StructKind.UNIT for v in adt.variants):
                continue
            path = adt.path.split("::", 1)[1] if adt.path.startswith("main::") else adt.path
            diag = Diagnostic(
                Level.ERROR,
                f"pattern binding `{binding.name}` is named the same as one of the variants of the type `{path}`",
                binding.span,
                code="E0170",
            )
            # In an irrefutable pattern the variant would not compile unless it is the only one.
            if refutable or len(adt.variants) == 1:
                diag.label = f"help: to match on the variant, qualify the path: `{path}::{binding.name}`"
            self._lint(diag, "`#[deny(bindings_with_variant_name)]` on by default")

    # ── helpers ──

    def _single_pattern(self, pat: thir.Pat) -> UsefulnessReport | None:
        arms = self._lower_arms([(pat, False)], pat.ty)
        if arms is None:
            return None
        report = compute_match_usefulness(self.tcx, self.lowerer, arms, pat.ty, True)
        self._report_unreachable(arms, report)
        return report

    def _lower_arms(self, pats: list[tuple[thir.Pat, bool]], scrutinee_ty: Ty) -> list[MatchArm] | None:
        """None (after reporting if needed) when a pattern cannot be checked; patterns
        involving an earlier type error are skipped silently."""
        if _mentions_error(scrutinee_ty) or any(_pat_has_error(p) for p, _ in pats):
            return None
        try:
            return [MatchArm(self.lowerer.lower(p), guarded) for p, guarded in pats]
        except UnsupportedPattern as e:
            self.sink.emit(unsupported(e.what, e.span))
            return None

    def _report_unreachable(self, arms: list[MatchArm], report: UsefulnessReport) -> None:
        for arm, usefulness in zip(arms, report.arms):
            if usefulness.redundant is not None:
                self._unreachable(arm.pat, usefulness.redundant)
            for alt, redundancy in usefulness.redundant_alts:
                self._unreachable(alt, redundancy)

    def _unreachable(self, pat: DeconstructedPat, why: Redundancy) -> None:
        diag = Diagnostic(Level.WARNING, "unreachable pattern", pat.span, "no value can reach this")
        covering = why.covered_by
        if not covering:
            diag.label = f"matches no values because `{pat.ty}` is uninhabited"
            diag.with_note(
                "to learn more about uninhabited types, see "
                "https://doc.rust-lang.org/nomicon/exotic-sizes.html#empty-types"
            )
        elif len(covering) == 1 and _is_catchall(covering[0]):
            diag.with_label(covering[0].span, "matches any value")
        elif len(covering) == 1:
            diag.with_label(covering[0].span, "matches all the relevant values")
        else:
            for p in covering[:MAX_CAVEATS_COVERED_BY]:
                diag.with_label(p.span, "matches some of the same values")
            diag.with_note("multiple earlier patterns match some of the same values")
            rest = len(covering) - MAX_CAVEATS_COVERED_BY
            if rest > 0:
                diag.with_note(f"...and {rest} other patterns collectively make this unreachable")
            else:
                diag.with_note("collectively making this unreachable")
        self._lint(diag, UNREACHABLE_LINT_NOTE)

    def _lint(self, diag: Diagnostic, lint_note: str) -> None:
        # rustc says once per lint that it is on by default.
        if lint_note not in self.lints_seen:
            self.lints_seen.add(lint_note)
            diag.with_note(lint_note)
        self.sink.emit(diag)

    def _non_exhaustive(self, match: thir.Match, ty: Ty, witnesses: list[WitnessPat]) -> Diagnostic:
        span = match.scrutinee.span
        adt = self.tcx.adt(ty)
        non_empty_enum = adt is not None and adt.kind is thir.AdtKind.ENUM and bool(adt.variants)
        if not match.arms and not non_empty_enum:
            diag = Diagnostic(Level.ERROR, f"non-exhaustive patterns: type `{ty}` is non-empty", span, "", "E0004")
            diag.with_note(f"the matched value is of type `{ty}`")
            if isinstance(ty, RefTy) and self.tcx.is_uninhabited(ty.inner):
                diag.with_note("references are always considered inhabited")
            diag.with_help(
                "ensure that all possible cases are being handled by adding a match arm with a wildcard "
                "pattern as shown: `_ => todo!()`"
            )
            return diag

        printed = [self.printer.print(w) for w in witnesses]
        joined = joined_patterns(printed)
        plural = "s" if len(printed) > 1 else ""
        diag = Diagnostic(
            Level.ERROR, f"non-exhaustive patterns: {joined} not covered", span, f"pattern{plural} {joined} not covered",
            "E0004",
        )
        diag.with_note(f"the matched value is of type `{ty}`")
        for note in self._special_type_notes(witnesses[0]):
            diag.with_note(note)
        suggest_witnesses = len(printed) <= WITNESS_LIMIT
        if len(printed) == 1:
            shape = " or an explicit pattern as shown"
        elif suggest_witnesses:
            shape = ", a match arm with multiple or-patterns as shown, or multiple match arms"
        else:
            shape = " as shown, or multiple match arms"
        arm_pat = " | ".join(printed) if suggest_witnesses else "_"
        diag.with_help(
            f"ensure that all possible cases are being handled by adding a match arm with a wildcard pattern{shape}: "
            f"`{arm_pat} => todo!()`"
        )
        return diag

    def _special_type_notes(self, witness: WitnessPat) -> list[str]:
        """Why a `_` or a half-open range is needed, for the types of the first witness."""
        notes: list[str] = []

        def walk(w: WitnessPat) -> None:
            note = None
            if isinstance(w.ctor, NonExhaustive) and isinstance(w.ty, StrTy):
                note = "`&str` cannot be matched exhaustively, so a wildcard `_` is necessary"
            elif isinstance(w.ctor, IntRange) and isinstance(w.ty, IntTy) and _beyond_boundaries(w.ctor, w.ty):
                if w.ty.kind is IntKind.USIZE:
                    note = (
                        "`usize::MAX` is not treated as exhaustive, so half-open ranges are necessary "
                        "to match exhaustively"
                    )
                else:
                    note = (
                        "`isize::MIN` and `isize::MAX` are not treated as exhaustive, so half-open ranges "
                        "are necessary to match exhaustively"
                    )
            if note is not None and note not in notes:
                notes.append(note)
            for f in w.fields:
                walk(f)

        walk(witness)
        return notes


def _beyond_boundaries(r: IntRange, ty: IntTy) -> bool:
    """The values before `isize::MIN` or after `usize::MAX`/`isize::MAX`."""
    space = int_space(ty.kind)
    if space.pos_infinity is None:
        return False
    return r.lo > ty.kind.max or r.hi == ty.kind.min


def _is_catchall(pat: DeconstructedPat) -> bool:
    """`_`, a binding, or a tuple/struct/reference of them."""
    if isinstance(pat.ctor, Wildcard):
        return True
    return isinstance(pat.ctor, Single) and all(_is_catchall(f) for f in pat.fields)


def _is_known_valid(scrutinee: thir.Expr) -> bool:
    """A place reached through a dereference may hold invalid data (rustc's
    `known_valid_scrutinee`): empty types there must still be matched."""
    match scrutinee:
        case thir.Deref():
            return False
        case thir.FieldAccess(base=base) | thir.IndexExpr(base=base):
            return _is_known_valid(base)
    return True


def _bindings(pat: thir.Pat) -> list[thir.BindingPat]:
    """The binding patterns inside `pat`, in source order."""
    match pat:
        case thir.BindingPat(subpattern=sub):
            return [pat] + (_bindings(sub) if sub is not None else [])
        case thir.VariantPat(subpatterns=subs) | thir.LeafPat(subpatterns=subs):
            return [b for s in subs for b in _bindings(s.pat)]
        case thir.DerefPat(subpattern=sub):
            return _bindings(sub)
        case thir.OrPat(alts=alts):
            return [b for a in alts for b in _bindings(a)]
    return []


def _mentions_error(ty: Ty) -> bool:
    match ty:
        case ErrorTy():
            return True
        case RefTy(inner=inner):
            return _mentions_error(inner)
        case AdtTy(args=args) | TupleTy(elems=args):
            return any(_mentions_error(a) for a in args)
    return False


def _pat_has_error(pat: thir.Pat) -> bool:
    if _mentions_error(pat.ty):
        return True
    match pat:
        case thir.BindingPat(subpattern=sub) if sub is not None:
            return _pat_has_error(sub)
        case thir.VariantPat(subpatterns=subs) | thir.LeafPat(subpatterns=subs):
            return any(_pat_has_error(s.pat) for s in subs)
        case thir.DerefPat(subpattern=sub):
            return _pat_has_error(sub)
        case thir.OrPat(alts=alts):
            return any(_pat_has_error(a) for a in alts)
    return False
