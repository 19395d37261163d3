"""The standard library, parsed once and cached on disk (its bodies: rustlet/ondemand.py).

Every build compiles the user's crate beside crate `std` (stdlib/, thousands of lines),
whose parse alone took ~0.4 s of CPU per run, and the compiler's own modules, whose
compilation to bytecode took ~0.3 s when Python may not cache it.  Both depend only on
sources that rarely change, so:

1. **The parse is cached.**  `parse_std_crate` pickles the parsed `ast.Crate` in the
   cache directory, under a key that changes whenever anything the parse could depend
   on changes: the Python version, the stdlib directory's path, every file under it
   (path and bytes) and every source file of the compiler package (path and bytes).
   A hit is one `pickle.load`; a miss parses and writes the entry atomically (temp
   file + rename), so concurrent compilers never see half an entry.  A cache that
   cannot be read or written is skipped silently: the parse is just done again.
   Two invariants make a cached tree interchangeable with a fresh parse:
   - spans index the SourceMap's files, so the entry holds std's files in the order
     the parser registered them and they are re-registered in that order, as the
     first files of an empty SourceMap (otherwise the cache is not used);
   - node ids must stay unique per program (they are `LocalId`s), so the global
     counter `ast._next_node_id` is moved past the largest id in the cached tree
     before the user's crate is parsed.
2. **Bytecode.**  When the environment forbids writing `__pycache__` beside the sources
   (PYTHONDONTWRITEBYTECODE), the compiler's own modules would be recompiled from
   source on every run (~0.3 s); `enable_bytecode_cache` keeps their bytecode under
   the cache directory instead (`sys.pycache_prefix`), never beside the sources.

Cache directory: `$XDG_CACHE_HOME/rustlet`, else `~/.cache/rustlet`.  Entries are named
`std-ast-<key>.pickle`; writing one removes all but the newest few others.
Cost: the key hashes the stdlib and compiler sources (~2 MB, a few ms); a hit costs
one unpickling, with the cyclic GC paused (it would otherwise rescan the growing tree).
"""
from __future__ import annotations

import gc
import hashlib
import io
import itertools
import os
import pickle
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import rustlet
from rustlet.source import SourceMap, Span

if TYPE_CHECKING:
    from rustlet import ast

_ENTRY_PREFIX = "std-ast-"
_ENTRIES_KEPT = 4  # older entries (other compiler or stdlib versions) are removed


@dataclass(slots=True)
class StdAstEntry:
    """One cache entry: std's source files in SourceMap order, its tree, and the node-id
    counter's value after parsing it."""

    files: list[tuple[str, str]]
    crate: ast.Crate
    next_node_id: int


def default_cache_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "rustlet"


def cache_key(stdlib_dir: Path) -> str:
    """A hash of everything the parsed std depends on (see the module docstring)."""
    digest = hashlib.sha256()
    digest.update(sys.version.encode())
    digest.update(str(stdlib_dir.resolve()).encode())
    compiler_dir = Path(rustlet.__file__).resolve().parent
    for root, pattern in ((stdlib_dir, "*"), (compiler_dir, "*.py")):
        for path in sorted(root.rglob(pattern)):
            if not path.is_file() or "__pycache__" in path.parts:
                continue
            digest.update(str(path.relative_to(root)).encode() + b"\0")
            digest.update(path.read_bytes())
            digest.update(b"\0")
    return digest.hexdigest()[:32]


def parse_std_crate(source_map: SourceMap, stdlib_dir: Path, cache_dir: Path | None) -> ast.Crate:
    """std's `ast.Crate`, from the cache when possible (`cache_dir` None: no cache)."""
    from rustlet import syntax

    root_file = str(stdlib_dir / "lib.rl")
    if cache_dir is None or source_map.files:
        return syntax.parse_crate(source_map, root_file, "std")
    entry_path = cache_dir / f"{_ENTRY_PREFIX}{cache_key(stdlib_dir)}.pickle"
    entry = _read_entry(entry_path)
    if entry is not None:
        for path, text in entry.files:
            source_map.add_file(path, text)
        _advance_node_ids(entry.next_node_id)
        return entry.crate
    crate = syntax.parse_crate(source_map, root_file, "std")
    files = [(file.path, file.text) for file in source_map.files]
    _write_entry(entry_path, StdAstEntry(files, crate, _peek_next_node_id()))
    return crate


def _read_entry(path: Path) -> StdAstEntry | None:
    try:
        with path.open("rb") as file:
            data = file.read()
    except OSError:
        return None
    paused = gc.isenabled()
    gc.disable()
    try:
        entry = pickle.loads(data)
    except Exception:  # a truncated or foreign file is a miss; the next write replaces it
        return None
    finally:
        if paused:
            gc.enable()
    return entry if isinstance(entry, StdAstEntry) else None


def _write_entry(path: Path, entry: StdAstEntry) -> None:
    try:
        buffer = io.BytesIO()
        pickler = pickle.Pickler(buffer, protocol=pickle.HIGHEST_PROTOCOL)
        # Spans by constructor: a frozen dataclass's default unpickling looks up its
        # fields once per object, which made loading the tree ~40% slower.
        pickler.dispatch_table = {Span: _reduce_span}
        pickler.dump(entry)
        data = buffer.getvalue()
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, temp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-")
        try:
            with os.fdopen(fd, "wb") as file:
                file.write(data)
            os.replace(temp, path)
        except BaseException:
            os.unlink(temp)
            raise
        _prune_entries(path.parent)
    except (OSError, RecursionError, pickle.PicklingError):
        return  # an unwritable cache only costs the next run a parse


def _reduce_span(span: Span) -> tuple[type[Span], tuple[int, int, int]]:
    return Span, (span.file, span.lo, span.hi)


def _prune_entries(cache_dir: Path) -> None:
    entries = sorted(cache_dir.glob(f"{_ENTRY_PREFIX}*.pickle"), key=lambda p: p.stat().st_mtime, reverse=True)
    for old in entries[_ENTRIES_KEPT:]:
        old.unlink(missing_ok=True)


def _peek_next_node_id() -> int:
    from rustlet import ast

    value = next(ast._next_node_id)
    ast._next_node_id = itertools.count(value)
    return value


def _advance_node_ids(past: int) -> None:
    """Fresh node ids from now on are ≥ `past` (and never go backwards)."""
    from rustlet import ast

    ast._next_node_id = itertools.count(max(past, _peek_next_node_id()))


def enable_bytecode_cache(cache_dir: Path) -> None:
    """Keep the compiler's bytecode under `cache_dir` when the environment forbids
    writing it beside the sources (see the module docstring)."""
    if sys.dont_write_bytecode and sys.pycache_prefix is None:
        sys.pycache_prefix = str(cache_dir / "pycache")
        sys.dont_write_bytecode = False
