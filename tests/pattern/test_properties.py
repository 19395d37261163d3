"""Random matches over a small type, `(Option<bool>, u8)`, checked against brute force:
the checker reports E0004 iff some value is matched by no arm, and warns that an arm is
unreachable iff every value it matches is matched by an earlier arm."""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from rustlet import thir
from rustlet.diagnostics import Level
from rustlet.types import BOOL, U8, TupleTy
from tests.pattern.builders import Builder

VALUES = [(o, n) for o in (None, False, True) for n in range(256)]

# A pattern shape: ("wild",) | ("none",) | ("some", b | None) for the option;
# ("wild",) | ("const", n) | ("range", lo, hi) | ("or", [...]) for the u8.
option_shape = st.one_of(
    st.just(("wild",)), st.just(("none",)), st.tuples(st.just("some"), st.sampled_from([None, False, True]))
)
u8_leaf = st.one_of(
    st.just(("wild",)),
    st.tuples(st.just("const"), st.integers(0, 255)),
    st.tuples(st.just("range"), st.integers(0, 255), st.integers(0, 255)).map(
        lambda t: ("range", min(t[1], t[2]), max(t[1], t[2]))
    ),
)
u8_shape = st.one_of(u8_leaf, st.tuples(st.just("or"), st.lists(u8_leaf, min_size=2, max_size=3)))
arm_shape = st.tuples(option_shape, u8_shape)


def matches_option(shape, value) -> bool:
    if shape[0] == "wild":
        return True
    if shape[0] == "none":
        return value is None
    return value is not None and (shape[1] is None or shape[1] == value)


def matches_u8(shape, n: int) -> bool:
    kind = shape[0]
    if kind == "wild":
        return True
    if kind == "const":
        return n == shape[1]
    if kind == "range":
        return shape[1] <= n <= shape[2]
    return any(matches_u8(s, n) for s in shape[1])


def build_option(b: Builder, shape) -> thir.Pat:
    ty = b.option_ty(BOOL)
    if shape[0] == "wild":
        return b.wild(ty)
    if shape[0] == "none":
        return b.variant(ty, "None")
    return b.variant(ty, "Some", b.wild(BOOL) if shape[1] is None else b.const(BOOL, shape[1]))


def build_u8(b: Builder, shape) -> thir.Pat:
    kind = shape[0]
    if kind == "wild":
        return b.wild(U8)
    if kind == "const":
        return b.const(U8, shape[1])
    if kind == "range":
        return b.range(U8, shape[1], shape[2])
    return b.or_(U8, *[build_u8(b, s) for s in shape[1]])


@settings(max_examples=150, deadline=None)
@given(st.lists(arm_shape, min_size=0, max_size=5))
def test_exhaustiveness_and_reachability_agree_with_brute_force(arms) -> None:
    b = Builder()
    ty = TupleTy((b.option_ty(BOOL), U8))
    pats = [b.leaf(ty, build_option(b, o), build_u8(b, n)) for o, n in arms]
    diags = b.check(b.match(ty, *pats))

    def arm_matches(i: int, value) -> bool:
        return matches_option(arms[i][0], value[0]) and matches_u8(arms[i][1], value[1])

    exhaustive = all(any(arm_matches(i, v) for i in range(len(arms))) for v in VALUES)
    errors = [d for d in diags if d.level is Level.ERROR]
    assert (errors == []) == exhaustive

    unreachable_spans = {d.span for d in diags if d.message == "unreachable pattern"}
    for i, pat in enumerate(pats):
        reachable = any(arm_matches(i, v) and not any(arm_matches(j, v) for j in range(i)) for v in VALUES)
        if not reachable:
            assert pat.span in unreachable_spans, f"arm {i} should be reported unreachable"
        else:
            assert pat.span not in unreachable_spans, f"arm {i} is reachable"
