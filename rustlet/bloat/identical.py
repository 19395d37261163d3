"""Functions whose machine code is identical: what identical-code folding would save.

    identical_groups(functions) -> [[key, ...], ...]    groups of two or more

Two copies of a generic function compiled for `u32` and `i32` are often the same
instructions, but their bytes in the linked executable still differ wherever an
instruction holds a PC-relative displacement (`call rel32`, `jmp rel32`,
`lea rax, [rip + disp32]`): the displacement is relative to the instruction's own
address, so a call from two places to one callee is encoded differently.  The
linker's identical-code folding compares code *before* those fields are filled in;
here the executable is all there is, so the comparison undoes them instead:

    f at address A and g at address B (same size) are identical iff their bytes are
    equal except in runs of at most 4 differing bytes, each covered by a 4-byte
    window at offset q where  A + int32(f[q:q+4]) == B + int32(g[q:q+4])

i.e. both displacements reach the same absolute address (the end of the instruction
is at the same offset in both, so it cancels out).  No decoding is needed, and a
chance match of unrelated bytes is a 4-byte coincidence at an already-differing
position.  Intra-function jumps use displacements relative to the function, so they
are equal bytes and need nothing.

Candidates are bucketed by size and exact bytes first (exact duplicates need no
comparison); the remaining representatives of a size are compared pairwise against
each group's first member.
"""
from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Hashable, Sequence
from dataclasses import dataclass

_DIFFERING_RUN = re.compile(rb"[^\x00]+")


@dataclass(frozen=True, slots=True)
class Code:
    key: Hashable
    addr: int
    data: bytes


def same_code(f: Code, g: Code) -> bool:
    """Equal bytes up to PC-relative displacements that reach the same address."""
    if len(f.data) != len(g.data):
        return False
    if f.data == g.data:
        return True
    n = len(f.data)
    diff = (int.from_bytes(f.data, "little") ^ int.from_bytes(g.data, "little")).to_bytes(n, "little")
    for run in _DIFFERING_RUN.finditer(diff):
        start, end = run.span()
        if end - start > 4 or not any(
                f.addr + int.from_bytes(f.data[q:q + 4], "little", signed=True)
                == g.addr + int.from_bytes(g.data[q:q + 4], "little", signed=True)
                for q in range(max(0, end - 4), min(start, n - 4) + 1)):
            return False
    return True


def identical_groups(functions: Sequence[Code]) -> list[list[Hashable]]:
    """Groups (two or more members, in input order) of functions with the same code."""
    exact: dict[bytes, list[Code]] = defaultdict(list)
    for code in functions:
        exact[code.data].append(code)
    by_size: dict[int, list[list[Code]]] = defaultdict(list)
    for members in exact.values():
        groups = by_size[len(members[0].data)]
        for group in groups:
            if same_code(group[0], members[0]):
                group.extend(members)
                break
        else:
            groups.append(list(members))
    order = {code.key: i for i, code in enumerate(functions)}
    result = [sorted((c.key for c in group), key=order.__getitem__)
              for groups in by_size.values() for group in groups if len(group) > 1]
    result.sort(key=lambda keys: order[keys[0]])
    return result
