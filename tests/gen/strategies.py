"""Hypothesis strategies over the program generator.

Every choice the generator makes is one hypothesis draw, so hypothesis shrinks a
failing program by shrinking its choices toward the first alternative of each
(fewer items, literals instead of compound expressions, shorter loops).
"""
from __future__ import annotations

from hypothesis import strategies as st

from .generator import generate_program


class HypothesisChoices:
    """Choices drawn from a hypothesis `draw` function."""

    def __init__(self, draw: st.DrawFn) -> None:
        self.draw = draw

    def integer(self, lo: int, hi: int) -> int:
        return self.draw(st.integers(lo, hi))

    def floating(self) -> float:
        return self.draw(st.floats(-1e6, 1e6, allow_nan=False, allow_infinity=False))


@st.composite
def programs(draw: st.DrawFn) -> str:
    """The source text of one generated program."""
    return generate_program(HypothesisChoices(draw))
