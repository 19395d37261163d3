"""Code generation: monomorphic MIR to LLVM IR text (llvmlite.ir).

    codegen_program(mir_program, mono_items, options) -> str

`options` carries `opt_level`, `overflow_checks`, `debug_info` and `source_map`
(for panic locations).  The passes, in order:
1. define every mono item: function instances (function.py, rvalue.py,
   terminator.py, intrinsics.py), drop glue (drop_glue.py) and formatting glue
   (fmt_glue.py); each declares on first use the items and runtime functions it
   calls (module.py);
2. statics become LLVM globals with constant initializers when first referenced
   (MIR reaches a static through a constant `&STATIC`);
3. `__rustlet_main`, the one external function, calls the user's `main` (and, when
   it returns a `Result`, exits with `Termination::report`'s status).

Layouts are in layout.py.  llvmlite's IR layer is told to print opaque pointers
(`ptr`): LLVM 22 no longer reads typed pointers.
"""
from __future__ import annotations

from dataclasses import dataclass

import llvmlite.ir as ir
import llvmlite.ir.types

from rustlet.codegen.drop_glue import define_drop_glue
from rustlet.codegen.fmt_glue import define_fmt_glue
from rustlet.codegen.function import FunctionCx, PlaceRef, define_instance
from rustlet.codegen.module import ModuleCx, OperandRef
from rustlet.codegen.terminator import emit_call
from rustlet.diagnostics import CompileError, unsupported
from rustlet.mir import syntax as mir
from rustlet.mono.items import DropGlue, FmtGlue, FnInstance, MonoItems
from rustlet.source import SourceMap
from rustlet.types import UNIT

llvmlite.ir.types.ir_layer_typed_pointers_enabled = False

ENTRY_SYMBOL = "__rustlet_main"


@dataclass(slots=True)
class CodegenOptions:
    opt_level: int = 0
    overflow_checks: bool = True
    debug_info: bool = False
    source_map: SourceMap | None = None


def codegen_program(mir_program: mir.Program, mono_items: MonoItems, options: object) -> str:
    cx = ModuleCx(mir_program, mono_items, options)
    for item in mono_items.items:
        match item:
            case FnInstance(def_id=def_id):
                if not cx.program.fns[def_id].is_intrinsic:
                    define_instance(cx, item)
            case DropGlue():
                define_drop_glue(cx, item)
            case FmtGlue():
                define_fmt_glue(cx, item)
    _define_entry(cx)
    return str(cx.module)




def _define_entry(cx: ModuleCx) -> None:
    entry = cx.items.entry
    if entry is None:
        return
    fn = ir.Function(cx.module, ir.FunctionType(ir.VoidType(), []), ENTRY_SYMBOL)
    main_fn, abi = cx.instance_fn(entry)
    if abi.ret.ty == UNIT:
        builder = ir.IRBuilder(fn.append_basic_block("start"))
        builder.call(main_fn, [])
        builder.ret_void()
        return
    report = cx.items.entry_report
    if report is None:
        raise CompileError(unsupported(f"`main` returning `{abi.ret.ty}`", cx.program.fns[entry.def_id].span))
    # `std::process::exit(main().report())` when the status is not 0
    fx = FunctionCx(cx, fn)
    result = fx.alloca(abi.ret, "main.result")
    emit_call(fx, main_fn, abi, [], PlaceRef(result, abi.ret.ty))
    report_fn, report_abi = cx.instance_fn(report)
    status = fx.alloca(report_abi.ret, "status")
    emit_call(fx, report_fn, report_abi, [(OperandRef(report_abi.params[0], ptr=result), True)],
              PlaceRef(status, report_abi.ret.ty))
    code = fx.load_scalar(status, report_abi.ret)
    with fx.builder.if_then(fx.builder.icmp_signed("!=", code, ir.Constant(code.type, 0))):
        fx.builder.call(cx.rt("rl_exit"), [code])
        fx.builder.unreachable()
    fx.builder.ret_void()
    fx.finish()


__all__ = ["CodegenOptions", "ENTRY_SYMBOL", "codegen_program"]
