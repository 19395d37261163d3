"""Monomorphization: the instances reachable from `main`, and their symbol names.

    collect_mono_items(mir_program, sink) -> MonoItems   (collector.py)
    format_mono_items(items, source_map) -> str          (`--emit=mono-items`)

`items.py` declares what codegen receives; `resolve.py` selects trait impls and
normalizes projections; `mangle.py` makes Rust legacy symbol names.
"""
from rustlet.mono.collector import collect_mono_items, format_mono_items, is_virtual_call, unsized_pointee
from rustlet.mono.items import DropGlue, FmtGlue, FnInstance, MonoItem, MonoItems, Requester
from rustlet.mono.mangle import mangle
from rustlet.mono.resolve import is_builtin_structural_eq

__all__ = ["DropGlue", "FmtGlue", "FnInstance", "MonoItem", "MonoItems", "Requester", "collect_mono_items",
           "format_mono_items", "is_builtin_structural_eq", "is_virtual_call", "mangle", "unsized_pointee"]
