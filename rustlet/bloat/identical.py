"""Functions whose machine code is identical: what identical-code folding would save.

    identical_groups(functions, starts) -> [[key, ...], ...]    groups of two or more

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

Equal bytes are not enough on their own: two functions at A and B whose bytes are
equal call targets B - A apart. So each `call`/`jmp rel32` (E8/E9) in the code
whose displacement reaches a function start is checked too: the two targets must be
the same function, or functions already known to be identical.

That last clause makes the grouping iterative, like a linker's ICF: `pick::<[u8; 4]>`
and `pick::<[i8; 4]>` differ only in calling `len::<u8>` vs `len::<i8>`; once
those are grouped, a second round groups their callers. Rounds repeat until no group
changes (a call of a function to itself counts as the same target). Within a round,
functions are compared against the first member of each group of the same size.

Deliberate imprecision: instructions are never decoded, so a RIP-relative data
reference inside *equal* bytes is not recognized: f reading constant c and g reading
c + (B - A) would pass as identical. Constants are shared between instances of one
generic (string literals and panic locations are one global per value), so this
needs two different constants spaced exactly as the two functions are.
"""
from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Hashable, Iterable, Sequence
from dataclasses import dataclass

_DIFFERING_RUN = re.compile(rb"[^\x00]+")
_MAX_ROUNDS = 8


@dataclass(frozen=True, slots=True)
class Code:
    key: Hashable
    addr: int
    data: bytes


class _Targets:
    """Where a rel32 field leads: the same function for both, up to known groups."""

    def __init__(self, starts: set[int], canon: dict[int, int]) -> None:
        self.starts = starts
        self.canon = canon  # function start → start of its group's first member
        self.call_sites: dict[int, list[tuple[int, int]]] = {}

    def same(self, f: Code, target_f: int, g: Code, target_g: int) -> bool:
        if target_f == f.addr and target_g == g.addr:  # recursion
            return True
        return self.canon.get(target_f, target_f) == self.canon.get(target_g, target_g)

    def calls(self, f: Code) -> list[tuple[int, int]]:
        """(offset, target) of each E8/E9 rel32 in f that reaches a function start."""
        found = self.call_sites.get(f.addr)
        if found is None:
            found = []
            data, n = f.data, len(f.data)
            for opcode in (b"\xe8", b"\xe9"):
                p = data.find(opcode)
                while 0 <= p <= n - 5:
                    target = f.addr + p + 5 + int.from_bytes(data[p + 1:p + 5], "little", signed=True)
                    if target in self.starts:
                        found.append((p, target))
                    p = data.find(opcode, p + 1)
            self.call_sites[f.addr] = found
        return found

    def calls_agree(self, f: Code, g: Code) -> bool:
        """Every call of f reaches the same function (or an identical one) as the
        rel32 at the same place in g."""
        return all(self.same(f, target, g, g.addr + p + 5 + int.from_bytes(g.data[p + 1:p + 5], "little", signed=True))
                   for p, target in self.calls(f))


def same_code(f: Code, g: Code, targets: _Targets | None = None) -> bool:
    """Equal bytes up to PC-relative displacements that reach the same address (or
    functions known to be identical)."""
    targets = targets or _Targets(set(), {})
    if len(f.data) != len(g.data):
        return False
    if f.addr == g.addr:
        return f.data == g.data
    if not targets.calls_agree(f, g):
        return False
    if f.data == g.data:
        return True
    n = len(f.data)
    diff = (int.from_bytes(f.data, "little") ^ int.from_bytes(g.data, "little")).to_bytes(n, "little")
    for run in _DIFFERING_RUN.finditer(diff):
        start, end = run.span()
        if end - start > 4 or not any(_window_agrees(f, g, q, targets)
                                      for q in range(max(0, end - 4), min(start, n - 4) + 1)):
            return False
    return True


def _window_agrees(f: Code, g: Code, q: int, targets: _Targets) -> bool:
    rel_f = int.from_bytes(f.data[q:q + 4], "little", signed=True)
    rel_g = int.from_bytes(g.data[q:q + 4], "little", signed=True)
    if f.addr + rel_f == g.addr + rel_g:  # the same absolute address, wherever the instruction ends
        return True
    # a displacement ending the instruction (call, jmp, jcc) to two functions of one group
    return targets.same(f, f.addr + q + 4 + rel_f, g, g.addr + q + 4 + rel_g)


def identical_groups(functions: Sequence[Code], starts: Iterable[int] = ()) -> list[list[Hashable]]:
    """Groups (two or more members, in input order) of functions with the same code.
    `starts`: the start addresses of all functions in the section (call targets)."""
    targets = _Targets(set(starts) | {code.addr for code in functions}, {})
    # groups only grow from round to round, so a round compares each group's first
    # member (members equal to it stay equal to it as more callees are grouped)
    units: list[list[Code]] = [[code] for code in functions]
    for _ in range(_MAX_ROUNDS):
        by_size: dict[int, list[list[Code]]] = defaultdict(list)
        for unit in units:
            candidates = by_size[len(unit[0].data)]
            for group in candidates:
                if same_code(group[0], unit[0], targets):
                    group.extend(unit)
                    break
            else:
                candidates.append(list(unit))
        merged = [group for candidates in by_size.values() for group in candidates]
        if len(merged) == len(units):
            break
        units = merged
        targets.canon = {member.addr: group[0].addr for group in units if len(group) > 1 for member in group}
    order = {code.key: i for i, code in enumerate(functions)}
    result = [sorted((code.key for code in group), key=order.__getitem__) for group in units if len(group) > 1]
    result.sort(key=lambda keys: order[keys[0]])
    return result
