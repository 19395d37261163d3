"""MIR building: the typed tree (`rustlet.thir`) → MIR (`rustlet.mir.syntax`).

Entry point: `build_program(program, sink)` — one `Body` per function, method and
closure body that has a body, one `StaticBody` per static (from its compile-time value).

The lowering is rustc's `rustc_mir_build`, file for file:
- `builder.py`       body state, the block cursor, unreachable-block cleanup
- `scope.py`         scopes, StorageDead and Drop at scope exit, break/continue/return
- `expr_into.py`     `into(dest, expr)`: control flow, calls, assignments (the dispatcher)
- `expr_as_place.py` place expressions, indexing with bounds checks, range indexing
- `expr_as_operand.py` operands: constants or temporaries
- `expr_as_rvalue.py` operators with overflow/division checks, casts, aggregates
- `matches.py`       match/if let/let else/parameter patterns (decision tree)
- `formatting.py`    print!/format!/panic! as builtin calls
- `ty_props.py`      is_copy / needs_drop

A body's layout: `_0` is the return place, then the arguments — for a closure body the
environment first (`_1`: the closure by `&` for Fn, by `&mut` for FnMut, by value for
FnOnce), then the declared parameters — then user variables and temporaries in order of
creation.  The body is in phase BUILT: generic, drops unconditional (see scope.py).
Cost: linear in the size of the THIR, except or-patterns, which are expanded per
alternative.
"""
from __future__ import annotations

from rustlet import thir
from rustlet.diagnostics import DiagnosticSink, unsupported
from rustlet.mir import syntax as mir
from rustlet.mir.build.builder import Builder
from rustlet.mir.build.ty_props import TyProps, is_copy, needs_drop
from rustlet.types import ClosureTy, ParamTy, RefTy, Ty

__all__ = ["build_program", "build_fn_body", "is_copy", "needs_drop", "TyProps"]


def build_program(program: thir.Program, sink: DiagnosticSink) -> mir.Program:
    bodies: dict[thir.DefId, mir.Body] = {}
    for fn in program.fns.values():
        if fn.body is not None:
            bodies[fn.def_id] = build_fn_body(program, fn, sink)
    statics: dict[thir.DefId, mir.StaticBody] = {}
    for static in program.statics.values():
        if static.value is None:
            sink.emit(unsupported(f"initializer of static `{static.name}` that is not a compile-time constant",
                                  static.span))
            continue
        statics[static.def_id] = mir.StaticBody(static.def_id, static.value)
    return mir.Program(bodies, statics, program)


def closure_env_ty(fn: thir.FnDef) -> Ty:
    identity = tuple(ParamTy(p.index, p.name) for p in fn.generics.params)
    closure = ClosureTy(fn.def_id, identity, tuple(u.ty for u in fn.upvars))
    if fn.closure_kind == "FnOnce":
        return closure
    return RefTy(closure, fn.closure_kind == "FnMut")


def build_fn_body(program: thir.Program, fn: thir.FnDef, sink: DiagnosticSink) -> mir.Body:
    assert fn.body is not None
    b = Builder(program, sink, fn, fn.def_id, fn.path, fn.span)
    b.new_local(fn.sig.output, fn.span)  # _0
    args: list[tuple[mir.Local, thir.Param | None]] = []
    if fn.closure_kind is not None:
        args.append((b.new_local(closure_env_ty(fn), fn.span, mutable=False, name="env"), None))
    for param in fn.params:
        pat = param.pat
        if isinstance(pat, thir.BindingPat) and pat.subpattern is None and pat.mode is thir.BindingMode.BY_VALUE:
            local = b.new_local(param.ty, pat.span, pat.mutable, pat.name, is_user_var=True)
            b.var_locals[pat.local] = local
        else:
            local = b.new_local(param.ty, pat.span)
        args.append((local, param))
    b.body.arg_count = len(args)
    b.push_scope()  # the arguments' scope: dropped after everything else
    for local, _ in args:
        b.schedule_drop(local, b.body.locals[local].ty, b.body.locals[local].span)
    for local, param in args:
        if param is not None and not b.body.locals[local].is_user_var:
            b.bind_parameter(param.pat, local)
    b.push_scope()
    b.into(mir.Place(mir.RETURN_PLACE), fn.body)
    b.lower_return(fn.body.span.shrink_to_hi())
    b.remove_unreachable_blocks()
    return b.body
