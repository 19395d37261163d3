"""Symbol names: Rust's legacy mangling, so gdb, perf and c++filt show Rust paths.

    main::geometry::area::<f64>  →  _ZN4main8geometry4area17h<16 hex>E

A symbol is `_ZN`, then each path segment as `<length><bytes>`, then the segment
`17h` + a 16-digit hash, then `E` (Itanium nested-name syntax, which is why C++
demanglers read it).  Characters outside `[A-Za-z0-9_]` are escaped as rustc's
legacy mangler does (`<` → `$LT$`, `::` inside a segment → `..`, space → `$u20$`,
`{` → `$u7b$`), and a segment that does not start like an identifier gets a `_`.
The hash covers the full def path and the type arguments (their `repr`, which
includes DefIds), so two instances of one generic function never collide; it is
deterministic (blake2b), so symbol names are stable from one build to the next.
"""
from __future__ import annotations

import hashlib

from rustlet.types import Ty

_ESCAPES = {"@": "$SP$", "*": "$BP$", "&": "$RF$", "<": "$LT$", ">": "$GT$", "(": "$LP$", ")": "$RP$",
            ",": "$C$", ":": ".", "-": "."}


def split_path(path: str) -> list[str]:
    """`<main::P as core::fmt::Display>::fmt` → [`<main::P as core::fmt::Display>`, `fmt`]:
    split at `::` outside angle brackets."""
    segments: list[str] = []
    depth = 0
    start = 0
    i = 0
    while i < len(path):
        c = path[i]
        if c == "<":
            depth += 1
        elif c == ">":
            depth -= 1
        elif depth == 0 and path.startswith("::", i):
            segments.append(path[start:i])
            start = i + 2
            i += 2
            continue
        i += 1
    segments.append(path[start:])
    return [s for s in segments if s]


def escape_segment(segment: str) -> str:
    out = []
    for c in segment:
        if c.isascii() and (c.isalnum() or c in "_.$"):
            out.append(c)
        else:
            out.append(_ESCAPES.get(c, f"$u{ord(c):x}$"))
    escaped = "".join(out)
    if not (escaped[:1].isalpha() or escaped[:1] == "_"):
        escaped = "_" + escaped
    return escaped


def symbol_hash(path: str, args: tuple[Ty, ...], extra: str = "") -> str:
    digest = hashlib.blake2b(f"{path}|{args!r}|{extra}".encode(), digest_size=8)
    return "h" + digest.hexdigest()


def mangle(path: str, args: tuple[Ty, ...] = (), extra: str = "") -> str:
    """Legacy-mangled symbol for the item at `path` instantiated with `args`."""
    parts = [escape_segment(s) for s in split_path(path)]
    parts.append(symbol_hash(path, args, extra))
    return "_ZN" + "".join(f"{len(p.encode())}{p}" for p in parts) + "E"
