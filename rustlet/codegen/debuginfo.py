"""DWARF debug info for `-g`: line tables, one DISubprogram per function instance,
and the user variables of integer, float, bool and char type.

The module gets what LLVM requires (DESIGN.md, "Facts about the toolchain"): a
distinct DICompileUnit (language DW_LANG_Rust) listed in `!llvm.dbg.cu`, and the
module flags "Dwarf Version" 5 and "Debug Info Version" 3.  Each function instance
gets a distinct DISubprogram named by its Rust path with its mangled symbol as
linkage name; every instruction generated for a MIR statement or terminator carries
a DILocation of that statement's span (line and column of its start), which is what
lets gdb break on `main.rl:LINE`.  A user variable whose type has a DWARF base type
gets a DILocalVariable and an `llvm.dbg.declare` on its stack slot; other variables
are left out (their values are still in memory, just not described).

Glue functions have no debug info; the verifier only asks for locations on calls
inside functions that have a DISubprogram.
"""
from __future__ import annotations

import llvmlite.ir as ir

from rustlet.source import SourceMap, Span
from rustlet.types import BoolTy, CharTy, FloatTy, IntTy, Ty

DW_LANG_RUST = "DW_LANG_Rust"


class DebugInfo:
    def __init__(self, module: ir.Module, source_map: SourceMap | None) -> None:
        self.module = module
        self.source_map = source_map
        self.files: dict[int, ir.DIValue] = {}
        main_path = source_map.files[0].path if source_map and source_map.files else "main.rl"
        self.unit_file = self._di_file(main_path)
        self.unit = module.add_debug_info("DICompileUnit", {
            "language": ir.DIToken(DW_LANG_RUST), "file": self.unit_file, "producer": "rustlet",
            "runtimeVersion": 0, "isOptimized": False, "emissionKind": ir.DIToken("FullDebug"),
        }, is_distinct=True)
        module.add_named_metadata("llvm.dbg.cu", self.unit)
        module.add_named_metadata("llvm.module.flags", module.add_metadata([ir.Constant(ir.IntType(32), 7),
                                                                             "Dwarf Version", ir.Constant(ir.IntType(32), 5)]))
        module.add_named_metadata("llvm.module.flags", module.add_metadata([ir.Constant(ir.IntType(32), 2),
                                                                             "Debug Info Version",
                                                                             ir.Constant(ir.IntType(32), 3)]))
        self.subroutine_type = module.add_debug_info("DISubroutineType", {"types": module.add_metadata([])})
        self.base_types: dict[Ty, ir.DIValue] = {}
        self.declare = ir.Function(module, ir.FunctionType(ir.VoidType(), [ir.MetaDataType()] * 3), "llvm.dbg.declare")

    def _di_file(self, path: str) -> ir.DIValue:
        directory, _, name = path.rpartition("/")
        return self.module.add_debug_info("DIFile", {"filename": name, "directory": directory or "."})

    def file(self, span: Span | None) -> ir.DIValue:
        if span is None or span.file < 0 or self.source_map is None:
            return self.unit_file
        f = self.files.get(span.file)
        if f is None:
            f = self._di_file(self.source_map.file(span.file).path)
            self.files[span.file] = f
        return f

    def line_col(self, span: Span | None) -> tuple[int, int]:
        if span is None or span.file < 0 or self.source_map is None:
            return 0, 0
        _, line, col = self.source_map.line_col(span)
        return line, col

    def subprogram(self, fn: ir.Function, name: str, span: Span) -> ir.DIValue:
        line, _ = self.line_col(span)
        file = self.file(span)
        sp = self.module.add_debug_info("DISubprogram", {
            "name": name, "linkageName": fn.name, "scope": file, "file": file, "line": line,
            "type": self.subroutine_type, "scopeLine": line, "spFlags": ir.DIToken("DISPFlagDefinition"),
            "unit": self.unit,
        }, is_distinct=True)
        fn.set_metadata("dbg", sp)
        return sp

    def location(self, span: Span | None, scope: ir.DIValue) -> ir.DIValue:
        line, col = self.line_col(span)
        return self.module.add_debug_info("DILocation", {"line": line, "column": col, "scope": scope})

    def base_type(self, ty: Ty) -> ir.DIValue | None:
        """A DWARF base type for scalars; None for types this module does not describe."""
        match ty:
            case IntTy(kind=kind):
                encoding, bits = ("DW_ATE_signed" if kind.signed else "DW_ATE_unsigned"), kind.bits
            case FloatTy(kind=kind):
                encoding, bits = "DW_ATE_float", kind.bits
            case BoolTy():
                encoding, bits = "DW_ATE_boolean", 8
            case CharTy():
                encoding, bits = "DW_ATE_UTF", 32
            case _:
                return None
        found = self.base_types.get(ty)
        if found is None:
            found = self.module.add_debug_info("DIBasicType", {
                "name": str(ty), "size": bits, "encoding": ir.DIToken(encoding)})
            self.base_types[ty] = found
        return found

    def declare_variable(self, builder: ir.IRBuilder, slot: ir.Value, name: str, ty: Ty, span: Span,
                         scope: ir.DIValue, arg: int | None) -> None:
        base = self.base_type(ty)
        if base is None:
            return
        line, _ = self.line_col(span)
        fields = {"name": name, "scope": scope, "file": self.file(span), "line": line, "type": base}
        if arg is not None:
            fields["arg"] = arg
        variable = self.module.add_debug_info("DILocalVariable", fields)
        expression = self.module.add_debug_info("DIExpression", {})
        call = builder.call(self.declare, [slot, variable, expression])
        call.set_metadata("dbg", self.location(span, scope))
