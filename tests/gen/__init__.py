"""Random well-typed Rustlet programs for differential testing (see generator.py)."""
from .generator import Choices, RandomChoices, generate_program
from .strategies import HypothesisChoices, programs

__all__ = ["Choices", "HypothesisChoices", "RandomChoices", "generate_program", "programs"]
