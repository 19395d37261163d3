"""What monomorphization hands to codegen: the mono items and why each exists.

A *mono item* is one piece of machine code the program needs:
- `FnInstance(def_id, args)`: a function body with its generic parameters replaced
  by `args` (after trait-method resolution, so `def_id` always has a body);
- `DropGlue(ty)`: the code that drops a value of `ty` (calls `Drop::drop`, then
  drops the fields, as rustc's `drop_in_place::<ty>` shim);
- `FmtGlue(ty, trait)`: the code that formats a `&ty` with one formatting trait
  (`{}` / `{:?}` / `{:x}` …) into the runtime's RlBuf.

`MonoItems` keeps them in discovery order with, for each, the `Requester` that first
asked for it (the requesting item and the span of the call, drop or format
argument), the symbol name of each item, and the resolver that maps a function
item `(def_id, args)` as written in MIR to the instance that implements it.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from rustlet.ast import FormatTrait
from rustlet.source import Span
from rustlet.types import DefId, Ty


@dataclass(frozen=True, slots=True)
class FnInstance:
    def_id: DefId
    args: tuple[Ty, ...] = ()


@dataclass(frozen=True, slots=True)
class DropGlue:
    ty: Ty


@dataclass(frozen=True, slots=True)
class FmtGlue:
    ty: Ty
    trait: FormatTrait


MonoItem = FnInstance | DropGlue | FmtGlue


@dataclass(frozen=True, slots=True)
class Requester:
    """Who first required an item: None for the roots (`main`)."""

    item: MonoItem | None
    span: Span | None


@dataclass(slots=True)
class MonoItems:
    items: list[MonoItem]  # discovery order: main first
    requested_by: dict[MonoItem, Requester]
    symbols: dict[MonoItem, str]
    names: dict[MonoItem, str]  # human-readable (`fn main::sum::<i32>`), for reports
    entry: FnInstance | None  # the user's `main` instance (called by `__rustlet_main`)
    statics: list[DefId]
    # `<R as Termination>::report` when `main` returns R ≠ `()` (its result is the exit status)
    entry_report: FnInstance | None = None
    # the trait resolver (rustlet.mono.resolve.Resolver); typed loosely so this
    # module stays a declaration of data
    resolver: object = field(repr=False, default=None)

    def resolve_fn(self, def_id: DefId, args: tuple[Ty, ...]) -> FnInstance:
        """The instance implementing function item `def_id::<args>` (args monomorphic)."""
        return self.resolver.resolve_fn(def_id, args)  # type: ignore[union-attr]

    def const_value(self, def_id: DefId, args: tuple[Ty, ...], span: Span | None) -> object:
        """The value of the generic constant `def_id::<args>` (args monomorphic): the
        selected impl's constant, evaluated for these arguments."""
        return self.resolver.const_value(def_id, args, span)  # type: ignore[union-attr]

    def monomorphize(self, ty: Ty, args: tuple[Ty, ...]) -> Ty:
        """`ty` of a generic body with `args` substituted, projections normalized and
        regions erased."""
        return self.resolver.monomorphize(ty, args)  # type: ignore[union-attr]
