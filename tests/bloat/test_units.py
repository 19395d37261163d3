"""Unit tests of the pieces that need no build: identical-code comparison, the
treemap layout, the ELF reader on a hand-made file, IR line counting, names."""
from __future__ import annotations

import struct

import pytest

from rustlet.bloat.attribute import ir_lines_by_function
from rustlet.bloat.elf import ElfError, read_elf
from rustlet.bloat.html import squarify
from rustlet.bloat.identical import Code, identical_groups, same_code
from rustlet.bloat.names import short


def call(at: int, target: int) -> bytes:
    """`call rel32` at address `at` reaching `target`."""
    return b"\xe8" + struct.pack("<i", target - (at + 5))


def function(addr: int, callee: int, body: bytes = b"\x48\x89\xf8") -> Code:
    # mov rax, rdi; call callee; ret
    return Code(addr, addr, body + call(addr + len(body), callee) + b"\xc3")


def test_same_callee_from_different_places_is_identical() -> None:
    f, g = function(0x1000, 0x5000), function(0x2340, 0x5000)
    assert f.data != g.data
    assert same_code(f, g)


def test_different_callees_are_not_identical() -> None:
    assert not same_code(function(0x1000, 0x5000), function(0x2340, 0x5010))


def test_different_instructions_are_not_identical() -> None:
    assert not same_code(function(0x1000, 0x5000), function(0x2000, 0x5000, b"\x48\x89\xf0"))
    assert not same_code(function(0x1000, 0x5000), Code(1, 0x1000, b"\x90" * 9))


def test_equal_bytes_calling_different_functions_are_not_identical() -> None:
    # f at 0x1000 calls 0x5000, g at 0x2000 calls 0x6000: the same bytes
    f, g = function(0x1000, 0x5000), function(0x2000, 0x6000)
    assert f.data == g.data
    assert identical_groups([f, g], starts=[0x5000, 0x6000]) == []
    # ... unless the callees are identical: then a second round groups the callers
    callee_a, callee_b = Code("a", 0x5000, b"\x31\xc0\xc3"), Code("b", 0x6000, b"\x31\xc0\xc3")
    assert identical_groups([f, g, callee_a, callee_b]) == [[0x1000, 0x2000], ["a", "b"]]


def test_recursive_functions_are_identical() -> None:
    f, g = function(0x1000, 0x1000), function(0x2000, 0x2000)
    assert identical_groups([f, g]) == [[0x1000, 0x2000]]


def test_groups_keep_input_order_and_need_two_members() -> None:
    codes = [function(0x1000, 0x9000), function(0x2000, 0x9100), function(0x3000, 0x9000),
             Code("exact-a", 0x4000, b"\x90\xc3"), Code("exact-b", 0x5000, b"\x90\xc3"), function(0x6000, 0x9000)]
    assert identical_groups(codes) == [[0x1000, 0x3000, 0x6000], ["exact-a", "exact-b"]]


@pytest.mark.parametrize("sizes", [[1.0], [6, 6, 4, 3, 2, 2, 1], [1000, 1, 1], [5] * 17])
def test_squarify_fills_the_box_in_proportion(sizes: list[float]) -> None:
    rects = squarify(sizes, 10, 20, 300, 200)
    total = sum(sizes)
    for size, (x, y, w, h) in zip(sizes, rects):
        assert w * h == pytest.approx(size / total * 300 * 200)
        assert 10 - 1e-6 <= x and x + w <= 310 + 1e-6 and 20 - 1e-6 <= y and y + h <= 220 + 1e-6
    assert sum(w * h for _, _, w, h in rects) == pytest.approx(300 * 200)


def tiny_elf() -> bytes:
    """An ELF64 file with .text (16 bytes at 0x1000), .symtab with two functions and
    a data object, .strtab and .shstrtab."""
    shstrtab = b"\0.text\0.symtab\0.strtab\0.shstrtab\0"
    strtab = b"\0f\0g\0obj\0"
    text = bytes(range(16))
    sym = struct.Struct("<IBBHQQ")
    symtab = (sym.pack(0, 0, 0, 0, 0, 0) + sym.pack(1, 0x02, 0, 1, 0x1000, 6)  # f: local func
              + sym.pack(3, 0x12, 0, 1, 0x1008, 8) + sym.pack(5, 0x11, 0, 1, 0x1006, 2))  # g global, obj
    body = text + symtab + strtab + shstrtab
    offsets = [64, 64 + len(text), 64 + len(text) + len(symtab), 64 + len(text) + len(symtab) + len(strtab)]
    shoff = 64 + len(body)
    shdr = struct.Struct("<IIQQQQIIQQ")
    headers = (shdr.pack(*[0] * 10)
               + shdr.pack(1, 1, 6, 0x1000, offsets[0], len(text), 0, 0, 16, 0)
               + shdr.pack(7, 2, 0, 0, offsets[1], len(symtab), 3, 1, 8, 24)
               + shdr.pack(15, 3, 0, 0, offsets[2], len(strtab), 0, 0, 1, 0)
               + shdr.pack(23, 3, 0, 0, offsets[3], len(shstrtab), 0, 0, 1, 0))
    ident = b"\x7fELF\x02\x01\x01" + b"\0" * 9
    header = struct.pack("<16sHHIQQQIHHHHHH", ident, 2, 62, 1, 0, 0, shoff, 0, 64, 56, 0, 64, 5, 4)
    return header + body + headers


def test_elf_reader() -> None:
    elf = read_elf(tiny_elf())
    text = elf.sections[".text"]
    assert (text.addr, text.size) == (0x1000, 16)
    assert [(f.name, f.addr, f.size, f.local) for f in elf.functions] == [("f", 0x1000, 6, True),
                                                                           ("g", 0x1008, 8, False)]
    assert elf.section_bytes(text, 0x1008, 8) == bytes(range(8, 16))
    with pytest.raises(ElfError):
        read_elf(b"not an elf file at all, not even close to one....................")


def test_ir_lines() -> None:
    ir = ('declare void @rl_panic(ptr)\n\ndefine internal i64 @f(i64 %x) #0 {\nstart:\n  ret i64 %x\n}\n\n'
          'define internal void @"_ZN3$LT$a$GT$E"({ ptr, i64 } %.1) nounwind {\nstart:\n  ret void\n}\n')
    assert ir_lines_by_function(ir) == {"f": 4, "_ZN3$LT$a$GT$E": 4}


def test_short_names() -> None:
    assert short("main::main") == "main"
    assert short("<u8 as main::Mix>::mix") == "<u8 as Mix>::mix"
    assert short("main::Pair<main::Wrap<u8>>::new") == "Pair<Wrap<u8>>::new"
    assert short("std::domain::main::x") == "std::domain::main::x"
