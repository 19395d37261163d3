"""An on-disk cache for SLY's LALR tables.

SLY builds its LALR tables every time a `Parser` subclass is created: for the Rust
grammar (≈600 productions, ≈1,100 states) that takes seconds.  SLY 0.5 cannot
pickle its tables (they hold rule functions), but `Parser.parse()` needs only four
things: the action table, the goto table, the defaulted states and the production
list (name, length, rule function).  The production list is cheap to rebuild from
the class body, so only the three tables are cached, with `marshal`, in
`$XDG_CACHE_HOME/rustlet/` (or `~/.cache/rustlet/`), keyed by a hash of everything
that determines them: every production (in order, with its precedence), the
precedence table, the token set and the SLY version.  Changing one grammar rule
changes the key, so a stale table is never used.  When the cache directory is not
writable the tables are simply rebuilt each time.

The class also replaces SLY's `parse()` loop with a smaller one: no error recovery
(the compiler stops at the first syntax error, which `error()` raises), and
positions that skip empty productions — SLY gives a nonterminal the position of its
first symbol even when that symbol is an empty production (`attrs`, `vis`), which
loses the span of `fn f() {}` behind its empty attribute list.  Here a
nonterminal spans from its first positioned symbol to its last.

This relies on SLY internals (`_Parser__build_grammar`, `_grammar.Productions`,
`_lrtable`, `YaccProduction`), which is why the project pins `sly==0.5`.
"""
from __future__ import annotations

import hashlib
import marshal
import os
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterator

import sly
from sly.yacc import LRTable, Parser, YaccError, YaccProduction, YaccSymbol

CACHE_FORMAT = 1


@dataclass(slots=True)
class CachedTables:
    """Stands in for SLY's LRTable when the tables come from the cache."""

    lr_action: dict[int, dict[str, int]]
    lr_goto: dict[int, dict[str, int]]
    defaulted_states: dict[int, int]
    sr_conflicts: list[Any] = field(default_factory=list)
    rr_conflicts: list[Any] = field(default_factory=list)
    from_cache: bool = True


class QuietLogger:
    """Keeps SLY's grammar warnings (unused tokens, conflict counts) off stderr; the
    parser's tests check the conflict count instead."""

    def __init__(self) -> None:
        self.messages: list[str] = []

    def _record(self, msg: str, *args: object, **kwargs: object) -> None:
        self.messages.append(msg % args if args else msg)

    debug = info = warning = error = critical = _record


def cache_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "rustlet"


def grammar_key(cls: type[Parser]) -> str:
    """A hash of everything the LALR tables depend on."""
    h = hashlib.sha256()
    h.update(f"sly={sly.__version__};format={CACHE_FORMAT}\n".encode())
    h.update(repr(sorted(cls.tokens)).encode())
    h.update(repr(getattr(cls, "precedence", ())).encode())
    h.update(repr(getattr(cls, "start", None)).encode())
    for prod in cls._grammar.Productions:
        h.update(f"{prod.name}->{' '.join(prod.prod)} %{prod.prec}\n".encode())
    return h.hexdigest()[:32]


class CachedParser(Parser):
    """A SLY parser whose LALR tables are cached on disk (see the module docstring)."""

    log = QuietLogger()

    @classmethod
    def _build(cls, definitions: list[tuple[str, Any]]) -> None:
        if "_build" in vars(cls):
            return  # CachedParser itself has no grammar
        rules = [(name, value) for name, value in definitions if callable(value) and hasattr(value, "rules")]
        if not cls._Parser__validate_specification():  # type: ignore[attr-defined]
            raise YaccError("Invalid parser specification")
        cls._Parser__build_grammar(rules)  # type: ignore[attr-defined]
        key = grammar_key(cls)
        cls.table_key = key
        path = cache_dir() / f"parser-{cls.__name__}-{key}.marshal"
        cached = _load(path)
        if cached is not None:
            cls._lrtable = cached
            return
        table = LRTable(cls._grammar)
        cls._lrtable = table
        _save(path, table)


    def parse(self, tokens: Iterator[Any]) -> Any:
        """Run the LALR automaton over `tokens`; `error(token)` must raise."""
        actions = self._lrtable.lr_action
        goto = self._lrtable.lr_goto
        defaulted = self._lrtable.defaulted_states
        productions = self._grammar.Productions
        pslice = YaccProduction(None)
        bottom = YaccSymbol()
        bottom.type = "$end"
        bottom.index = bottom.end = None
        statestack = [0]
        symstack: list[Any] = [bottom]
        pslice._stack = symstack
        self.statestack = statestack
        self.symstack = symstack
        state = 0
        lookahead: Any = None
        while True:
            if state in defaulted:
                t = defaulted[state]
            else:
                if lookahead is None:
                    lookahead = next(tokens, None)
                    if lookahead is None:
                        lookahead = YaccSymbol()
                        lookahead.type = "$end"
                        lookahead.index = lookahead.end = None
                t = actions[state].get(lookahead.type)
            if t is None:
                self.state = state
                self.error(None if lookahead.type == "$end" else lookahead)
                raise YaccError("error() must raise")
            if t > 0:
                statestack.append(t)
                symstack.append(lookahead)
                state = t
                lookahead = None
                continue
            if t == 0:
                return symstack[-1].value
            prod = productions[-t]
            length = prod.len
            pslice._namemap = prod.namemap
            pslice._slice = symstack[-length:] if length else []
            self.state = state
            value = prod.func(self, pslice)
            sym = YaccSymbol()
            sym.type = prod.name
            sym.value = value
            sym.index = sym.end = None
            if length:
                for s in pslice._slice:
                    if s.index is not None:
                        sym.index = s.index
                        break
                for s in reversed(pslice._slice):
                    if s.end is not None:
                        sym.end = s.end
                        break
                del symstack[-length:]
                del statestack[-length:]
            symstack.append(sym)
            state = goto[statestack[-1]][prod.name]
            statestack.append(state)


def _load(path: Path) -> CachedTables | None:
    try:
        data = marshal.loads(path.read_bytes())
        action, goto, defaulted, n_sr, n_rr = data
    except (OSError, ValueError, EOFError, TypeError):
        return None
    return CachedTables(action, goto, defaulted, [None] * n_sr, [None] * n_rr)


def _save(path: Path, table: LRTable) -> None:
    data = marshal.dumps((table.lr_action, table.lr_goto, table.defaulted_states,
                          len(table.sr_conflicts), len(table.rr_conflicts)))
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".parser-")
        with os.fdopen(fd, "wb") as f:
            f.write(data)
        os.replace(tmp, path)  # atomic: concurrent compilers never see half a file
    except OSError:
        pass  # not writable: build the tables again next time
