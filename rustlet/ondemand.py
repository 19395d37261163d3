"""The standard library's bodies, processed only when a program uses them.

A program uses a small part of std (hello world: ~15 of its ~900 function bodies),
but type-checking, building and borrow-checking all of them cost ~1.5 s per build.
So the driver has typeck check the user's bodies and defer std's (`typeck.check_crate`
with std in `deferred_crates`); MIR building and borrowck then see only the user's
bodies; and `bodies_on_demand` puts a `BodiesOnDemand` in place of
`mir.Program.bodies`, where a std body is type-checked, built and has its drops
elaborated (BUILT → BORROWCK, as codegen needs, after the same constant promotion as
borrowck's; std is trusted, so borrowck's checks are skipped) the first time mono or
codegen looks it up.  Whole-program passes that iterate the bodies (`--emit=mir`, the
validator) still see them all: iterating produces every deferred body first.

std's type errors, if any, would surface when a body is produced, during mono; its
borrowck errors not at all: tests/test_stdcache.py checks all of std eagerly (typeck,
MIR, borrowck) once.
Cost: per used body, what the eager pipeline spent on it; nothing for unused ones.
"""
from __future__ import annotations

from collections.abc import Callable, ItemsView, Iterator, KeysView, ValuesView

from rustlet import thir
from rustlet.diagnostics import DiagnosticSink
from rustlet.mir import syntax as mir
from rustlet.typeck import DeferredBodies
from rustlet.types import DefId


class BodiesOnDemand(dict[DefId, mir.Body]):
    """`mir.Program.bodies` whose deferred entries are produced on first access by
    `produce(def_id)` (None: that definition has no body).  Iterating, `len` and the
    views produce every deferred body first, so whole-program passes (`--emit=mir`, the
    validator) still see them all; lookups produce only what they ask for."""

    def __init__(self, built: dict[DefId, mir.Body], produce: Callable[[DefId], mir.Body | None],
                 produce_all: Callable[[], Iterator[DefId]]) -> None:
        super().__init__(dict.items(built))  # dict's own view: never produces `built`'s deferred bodies
        self._produce = produce
        self._produce_all = produce_all  # every def_id with a body once all deferred work is done

    def _lookup(self, def_id: DefId) -> mir.Body | None:
        if dict.__contains__(self, def_id):
            return dict.__getitem__(self, def_id)
        body = self._produce(def_id)
        if body is not None:
            dict.__setitem__(self, def_id, body)
        return body

    def __missing__(self, def_id: DefId) -> mir.Body:
        body = self._lookup(def_id)
        if body is None:
            raise KeyError(def_id)
        return body

    def get(self, def_id: DefId, default: mir.Body | None = None) -> mir.Body | None:  # type: ignore[override]
        body = self._lookup(def_id)
        return default if body is None else body

    def __contains__(self, def_id: object) -> bool:
        return dict.__contains__(self, def_id) or self._lookup(def_id) is not None  # type: ignore[arg-type]

    def _produce_everything(self) -> None:
        for def_id in list(self._produce_all()):
            self._lookup(def_id)

    def __iter__(self) -> Iterator[DefId]:
        self._produce_everything()
        return super().__iter__()

    def __len__(self) -> int:
        self._produce_everything()
        return super().__len__()

    def keys(self) -> KeysView[DefId]:  # type: ignore[override]
        self._produce_everything()
        return super().keys()

    def values(self) -> ValuesView[mir.Body]:  # type: ignore[override]
        self._produce_everything()
        return super().values()

    def items(self) -> ItemsView[DefId, mir.Body]:  # type: ignore[override]
        self._produce_everything()
        return super().items()


def bodies_on_demand(mir_program: mir.Program, deferred: DeferredBodies, sink: DiagnosticSink) -> BodiesOnDemand:
    """`mir_program.bodies` (the user's, built and borrow-checked) extended with the
    deferred std bodies, each type-checked, built and drop-elaborated when first asked for."""
    from rustlet import borrowck
    from rustlet.borrowck.regions import SlotCounter
    from rustlet.mir import build

    program = mir_program.thir
    assert isinstance(program, thir.Program)
    slots = SlotCounter(program)  # the program facts (ADTs with a `Drop` impl) every body shares

    def produce(def_id: DefId) -> mir.Body | None:
        fn = program.fns.get(def_id)
        if fn is None:
            return None
        deferred.ensure(def_id)
        if fn.body is None:
            return None
        body = build.build_fn_body(program, fn, sink)
        borrowck.elaborate_trusted_body(body, program, slots)
        return body

    def every_body() -> Iterator[DefId]:
        deferred.ensure_all()
        return (def_id for def_id, fn in program.fns.items() if fn.body is not None)

    return BodiesOnDemand(mir_program.bodies, produce, every_body)
