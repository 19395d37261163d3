"""Target machine, LLVM pass pipeline and code emission (llvmlite 0.50 = LLVM 22).

Facts this module relies on (measured; see DESIGN.md "Facts about the toolchain"):
- `llvm.initialize()` raises in this llvmlite; only the native target and asm printer
  are initialized.
- The target machine uses `codemodel='default'` (llvmlite's default, `jitdefault`,
  is the large code model: `.ltext` sections and `movabs` calls) and `reloc='pic'`
  so clang can link a PIE.
- The CPU is generic `x86-64` like rustc's default; `-C target-cpu=native` means the
  host CPU and its features.
- O0–O3 use the new pass manager's default pipelines built by
  `create_pass_builder(target_machine, tuning)`: passing the target machine is what
  lets the vectorizers see the CPU. SLP vectorization is on at O2/O3, as in clang.
- The verifier silently strips invalid debug info (with only a warning), so a module
  that carried `!llvm.dbg.cu` and lost it is reported as an error here.
"""
from __future__ import annotations

import functools

import llvmlite.binding as llvm

GENERIC_CPU = "x86-64"


@functools.cache
def _initialize() -> None:
    llvm.initialize_native_target()
    llvm.initialize_native_asmprinter()


@functools.cache
def target_machine(opt_level: int, target_cpu: str | None) -> llvm.TargetMachine:
    """One target machine per (level, CPU); creating them is not free."""
    _initialize()
    target = llvm.Target.from_default_triple()
    cpu, features = GENERIC_CPU, ""
    if target_cpu == "native":
        cpu, features = llvm.get_host_cpu_name(), llvm.get_host_cpu_features().flatten()
    elif target_cpu:
        cpu = target_cpu
    return target.create_target_machine(
        cpu=cpu, features=features, opt=opt_level, reloc="pic", codemodel="default")


def parse_and_verify(ir_text: str) -> llvm.ModuleRef:
    """Parses LLVM IR text; malformed IR is a bug in codegen, raised as RuntimeError."""
    _initialize()
    try:
        module = llvm.parse_assembly(ir_text)
        module.verify()
    except RuntimeError as failure:
        raise RuntimeError(f"LLVM rejected the generated IR: {failure}") from None
    if "!llvm.dbg.cu" in ir_text and "!llvm.dbg.cu" not in str(module):
        raise RuntimeError("LLVM stripped the generated debug info as invalid")
    return module


def optimize_ir(ir_text: str, opt_level: int, target_cpu: str | None = None) -> llvm.ModuleRef:
    """Verifies the module and runs the default O0–O3 pipeline over it."""
    if opt_level not in (0, 1, 2, 3):
        raise ValueError(f"optimization level must be 0..3, not {opt_level}")
    module = parse_and_verify(ir_text)
    machine = target_machine(opt_level, target_cpu)
    module.triple = machine.triple
    module.data_layout = str(machine.target_data)
    tuning = llvm.create_pipeline_tuning_options(speed_level=opt_level)
    tuning.slp_vectorization = opt_level >= 2
    tuning.loop_vectorization = opt_level >= 2
    pass_builder = llvm.create_pass_builder(machine, tuning)
    pass_builder.getModulePassManager().run(module, pass_builder)
    return module


def merge_functions(module: llvm.ModuleRef, opt_level: int, target_cpu: str | None = None) -> list[str]:
    """Runs LLVM's MergeFunctions (not part of the O0–O3 pipelines) over an optimized
    module and returns the names of the functions it folded away. Codegen makes
    every function `internal`: a duplicate whose address is not taken has its calls
    redirected and is deleted; one whose address is taken (a vtable or fn-pointer
    entry) stays as a small thunk, since llvmlite cannot mark functions
    `unnamed_addr`."""
    before = [fn.name for fn in module.functions if not fn.is_declaration]
    machine = target_machine(opt_level, target_cpu)
    tuning = llvm.create_pipeline_tuning_options(speed_level=opt_level)
    pass_builder = llvm.create_pass_builder(machine, tuning)
    manager = llvm.create_new_module_pass_manager()
    manager.add_merge_functions_pass()
    manager.run(module, pass_builder)
    after = {fn.name for fn in module.functions if not fn.is_declaration}
    return [name for name in before if name not in after]


def _as_module(module: llvm.ModuleRef | str, opt_level: int, target_cpu: str | None) -> llvm.ModuleRef:
    return optimize_ir(module, opt_level, target_cpu) if isinstance(module, str) else module


def emit_object(module: llvm.ModuleRef | str, opt_level: int, target_cpu: str | None = None) -> bytes:
    """An ELF object; IR text is optimized first, a ModuleRef is taken as is."""
    module = _as_module(module, opt_level, target_cpu)
    return target_machine(opt_level, target_cpu).emit_object(module)


def emit_asm(module: llvm.ModuleRef | str, opt_level: int, target_cpu: str | None = None) -> str:
    module = _as_module(module, opt_level, target_cpu)
    return target_machine(opt_level, target_cpu).emit_assembly(module)
