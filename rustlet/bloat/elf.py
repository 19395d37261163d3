"""Just enough ELF64 to size functions: section headers, `.symtab`, section bytes.

    read_elf(data) -> Elf      sections by name, function symbols, bytes at an address

llvmlite's object-file API lists sections but not symbols, and pyelftools' symbol
iterator is ~150x slower than unpacking the table in one go (DESIGN.md "Symbol
sizes"), so this reads the little-endian ELF64 structures directly with
`struct.iter_unpack`: the file header gives the section header table, whose
`.shstrtab` names the sections; `.symtab` (entries of 24 bytes) and its string table
(`sh_link`) give each symbol's name, type, binding, section, value and size.
Only `STT_FUNC` symbols with a non-zero size defined in a section are returned:
that is every function the compiler, the C runtime and libc's start files put in
`.text`. Local (`internal`) symbols are kept, which is why this reads `.symtab`
and not `.dynsym`.
"""
from __future__ import annotations

import struct
from dataclasses import dataclass

_EHDR = struct.Struct("<16sHHIQQQIHHHHHH")
_SHDR = struct.Struct("<IIQQQQIIQQ")
_SYM = struct.Struct("<IBBHQQ")
_SHT_SYMTAB = 2
_SHT_NOBITS = 8
_STT_FUNC = 2
_STB_LOCAL = 0


class ElfError(Exception):
    """The file is not a little-endian ELF64 object with a symbol table."""


@dataclass(frozen=True, slots=True)
class Section:
    index: int
    name: str
    addr: int
    offset: int
    size: int
    kind: int  # sh_type


@dataclass(frozen=True, slots=True)
class FuncSymbol:
    name: str
    addr: int
    size: int
    section: int  # section header index
    local: bool


@dataclass(slots=True)
class Elf:
    data: bytes
    sections: dict[str, Section]
    functions: list[FuncSymbol]  # in symbol-table order

    def section_bytes(self, section: Section, addr: int, size: int) -> bytes:
        """`size` bytes of `section` at virtual address `addr`."""
        start = section.offset + (addr - section.addr)
        return self.data[start:start + size]


def _c_string(table: bytes, offset: int) -> str:
    end = table.find(b"\0", offset)
    return table[offset:end].decode("utf-8", "replace")


def read_elf(data: bytes) -> Elf:
    if len(data) < _EHDR.size or data[:4] != b"\x7fELF":
        raise ElfError("not an ELF file")
    if data[4] != 2 or data[5] != 1:
        raise ElfError("not a little-endian ELF64 file")
    header = _EHDR.unpack_from(data)
    shoff, shentsize, shnum, shstrndx = header[6], header[11], header[12], header[13]
    if shentsize != _SHDR.size or shoff + shnum * shentsize > len(data):
        raise ElfError("malformed section header table")
    raw = list(_SHDR.iter_unpack(data[shoff:shoff + shnum * shentsize]))
    names_hdr = raw[shstrndx]
    names = data[names_hdr[4]:names_hdr[4] + names_hdr[5]]
    sections: dict[str, Section] = {}
    by_index: list[Section] = []
    for index, (name, kind, _flags, addr, offset, size, *_rest) in enumerate(raw):
        section = Section(index, _c_string(names, name), addr, offset, size, kind)
        by_index.append(section)
        sections.setdefault(section.name, section)
    symtab = next((i for i, s in enumerate(raw) if s[1] == _SHT_SYMTAB), None)
    if symtab is None:
        raise ElfError("no .symtab (was the executable stripped?)")
    _, _, _, _, sym_off, sym_size, link, *_ = raw[symtab]
    strings_hdr = raw[link]
    strings = data[strings_hdr[4]:strings_hdr[4] + strings_hdr[5]]
    functions = []
    for name, info, _other, shndx, value, size in _SYM.iter_unpack(data[sym_off:sym_off + sym_size]):
        if info & 0xF == _STT_FUNC and size and 0 < shndx < len(by_index):
            functions.append(FuncSymbol(_c_string(strings, name), value, size, shndx, info >> 4 == _STB_LOCAL))
    return Elf(data, sections, functions)
