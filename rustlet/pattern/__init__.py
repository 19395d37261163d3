"""Pattern checking (rustc_pattern_analysis + check_match): exhaustiveness of `match`
(E0004), irrefutability of `let` and parameters (E0005), unreachable-pattern and
irrefutable-`let` warnings.

    constructor.py  constructors, constructor sets, integer range splitting, types
    lower.py        thir.Pat → deconstructed patterns
    usefulness.py   the usefulness algorithm (essay at its top)
    witness.py      printing witnesses as rustc does
    check.py        walking the program's bodies and building diagnostics
"""
from rustlet.pattern.check import check_program

__all__ = ["check_program"]
