"""The backend: LLVM IR text in, object files and a linked executable out.

    optimize_ir(ir_text, opt_level, target_cpu)  -> verified, optimized llvm ModuleRef
    emit_object(module, opt_level, target_cpu)   -> ELF object bytes
    emit_asm(module, opt_level, target_cpu)      -> assembly text
    merge_functions(module, opt_level, target_cpu) -> names of the functions folded away
    link(objects, output)                        -> executable at `output`

llvmlite is imported only here and in `codegen`, so an LLVM upgrade touches these
two packages. `llvm.py` owns the target machine and the pass pipeline; `link.py`
owns clang: the C runtime (compiled once and cached) and the final link.
"""
from rustlet.backend.link import find_clang, link, runtime_object
from rustlet.backend.llvm import emit_asm, emit_object, merge_functions, optimize_ir

__all__ = ["emit_asm", "emit_object", "find_clang", "link", "merge_functions", "optimize_ir", "runtime_object"]
