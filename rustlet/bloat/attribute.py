"""Attributing `.text` to mono items: the algorithm behind `rustlet bloat`.

    attribute(build, runtime_symbols, program_name) -> Report

Inputs, all from one build (rustlet.driver.BuildRecord): the mono items with their
symbols and "requested by" map, the LLVM IR text *before* optimization, the linked
executable, and the names of the functions MergeFunctions folded away.

1. IR lines: the unoptimized IR is scanned once; a function's lines are those from
   its `define` to its closing `}` (cargo-llvm-lines' measure of how much code each
   instance hands to LLVM).
2. Bytes: the executable's `.symtab` gives each function's address and size
   (rustlet.bloat.elf). Functions in `.text` are walked in address order; each gets
   the bytes not already covered by an earlier one (aliases count once), and the
   gaps between them are padding. So the parts add up to the section size exactly.
3. Each function symbol is a mono item's (LLVM keeps the mangled names, and
   codegen makes every item `internal`, which keeps them in `.symtab`), another
   function the compiler generated (a shim such as `__rustlet_main`, found in the
   IR), a C runtime function (found in the runtime object), or unattributed.
4. A mono item without a symbol was inlined (or folded, or is an intrinsic without
   a body); it is kept with 0 bytes.
5. The call-site chain of an item follows `requested_by` up to `main`.
6. Identical code: rustlet.bloat.identical over the items' bytes.
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from rustlet.bloat import elf, identical
from rustlet.bloat.model import CallSite, Generic, IdenticalGroup, Instance, Report, Symbol, Totals
from rustlet.bloat.names import origin
from rustlet.mono.items import MonoItem, MonoItems
from rustlet.source import SourceMap, Span

if TYPE_CHECKING:
    from rustlet.driver import BuildRecord

# `define internal i64 @_ZN4main3run17h…E(` or `@"_ZN…$LT$…E"(`
_DEFINE = re.compile(r'^define [^@]*@(?:"((?:[^"\\]|\\.)*)"|([-\w$.]+))\(', re.M)


def ir_lines_by_function(llvm_ir: str) -> dict[str, int]:
    """Lines from `define` to the closing `}` of every function defined in the IR."""
    lines: dict[str, int] = {}
    for match in _DEFINE.finditer(llvm_ir):
        name = match.group(1) if match.group(1) is not None else match.group(2)
        end = llvm_ir.find("\n}", match.end())
        end = len(llvm_ir) if end < 0 else end + 2
        lines[name] = llvm_ir.count("\n", match.start(), end) + 1
    return lines


def _site(source_map: SourceMap, span: Span | None, stdlib: str) -> str:
    if span is None or span.file < 0:
        return ""
    path, line, col = source_map.line_col(span)
    if stdlib and path.startswith(stdlib):
        path = "std/" + path[len(stdlib):].lstrip("/")
    return f"{path}:{line}:{col}"


def _chain(item: MonoItem, items: MonoItems, names: dict[MonoItem, str], source_map: SourceMap,
           stdlib: str) -> list[CallSite]:
    chain: list[CallSite] = []
    requester = items.requested_by.get(item)
    while requester is not None and requester.item is not None:
        chain.append(CallSite(names[requester.item], _site(source_map, requester.span, stdlib)))
        requester = items.requested_by.get(requester.item)
    chain.reverse()
    return chain


def _text_layout(binary: elf.Elf) -> tuple[elf.Section, dict[str, int], int]:
    """The `.text` section, the bytes each function symbol in it accounts for, and the
    padding (bytes of `.text` in no symbol)."""
    text = binary.sections.get(".text")
    if text is None:
        raise elf.ElfError("no .text section")
    inside = sorted((f for f in binary.functions if f.section == text.index), key=lambda f: (f.addr, -f.size))
    counted: dict[str, int] = {}
    covered = text.addr
    for fn in inside:
        start, end = max(fn.addr, covered), min(fn.addr + fn.size, text.addr + text.size)
        counted[fn.name] = counted.get(fn.name, 0) + max(0, end - start)
        covered = max(covered, end)
    return text, counted, text.size - sum(counted.values())


def attribute(build: BuildRecord, runtime_symbols: Iterable[str], program_name: str, stdlib: str = "") -> Report:
    assert build.program is not None and build.mono_items is not None and build.executable is not None
    items, program, source_map = build.mono_items, build.program, build.source_map
    binary = elf.read_elf(build.executable.read_bytes())
    text, counted, padding = _text_layout(binary)
    addresses = {f.name: f.addr for f in binary.functions if f.section == text.index}
    ir_lines = ir_lines_by_function(build.llvm_ir)
    merged = set(build.merged)

    origins = {item: origin(program, item) for item in items.items}
    names = {item: o.instance for item, o in origins.items()}
    instances: list[Instance] = []
    item_symbols: set[str] = set()
    for item in items.items:
        o = origins[item]
        symbol = items.symbols[item]
        item_symbols.add(symbol)
        if symbol in counted:
            status = "code"
        elif symbol in merged:
            status = "folded"
        elif symbol not in ir_lines:
            status = "intrinsic"
        else:
            status = "inlined"
        instances.append(Instance(
            name=o.instance, symbol=symbol, kind=o.kind, generic=o.generic, type_args=o.type_args,
            status=status, bytes=counted.get(symbol, 0), ir_lines=ir_lines.get(symbol, 0),
            module=o.module, crate=o.crate, required_by=_chain(item, items, names, source_map, stdlib)))

    runtime_names = set(runtime_symbols)
    runtime: list[Symbol] = []
    unattributed: list[Symbol] = []
    for symbol, size in counted.items():
        if symbol in item_symbols:
            continue
        if symbol in ir_lines:  # generated by codegen, not a mono item: the entry shim
            instances.append(Instance(
                name=symbol, symbol=symbol, kind="shim", generic=symbol, type_args=[], status="code",
                bytes=size, ir_lines=ir_lines[symbol], module="main", crate="main", required_by=[]))
        elif symbol in runtime_names:
            runtime.append(Symbol(symbol, size))
        else:
            unattributed.append(Symbol(symbol, size))

    groups = _identical(instances, binary, text, addresses)
    generics = _by_generic(instances)
    instances.sort(key=lambda i: (-i.bytes, -i.ir_lines, i.name))
    runtime.sort(key=lambda s: (-s.bytes, s.symbol))
    unattributed.sort(key=lambda s: (-s.bytes, s.symbol))
    totals = Totals(
        instances=sum(i.bytes for i in instances), runtime=sum(s.bytes for s in runtime),
        unattributed=sum(s.bytes for s in unattributed) + padding, padding=padding)
    return Report(program=program_name, opt_level=build.opt_level, merge_identical=build.merge_identical,
                  text_bytes=text.size, totals=totals, instances=instances, generics=generics,
                  runtime=runtime, unattributed=unattributed, identical=groups)


def _identical(instances: list[Instance], binary: elf.Elf, text: elf.Section,
               addresses: dict[str, int]) -> list[IdenticalGroup]:
    by_symbol = {i.symbol: i for i in instances if i.status == "code"}
    codes = [identical.Code(symbol, addresses[symbol],
                            binary.section_bytes(text, addresses[symbol], by_symbol[symbol].bytes))
             for symbol in by_symbol]
    groups: list[IdenticalGroup] = []
    for members in identical.identical_groups(codes, addresses.values()):
        symbols = [str(s) for s in members]
        size = by_symbol[symbols[0]].bytes
        groups.append(IdenticalGroup(size, size * (len(symbols) - 1), symbols, [by_symbol[s].name for s in symbols]))
    groups.sort(key=lambda g: -g.saving)
    for index, group in enumerate(groups):
        for symbol in group.symbols:
            by_symbol[symbol].identical_group = index
    return groups


def _by_generic(instances: list[Instance]) -> list[Generic]:
    generics: dict[str, Generic] = {}
    for instance in instances:
        generic = generics.get(instance.generic)
        if generic is None:
            generic = generics[instance.generic] = Generic(instance.generic, instance.crate, instance.module)
        generic.copies += 1
        generic.inlined += instance.status != "code"
        generic.bytes += instance.bytes
        generic.ir_lines += instance.ir_lines
    return sorted(generics.values(), key=lambda g: (-g.bytes, -g.ir_lines, g.generic))


def runtime_function_names(runtime_object: Path) -> set[str]:
    """The functions the C runtime object defines (static ones included)."""
    return {f.name for f in elf.read_elf(runtime_object.read_bytes()).functions}
