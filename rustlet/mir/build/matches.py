"""Pattern matching: `match`, `if let`, `let` (with and without `else`), parameters.

All of them are one algorithm, rustc's (rustc_mir_build/src/builder/matches), reduced
to the subset's patterns.

Each arm becomes a *candidate*: a list of *match pairs* (place, pattern) still to be
tested, plus the bindings collected so far.  A candidate is first *simplified*: wildcard
pairs vanish, a binding pair records a binding (and keeps its sub-pattern), tuple and
struct patterns (and the variant of a one-variant enum) become pairs on their fields,
`&p` becomes a pair on `*place`, and an or-pattern splits the candidate into one
candidate per alternative (in order, so a guard runs once per matching alternative, as
in Rust).  What remains are *refutable* pairs: enum variants, constants, ranges.

`match_candidates(candidates, otherwise)`:
1. If the first candidate has no pairs left it matches: bind, run its guard, jump to
   its arm; a failing guard falls through to the remaining candidates.
2. Otherwise take the first candidate's first pair and build a *test* on its place:
   `switchInt(discriminant(place))` for an enum, `switchInt(place)` over the constants
   of ints, chars and bools, an equality (`Eq` for floats; a `str_eq` builtin call for
   `&str`) or a range test (`lo <= x`, `x <= hi` / `x < hi`).
3. *Sort* candidates, in order, into the test's outcomes: a candidate with a pair on the
   tested place whose outcome the test decides goes to that outcome's branch, with the
   pair replaced by its sub-pairs (a variant's fields through `DowncastProj`).  Sorting
   stops at the first candidate the test says nothing about; it and all later
   candidates are the *remainder*.
4. Recurse on each branch with the remainder's block as `otherwise`, then continue with
   the remainder.  Arms are tried in order because a candidate only ever falls through
   to later ones.

Worked example — `match o { Some(0) => a, Some(n) if n > 9 => b, _ => c }`:
test `discriminant(o)`: [Some(0), Some(n) if n>9] go to the `Some` branch (the third
stops sorting), where the test `switchInt((o as Some).0)` over {0} sends arm 1 to `0`
and leaves arm 2 (a binding only) for the remainder of that branch; `None`, the
`otherwise` of the inner switch, and a failing guard all reach arm 3.

Bindings happen after the whole pattern matched.  With a guard, by-value bindings are
first visible to the guard through a shared reference (`guard_overrides`), and only
moved into their variables once the guard succeeds, so a failing guard never moves.
A binding introduced by several alternatives of an or-pattern (several LocalIds with one
name) gets one MIR local.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from rustlet import thir
from rustlet.ast import BinOp
from rustlet.mir import syntax as mir
from rustlet.mir.build.expr_as_place import is_place_expr
from rustlet.source import Span
from rustlet.types import (BOOL, ISIZE, U8, UNIT, AdtTy, ArrayTy, BoolTy, CharTy, FloatTy, IntTy, RefTy, SliceTy,
                           StrTy, TupleTy, Ty)

if TYPE_CHECKING:
    from rustlet.mir.build.builder import Builder


@dataclass(slots=True)
class MatchPair:
    place: mir.Place
    pat: thir.Pat


@dataclass(slots=True)
class Binding:
    local_id: int
    place: mir.Place
    mode: thir.BindingMode
    ty: Ty  # the type of the matched place
    span: Span


@dataclass(slots=True)
class Candidate:
    pairs: list[MatchPair]
    arm: int
    bindings: list[Binding] = field(default_factory=list)


@dataclass(slots=True)
class ArmTarget:
    block: mir.BasicBlock
    guard: thir.Expr | None


@dataclass(slots=True)
class VariantTest:
    adt_ty: AdtTy


@dataclass(slots=True)
class SwitchTest:
    values: list[int]  # ints, bools (0/1) and chars (code points) seen in the sorted candidates


@dataclass(slots=True)
class EqTest:
    value: thir.ConstValue  # a float or &str constant


@dataclass(slots=True)
class RangeTest:
    pat: thir.RangePat


@dataclass(slots=True)
class Test:
    place: mir.Place
    kind: VariantTest | SwitchTest | EqTest | RangeTest
    span: Span


def switch_value(value: thir.ConstValue) -> int:
    v = value.value
    if isinstance(v, bool):
        return int(v)
    if isinstance(v, str):
        return ord(v)
    assert isinstance(v, int)
    return v


def is_switchable(ty: Ty) -> bool:
    return isinstance(ty, (IntTy, BoolTy, CharTy))


def is_str_ref(ty: Ty) -> bool:
    """`&str`, or the type of a byte string pattern (`&[u8]`, `&[u8; N]`): compared with
    the `str_eq` builtin (lengths, then bytes)."""
    return isinstance(ty, RefTy) and (isinstance(ty.inner, StrTy) or (
        isinstance(ty.inner, (SliceTy, ArrayTy)) and ty.inner.elem == U8))


class MatchMixin:
    # ── entry points ──

    def lower_match(self: "Builder", dest: mir.Place, expr: thir.Match) -> None:
        scrutinee = self.as_place(expr.scrutinee)
        self.push(mir.FakeRead(scrutinee, expr.scrutinee.span))
        arms = []
        for arm in expr.arms:
            self.declare_pattern_bindings(arm.pat)
            arms.append(ArmTarget(self.new_block(), arm.guard))
        candidates = [Candidate([MatchPair(scrutinee, arm.pat)], i) for i, arm in enumerate(expr.arms)]
        self.match_candidates(candidates, self.unreachable_block(expr.span), arms)
        join = self.new_block()
        for arm, target in zip(expr.arms, arms):
            self.block = target.block
            self.push_scope()
            self.schedule_bindings(arm.pat)
            self.into(dest, arm.body)
            self.pop_scope(arm.body.span.shrink_to_hi())
            self.goto(join, arm.span)
        self.block = join

    def lower_let_condition(self: "Builder", cond: thir.Let) -> tuple[mir.BasicBlock, mir.BasicBlock]:
        """`if let PAT = EXPR`: returns (then, else) blocks; the bindings are live on entry
        to `then`, and the caller schedules their drops in a scope around it (`into_if`)."""
        scrutinee = self.as_place(cond.expr)
        self.push(mir.FakeRead(scrutinee, cond.expr.span))
        self.declare_pattern_bindings(cond.pat)
        then_block, else_block = self.new_block(), self.new_block()
        self.match_candidates([Candidate([MatchPair(scrutinee, cond.pat)], 0)], else_block,
                              [ArmTarget(then_block, None)])
        return then_block, else_block

    def lower_let(self: "Builder", stmt: thir.LetStmt) -> None:
        pat = stmt.pat
        if stmt.else_block is None and isinstance(pat, thir.BindingPat) and pat.subpattern is None \
                and pat.mode is thir.BindingMode.BY_VALUE:
            local = self.declare_var(pat.local)
            self.push(mir.StorageLive(local, pat.span))
            if stmt.init is not None:
                self.extend_borrowed_temporary(stmt.init)
            self.schedule_storage_dead(local, pat.span)
            self.schedule_drop(local, self.body.locals[local].ty, pat.span)
            if stmt.init is not None:
                self.push_scope()
                self.into(mir.Place(local), stmt.init)
                self.pop_scope(stmt.span.shrink_to_hi())
            return
        self.declare_pattern_bindings(pat)
        if stmt.init is None:
            for local_id in self.pattern_binding_ids(pat):
                self.push(mir.StorageLive(self.var_locals[local_id], pat.span))
            self.schedule_bindings(pat)
            return
        self.extend_borrowed_temporary(stmt.init)
        self.push_scope()
        scrutinee = self.as_place(stmt.init)
        matched = self.new_block()
        otherwise = self.new_block() if stmt.else_block is not None else self.unreachable_block(pat.span)
        self.match_candidates([Candidate([MatchPair(scrutinee, pat)], 0)], otherwise, [ArmTarget(matched, None)])
        if stmt.else_block is not None:
            self.block = otherwise
            self.as_temp(stmt.else_block)  # of type `!`: typeck checked that it diverges
            self.terminate(mir.Unreachable(stmt.else_block.span))
        self.block = matched
        self.pop_scope(stmt.span.shrink_to_hi())
        self.schedule_bindings(pat)

    def bind_parameter(self: "Builder", pat: thir.Pat, arg: mir.Local) -> None:
        """A parameter with a pattern (`(a, b): (i32, i32)`) is an irrefutable `let`."""
        self.declare_pattern_bindings(pat)
        matched = self.new_block()
        self.match_candidates([Candidate([MatchPair(mir.Place(arg), pat)], 0)], self.unreachable_block(pat.span),
                              [ArmTarget(matched, None)])
        self.block = matched
        self.schedule_bindings(pat)

    def extend_borrowed_temporary(self: "Builder", init: thir.Expr) -> None:
        """`let r = &temp();`: the temporary lives as long as the variable (rustc's
        temporary lifetime extension), so it is created in the enclosing block's scope."""
        inner = init
        if isinstance(inner, thir.Cast) and inner.kind is thir.CastKind.UNSIZE:
            inner = inner.operand
        if isinstance(inner, thir.Borrow) and not is_place_expr(inner.place):
            self.extended_temps[id(inner.place)] = self.as_temp(inner.place)

    # ── bindings ──

    def pattern_binding_ids(self: "Builder", pat: thir.Pat) -> list[int]:
        """The binding LocalIds of a pattern, one per name (first alternative of an or)."""
        seen: dict[str, int] = {}
        for name, local_id in all_bindings(pat):
            seen.setdefault(name, local_id)
        return list(seen.values())

    def declare_pattern_bindings(self: "Builder", pat: thir.Pat) -> None:
        first: dict[str, int] = {}
        for name, local_id in all_bindings(pat):
            if name in first and first[name] != local_id:
                self.var_locals[local_id] = self.var_locals[first[name]]
            else:
                first[name] = local_id
                self.declare_var(local_id)

    def schedule_bindings(self: "Builder", pat: thir.Pat) -> None:
        for local_id in self.pattern_binding_ids(pat):
            local = self.var_locals[local_id]
            decl = self.body.locals[local]
            self.schedule_storage_dead(local, decl.span)
            self.schedule_drop(local, decl.ty, decl.span)

    def bind(self: "Builder", binding: Binding) -> None:
        local = self.var_locals[binding.local_id]
        self.push(mir.StorageLive(local, binding.span))
        match binding.mode:
            case thir.BindingMode.BY_VALUE:
                rvalue: mir.Rvalue = mir.Use(self.read_place(binding.place, binding.ty))
            case thir.BindingMode.BY_REF:
                rvalue = mir.Ref(binding.place, False)
            case thir.BindingMode.BY_REF_MUT:
                rvalue = mir.Ref(binding.place, True)
        self.assign(mir.Place(local), rvalue, binding.span)

    # ── the algorithm ──

    def match_candidates(self: "Builder", candidates: list[Candidate], otherwise: mir.BasicBlock,
                         arms: list[ArmTarget]) -> None:
        """Match `candidates` in order starting at the cursor; jump to `otherwise` if none
        matches.  Always terminates the cursor's block."""
        candidates = [simple for c in candidates for simple in self.simplify(c)]
        while candidates:
            first = candidates[0]
            if not first.pairs:
                next_block = self.new_block()
                self.leaf(first, arms[first.arm], next_block)
                self.block = next_block
                candidates = candidates[1:]
                continue
            test = self.make_test(first.pairs[0], candidates)
            branches: list[list[Candidate]] = [[] for _ in range(self.outcome_count(test))]
            sorted_count = 0
            for candidate in candidates:
                outcome = self.sort_candidate(test, candidate)
                if outcome is None:
                    break
                branches[outcome].append(candidate)
                sorted_count += 1
            remainder = self.new_block()
            blocks = [self.new_block() if branch else remainder for branch in branches]
            self.perform_test(test, blocks)
            for block, branch in zip(blocks, branches):
                if branch:
                    self.block = block
                    self.match_candidates(branch, remainder, arms)
            self.block = remainder
            candidates = candidates[sorted_count:]
        self.goto(otherwise, self.body.span)

    def simplify(self: "Builder", candidate: Candidate) -> list[Candidate]:
        """Remove the irrefutable pairs; split on or-patterns (see the header)."""
        work = list(candidate.pairs)
        refutable: list[MatchPair] = []
        while work:
            pair = work.pop(0)
            place, pat = pair.place, pair.pat
            match pat:
                case thir.WildPat():
                    pass
                case thir.BindingPat(local=local_id, mode=mode, subpattern=sub):
                    candidate.bindings.append(Binding(local_id, place, mode, pat.ty, pat.span))
                    if sub is not None:
                        work.insert(0, MatchPair(place, sub))
                case thir.LeafPat(subpatterns=subs):
                    work[0:0] = [MatchPair(place.project(mir.FieldProj(fp.field, self.leaf_field_ty(pat.ty, fp.field))),
                                           fp.pat) for fp in subs]
                case thir.DerefPat(subpattern=sub):
                    work.insert(0, MatchPair(place.project(mir.DerefProj()), sub))
                case thir.VariantPat() if len(self.program.adts[pat.adt].variants) == 1:
                    work[0:0] = self.variant_field_pairs(place, pat)
                case thir.ConstantPat(value=value) if value.ty == UNIT:
                    pass
                case thir.OrPat(alts=alts):
                    split = []
                    for alt in alts:
                        alternative = Candidate(refutable + [MatchPair(place, alt)] + work, candidate.arm,
                                                list(candidate.bindings))
                        split.extend(self.simplify(alternative))
                    return split
                case _:
                    refutable.append(pair)
        candidate.pairs = refutable
        return [candidate]

    def leaf_field_ty(self: "Builder", ty: Ty, index: int) -> Ty:
        if isinstance(ty, TupleTy):
            return ty.elems[index]
        assert isinstance(ty, AdtTy), f"struct pattern on {ty}"
        return self.props.field_ty(ty, 0, index)

    def variant_field_pairs(self: "Builder", place: mir.Place, pat: thir.VariantPat) -> list[MatchPair]:
        adt_ty = pat.ty if isinstance(pat.ty, AdtTy) else AdtTy(pat.adt, pat.args)
        downcast = place.project(mir.DowncastProj(pat.variant))
        return [MatchPair(downcast.project(mir.FieldProj(fp.field, self.props.field_ty(adt_ty, pat.variant, fp.field))),
                          fp.pat) for fp in pat.subpatterns]

    def make_test(self: "Builder", pair: MatchPair, candidates: list[Candidate]) -> Test:
        pat = pair.pat
        match pat:
            case thir.VariantPat():
                adt_ty = pat.ty if isinstance(pat.ty, AdtTy) else AdtTy(pat.adt, pat.args)
                return Test(pair.place, VariantTest(adt_ty), pat.span)
            case thir.ConstantPat(value=value) if is_switchable(value.ty):
                values: list[int] = []
                for candidate in candidates:  # the constants of the sortable prefix
                    other = next((p for p in candidate.pairs if p.place == pair.place), None)
                    if other is None or not isinstance(other.pat, thir.ConstantPat) \
                            or not is_switchable(other.pat.value.ty):
                        break
                    v = switch_value(other.pat.value)
                    if v not in values:
                        values.append(v)
                return Test(pair.place, SwitchTest(values), pat.span)
            case thir.ConstantPat(value=value) if isinstance(value.ty, FloatTy) or is_str_ref(value.ty):
                return Test(pair.place, EqTest(value), pat.span)
            case thir.RangePat():
                return Test(pair.place, RangeTest(pat), pat.span)
        self.unsupported(f"pattern `{type(pat).__name__}` of type `{pat.ty}`", pat.span)
        return Test(pair.place, SwitchTest([]), pat.span)

    def outcome_count(self: "Builder", test: Test) -> int:
        match test.kind:
            case VariantTest(adt_ty=adt_ty):
                return len(self.program.adts[adt_ty.def_id].variants)
            case SwitchTest(values=values):
                return len(values) + 1  # the last outcome is "none of them"
        return 2  # success, failure

    def sort_candidate(self: "Builder", test: Test, candidate: Candidate) -> int | None:
        """The outcome of `test` that `candidate` belongs to (specializing it), or None."""
        index = next((i for i, p in enumerate(candidate.pairs) if p.place == test.place), None)
        if index is None:
            return None
        pat = candidate.pairs[index].pat
        match test.kind, pat:
            case VariantTest(), thir.VariantPat():
                candidate.pairs[index:index + 1] = self.variant_field_pairs(test.place, pat)
                return pat.variant
            case SwitchTest(values=values), thir.ConstantPat(value=value) \
                    if is_switchable(value.ty) and switch_value(value) in values:
                del candidate.pairs[index]
                return values.index(switch_value(value))
            case EqTest(value=expected), thir.ConstantPat(value=value):
                if value.value == expected.value:
                    del candidate.pairs[index]
                    return 0
                return 1  # a different constant: still to be tested on the failure path
            case RangeTest(pat=expected), thir.RangePat(lo=lo, hi=hi, inclusive=inclusive) \
                    if (lo, hi, inclusive) == (expected.lo, expected.hi, expected.inclusive):
                del candidate.pairs[index]
                return 0
        return None

    def perform_test(self: "Builder", test: Test, blocks: list[mir.BasicBlock]) -> None:
        span, place = test.span, test.place
        match test.kind:
            case VariantTest(adt_ty=adt_ty):
                adt = self.program.adts[adt_ty.def_id]
                discr = self.new_temp(adt.discr_ty or ISIZE, span)
                self.assign(mir.Place(discr), mir.Discriminant(place), span)
                values = tuple(v.discriminant for v in adt.variants)
                self.terminate(mir.SwitchInt(mir.Move(mir.Place(discr)), values, tuple(blocks),
                                             self.unreachable_block(span), span))
            case SwitchTest(values=values):
                self.terminate(mir.SwitchInt(mir.Copy(place), tuple(values), tuple(blocks[:-1]), blocks[-1], span))
            case EqTest(value=value):
                equal = self.new_temp(BOOL, span)
                constant = mir.Constant(value, span)
                if isinstance(value.ty, FloatTy):
                    self.assign(mir.Place(equal), mir.BinaryOp(BinOp.EQ, mir.Copy(place), constant), span)
                else:
                    subject: mir.Operand = mir.Copy(place)
                    if isinstance(value.ty, RefTy) and isinstance(value.ty.inner, ArrayTy):
                        # `&[u8; N]` against a byte string: compare as slices (fat pointers)
                        slice_ty = RefTy(SliceTy(U8))
                        fat = self.new_temp(slice_ty, span)
                        self.assign(mir.Place(fat), mir.Cast(thir.CastKind.UNSIZE, subject, slice_ty), span)
                        subject = mir.Move(mir.Place(fat))
                        constant = mir.Constant(thir.ConstValue(slice_ty, value.value), span)
                    after = self.new_block()
                    self.terminate(mir.CallTerm(mir.Builtin("str_eq"), (subject, constant),
                                                mir.Place(equal), after, span))
                    self.block = after
                self.terminate(mir.SwitchInt(mir.Move(mir.Place(equal)), (0,), (blocks[1],), blocks[0], span))
            case RangeTest(pat=pat):
                self.range_test(place, pat, blocks[0], blocks[1], span)

    def range_test(self: "Builder", place: mir.Place, pat: thir.RangePat, success: mir.BasicBlock,
                   failure: mir.BasicBlock, span: Span) -> None:
        checks = []
        if pat.lo is not None:
            checks.append(mir.BinaryOp(BinOp.LE, mir.Constant(pat.lo, span), mir.Copy(place)))
        if pat.hi is not None:
            op = BinOp.LE if pat.inclusive else BinOp.LT
            checks.append(mir.BinaryOp(op, mir.Copy(place), mir.Constant(pat.hi, span)))
        for check in checks:
            ok = self.new_temp(BOOL, span)
            self.assign(mir.Place(ok), check, span)
            next_block = self.new_block()
            self.terminate(mir.SwitchInt(mir.Move(mir.Place(ok)), (0,), (failure,), next_block, span))
            self.block = next_block
        self.goto(success, span)

    def leaf(self: "Builder", candidate: Candidate, arm: ArmTarget, guard_failed: mir.BasicBlock) -> None:
        """The candidate matched: bind, check the guard, enter the arm."""
        if arm.guard is None:
            for binding in candidate.bindings:
                self.bind(binding)
            self.goto(arm.block, self.body.span)
            return
        span = arm.guard.span
        by_value = [b for b in candidate.bindings if b.mode is thir.BindingMode.BY_VALUE]
        live_during_guard: list[mir.Local] = []
        for binding in candidate.bindings:
            if binding.mode is thir.BindingMode.BY_VALUE:
                ref = self.new_local(RefTy(binding.ty), binding.span)
                self.push(mir.StorageLive(ref, binding.span))
                self.assign(mir.Place(ref), mir.Ref(binding.place, False), binding.span)
                self.guard_overrides[binding.local_id] = mir.Place(ref, (mir.DerefProj(),))
                live_during_guard.append(ref)
            else:
                self.bind(binding)
                live_during_guard.append(self.var_locals[binding.local_id])
        result = self.new_local(BOOL, span)
        self.push_scope()
        self.into(mir.Place(result), arm.guard)
        self.pop_scope(span)
        for binding in by_value:
            del self.guard_overrides[binding.local_id]
        success, failure = self.switch_bool(mir.Move(mir.Place(result)), span)
        self.block = failure
        for local in live_during_guard:
            self.push(mir.StorageDead(local, span))
        self.goto(guard_failed, span)
        self.block = success
        for local in live_during_guard:
            if not self.body.locals[local].is_user_var:
                self.push(mir.StorageDead(local, span))
        for binding in by_value:
            self.bind(binding)
        self.goto(arm.block, span)

    def unreachable_block(self: "Builder", span: Span) -> mir.BasicBlock:
        block = self.new_block()
        self.body.blocks[block].terminator = mir.Unreachable(span)
        return block


def all_bindings(pat: thir.Pat) -> list[tuple[str, int]]:
    """Every (name, LocalId) binding in a pattern, alternatives included, left to right."""
    out: list[tuple[str, int]] = []
    stack = [pat]
    while stack:
        p = stack.pop()
        match p:
            case thir.BindingPat(name=name, local=local_id, subpattern=sub):
                out.append((name, local_id))
                if sub is not None:
                    stack.append(sub)
            case thir.VariantPat(subpatterns=subs) | thir.LeafPat(subpatterns=subs):
                stack.extend(fp.pat for fp in reversed(subs))
            case thir.DerefPat(subpattern=sub):
                stack.append(sub)
            case thir.OrPat(alts=alts):
                stack.extend(reversed(alts))
    return out

