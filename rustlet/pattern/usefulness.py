"""Usefulness: which arms of a match are reachable, and which values no arm matches.

This is the algorithm of Maranget's "Warnings for pattern matching" (JFP 2007), with
constructor splitting and relevancy as rustc_pattern_analysis implements it
(usefulness.rs, whose header essay is the long version of this one).

Definitions.  A pattern `q` is *useful* after patterns `p1 … pn` if some value matches
`q` and none of the `pi`.  An arm is unreachable iff its pattern is not useful after
the (unguarded) arms above it; a match is exhaustive iff `_` is not useful after all
arms, and the values that make `_` useful are the *witnesses* we print
(`` `None` not covered ``).

Method.  We work on a matrix of pattern rows (one per arm at first; each column is a
place inside the scrutinee) plus a virtual wildcard row below them, and compute all
answers in one recursive pass, `_compute`:

- Base case, no columns: every row matches the empty tuple.  The first row is useful,
  and so is each later row as long as all rows above it are guarded.  If every row is
  guarded (or there are none) the wildcard row is useful: the unit witness `()`.
- Otherwise take the first column.  If some head is an or-pattern, expand each such row
  into one row per alternative and recurse (alternatives are "branches" whose usefulness
  we also track, to report unreachable alternatives).  Else *split* the column's head
  constructors against the type's constructors (constructor.py): this gives a small
  list of constructors that together cover the type and such that each is either fully
  inside or fully outside every head, plus the constructors absent from the column,
  which are all tried at once as the pseudo-constructor `Missing`.
- For each split constructor `c`, *specialize*: keep the rows whose head covers `c`,
  replacing the head by its fields (a wildcard head gives wildcard fields), recurse,
  then *unspecialize*: a row is useful if one of its specialized rows was, and each
  witness `(w1 … wk, rest…)` becomes `(c(w1 … wk), rest…)`; for `Missing`, each
  witness is extended once per missing constructor `m` with `m(_, …, _)` — or with a
  single `_` when the column is not the scrutinee and lists no constructor at all,
  which is why `(0, _)` over `(i32, i32)` reports `(i32::MIN..=-1_i32, _)`.

Relevancy (pure speed-up, but it also decides which witnesses rustc prints): when some
constructors are missing, specializing by a present constructor `c` can only tell us
something for rows whose head is `c`-specific, not for wildcard rows or the wildcard
row, which `Missing` already explores with fewer rows in the way.  Such rows are marked
irrelevant; the wildcard row reports no witnesses there, and a matrix where nothing is
relevant is skipped.  So `match (a, b) { (true, true) => … }` reports only `(false, _)`.

Redundancy explanation.  Each row records `intersects`: rows above it that match a
common value (found in the base case and mapped back up through the parent links).  For
an unreachable branch the useful, unguarded branches it intersects cover it; they label
the warning ("matches all the relevant values", "matches any value", …).

Validity and empty types.  A place read by value holds a valid value, so uninhabited
constructors (an enum variant with a `!`/empty-enum field) need no arm; behind a
reference data is not known valid and they must be matched, except at the top level
of a match on `!` or an empty enum.

Invariants: all rows have as many patterns as the matrix has places; column i's
patterns have place i's type; no head is an or-pattern when splitting; the witnesses
returned for a matrix have one pattern per place and, with the matrix, cover the type.

Worked example (bool pairs):

    match (a, b) { (true, _) => 1, (_, true) => 2 }

    [(true,_)] [(_,true)]      split (,): present {Single}            → specialize
      [true, _] [_, true]      split bool: present {true}, missing {false}
        true (irrelevant):  [_] (row 1)   [true] (row 2, irrelevant) → row 1 useful
        Missing: [true] (row 2)          split bool: present {true}, missing {false}
          true: [] → row 2 useful; Missing: no rows → witness ()
          witness (false) ; then Missing `false`  → (false, false)
    witness: `(false, false)` not covered.

Cost: linear in the number of rows times the number of split constructors per level,
which is exponential in the worst case (exhaustiveness is NP-complete: SAT encodes into
it) but small on real programs; integer splitting is O(k log k) per column.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from rustlet.pattern.constructor import (
    Constructor,
    Missing,
    NoConstructors,
    NonExhaustive,
    Or,
    TypeCx,
    Wildcard,
    is_covered_by,
    split,
)
from rustlet.pattern.lower import DeconstructedPat, PatLowerer
from rustlet.types import RefTy, Ty


@dataclass(slots=True)
class WitnessPat:
    """A pattern built by the algorithm to describe unmatched values."""

    ctor: Constructor
    fields: list[WitnessPat]
    ty: Ty


@dataclass(slots=True)
class MatchArm:
    pat: DeconstructedPat
    has_guard: bool


@dataclass(slots=True)
class Redundancy:
    """Why a branch is unreachable: the earlier useful patterns that cover it (sorted by
    source order); empty when the pattern matches no value at all (an empty type)."""

    covered_by: list[DeconstructedPat]


@dataclass(slots=True)
class ArmUsefulness:
    """`redundant` is set when the whole arm is unreachable; otherwise `redundant_alts`
    lists the or-pattern alternatives inside it that are."""

    redundant: Redundancy | None
    redundant_alts: list[tuple[DeconstructedPat, Redundancy]]


@dataclass(slots=True)
class UsefulnessReport:
    arms: list[ArmUsefulness]
    witnesses: list[WitnessPat]  # empty iff the match is exhaustive


@dataclass(slots=True)
class _Place:
    ty: Ty
    known_valid: bool
    is_scrutinee: bool


@dataclass(slots=True)
class _Row:
    pats: list[DeconstructedPat]
    under_guard: bool
    parent: int
    head_is_branch: bool
    relevant: bool = True
    useful: bool = False
    intersects: set[int] = field(default_factory=set)


@dataclass(slots=True)
class _Matrix:
    rows: list[_Row]
    places: list[_Place]
    wildcard_row_is_relevant: bool


@dataclass(slots=True)
class _BranchUsefulness:
    useful: bool = False
    covered_by: dict[int, DeconstructedPat] = field(default_factory=dict)  # uid → pattern


class _Usefulness:
    def __init__(self, tcx: TypeCx, lowerer: PatLowerer) -> None:
        self.tcx = tcx
        self.lowerer = lowerer
        self.branches: dict[int, _BranchUsefulness] = {}

    def compute(self, m: _Matrix) -> list[list[WitnessPat]]:
        """Witness tuples (one pattern per place) for the values no row matches; sets
        `useful`/`intersects` on the rows of `m` and records branch usefulness."""
        if not m.wildcard_row_is_relevant and not any(r.relevant for r in m.rows):
            return []
        if not m.places:
            useful = True
            for i, row in enumerate(m.rows):
                row.useful = useful
                row.intersects.update(range(i))
                useful = useful and row.under_guard
            return [[]] if useful and m.wildcard_row_is_relevant else []

        place = m.places[0]
        heads = [r.pats[0] for r in m.rows]
        split_ctors, missing = self._split_column(place, [h.ctor for h in heads])
        witnesses: list[list[WitnessPat]] = []
        for ctor in split_ctors:
            relevant = isinstance(ctor, Missing) or not missing
            spec = self._specialize(m, ctor, relevant)
            found = self.compute(spec)
            witnesses.extend(self._apply_constructor(found, place, ctor, missing))
            self._unspecialize(m, spec)

        for row in m.rows:
            head = row.pats[0]
            if row.head_is_branch and not head.synthetic:
                record = self.branches.setdefault(head.uid, _BranchUsefulness())
                record.useful |= row.useful
                for j in row.intersects:
                    other = m.rows[j]
                    if other.useful and not other.under_guard and not other.pats[0].synthetic:
                        record.covered_by[other.pats[0].uid] = other.pats[0]
        return witnesses

    def _split_column(self, place: _Place, ctors: list[Constructor]) -> tuple[list[Constructor], list[Constructor]]:
        """(constructors to specialize with, constructors to report as missing)."""
        if any(isinstance(c, Or) for c in ctors):
            return [Or()], []
        ctor_set = self.tcx.ctors_for_ty(place.ty)
        # `match x {}` on `!` or an empty enum is allowed even when `x` is behind a pointer.
        toplevel_exception = place.is_scrutinee and isinstance(ctor_set, NoConstructors)
        empty_arms_are_unreachable = place.known_valid and toplevel_exception
        can_omit_empty_arms = place.known_valid or toplevel_exception
        result = split(ctor_set, ctors)
        split_ctors = list(result.present)
        if result.missing or (result.missing_empty and not empty_arms_are_unreachable):
            split_ctors.append(Missing())
        missing = list(result.missing)
        if not can_omit_empty_arms:
            missing.extend(result.missing_empty)
        # Below the scrutinee, a column naming no constructor at all is reported as `_`.
        if missing and not (place.is_scrutinee or result.present):
            missing = [Wildcard()]
        elif any(isinstance(c, NonExhaustive) for c in missing):
            missing = [NonExhaustive()]
        return split_ctors, missing

    def _specialize(self, m: _Matrix, ctor: Constructor, ctor_is_relevant: bool) -> _Matrix:
        if isinstance(ctor, Or):
            rows = []
            for i, row in enumerate(m.rows):
                head = row.pats[0]
                alts = head.fields if isinstance(head.ctor, Or) else [head]
                for alt in alts:
                    rows.append(
                        _Row([alt] + row.pats[1:], row.under_guard, i, isinstance(head.ctor, Or), row.relevant)
                    )
            return _Matrix(rows, m.places, m.wildcard_row_is_relevant)

        place = m.places[0]
        field_tys = self.tcx.field_tys(ctor, place.ty)
        # Validity of `x: &T` does not imply validity of `*x`.
        valid = place.known_valid and not isinstance(place.ty, RefTy)
        places = [_Place(t, valid, False) for t in field_tys] + m.places[1:]
        rows = []
        for i, row in enumerate(m.rows):
            head = row.pats[0]
            if not is_covered_by(ctor, head.ctor):
                continue
            if isinstance(head.ctor, Wildcard):
                fields = [self.lowerer.wildcard(t, head.span) for t in field_tys]
            else:
                fields = head.fields
            relevant = row.relevant and (ctor_is_relevant or not isinstance(head.ctor, Wildcard))
            rows.append(_Row(fields + row.pats[1:], row.under_guard, i, False, relevant))
        return _Matrix(rows, places, m.wildcard_row_is_relevant and ctor_is_relevant)

    @staticmethod
    def _unspecialize(m: _Matrix, spec: _Matrix) -> None:
        for child in spec.rows:
            parent = m.rows[child.parent]
            parent.useful |= child.useful
            for j in child.intersects:
                other = spec.rows[j].parent
                if other != child.parent:  # or-alternatives of one row meet themselves
                    parent.intersects.add(other)

    def _apply_constructor(
        self, found: list[list[WitnessPat]], place: _Place, ctor: Constructor, missing: list[Constructor]
    ) -> list[list[WitnessPat]]:
        if not found or isinstance(ctor, Or):
            return found
        if isinstance(ctor, Missing):
            return [
                [self._wild_from_ctor(m, place.ty)] + witness for m in missing for witness in found
            ]
        arity = len(self.tcx.field_tys(ctor, place.ty))
        return [[WitnessPat(ctor, witness[:arity], place.ty)] + witness[arity:] for witness in found]

    def _wild_from_ctor(self, ctor: Constructor, ty: Ty) -> WitnessPat:
        fields = [WitnessPat(Wildcard(), [], t) for t in self.tcx.field_tys(ctor, ty)]
        return WitnessPat(ctor, fields, ty)

    def redundancy(self, pat: DeconstructedPat) -> Redundancy | None:
        record = self.branches.get(pat.uid)
        if record is None or record.useful:
            return None
        return Redundancy(sorted(record.covered_by.values(), key=lambda p: p.uid))


def compute_match_usefulness(
    tcx: TypeCx, lowerer: PatLowerer, arms: list[MatchArm], scrutinee_ty: Ty, known_valid: bool
) -> UsefulnessReport:
    """Usefulness of each arm (and of or-alternatives inside useful arms) and the
    witnesses of non-exhaustiveness of `match <scrutinee> { arms }`."""
    algo = _Usefulness(tcx, lowerer)
    rows = [_Row([arm.pat], arm.has_guard, i, True) for i, arm in enumerate(arms)]
    matrix = _Matrix(rows, [_Place(scrutinee_ty, known_valid, True)], True)
    witnesses = [w[0] for w in algo.compute(matrix)]

    reports = []
    for arm in arms:
        whole = algo.redundancy(arm.pat)
        alts: list[tuple[DeconstructedPat, Redundancy]] = []
        if whole is None:
            _collect_redundant_alternatives(algo, arm.pat, alts)
            alts.sort(key=lambda pr: (pr[0].span.file, pr[0].span.lo))
        reports.append(ArmUsefulness(whole, alts))
    return UsefulnessReport(reports, witnesses)


def _collect_redundant_alternatives(
    algo: _Usefulness, pat: DeconstructedPat, out: list[tuple[DeconstructedPat, Redundancy]]
) -> None:
    for sub in pat.fields:
        redundancy = algo.redundancy(sub) if isinstance(pat.ctor, Or) else None
        if redundancy is not None:
            out.append((sub, redundancy))
        else:
            _collect_redundant_alternatives(algo, sub, out)
