"""Mono item collection on hand-built MIR: instance sets, trait-method resolution,
requesters, the recursion limit, and symbol names that demangle as Rust paths."""
from __future__ import annotations

import shutil
import subprocess

import pytest

from rustlet import thir
from rustlet.ast import FormatTrait, StructKind
from rustlet.diagnostics import DiagnosticSink
from rustlet.mir import syntax as mir
from rustlet.mono import DropGlue, FmtGlue, FnInstance, collect_mono_items, format_mono_items, mangle
from rustlet.types import I32, U8, UNIT, AdtTy, FnDefTy, IntKind, IntTy, ParamTy, RefTy, TupleTy
from tests.codegen.mir_builder import FnBuilder, ProgramBuilder, display

I64 = IntTy(IntKind.I64)
T = ParamTy(0, "T0")


def identity_fn(p: ProgramBuilder, name: str = "id") -> FnBuilder:
    f = p.fn(name, [T], T, generics=1)
    bb = f.block()
    f.assign(bb, mir.Place(0), mir.Use(mir.Move(f.arg(0))))
    f.ret(bb)
    return f


def test_one_instance_per_distinct_type_arguments_with_first_requester() -> None:
    p = ProgramBuilder()
    ident = identity_fn(p)
    # `twice::<T>` calls `id::<T>`: instantiating it with i32 needs no new `id` copy.
    twice = p.fn("twice", [T], T, generics=1)
    bb = twice.call(twice.block(), ident, [mir.Move(twice.arg(0))], mir.Place(0), (T,), line=9, col=5)
    twice.ret(bb)
    main = p.fn("main", [], UNIT, main=True)
    a, b, c = main.local(I32), main.local(I64), main.local(I32)
    bb = main.call(main.block(), ident, [main.const(1, I32)], a, (I32,), line=12, col=5)
    bb = main.call(bb, ident, [main.const(2, I64)], b, (I64,), line=13, col=5)
    bb = main.call(bb, twice, [main.const(3, I32)], c, (I32,), line=14, col=5)
    main.ret(bb)
    sink = DiagnosticSink()
    items = collect_mono_items(p.program(), sink)
    assert not sink.diagnostics
    assert items.items == [FnInstance(main.fn.def_id), FnInstance(ident.fn.def_id, (I32,)),
                           FnInstance(ident.fn.def_id, (I64,)), FnInstance(twice.fn.def_id, (I32,))]
    assert format_mono_items(items, p.source_map) == (
        "fn main::main\n"
        "fn main::id::<i32> @ main.rl:12:5 (from fn main::main)\n"
        "fn main::id::<i64> @ main.rl:13:5 (from fn main::main)\n"
        "fn main::twice::<i32> @ main.rl:14:5 (from fn main::main)\n")


def test_trait_methods_resolve_to_impls_generic_impls_and_default_bodies() -> None:
    p = ProgramBuilder()
    show = p.trait("Show", ["show", "hello"], defaults=("hello",))
    required = p.fn("show", [RefTy(ParamTy(0, "Self"))], UNIT, generics=1, path="main::Show::show",
                    trait_of=show.def_id)
    default = p.fn("hello", [RefTy(ParamTy(0, "Self"))], UNIT, generics=1, path="main::Show::hello",
                   trait_of=show.def_id)
    default.ret(default.block())
    del p.bodies[required.fn.def_id]  # a required method has no body
    wrapper = p.adt("Wrapper", thir.AdtKind.STRUCT, [("Wrapper", StructKind.TUPLE, [("0", T)])], generics=1)
    show_i32 = p.fn("show", [RefTy(I32)], UNIT, path="<i32 as main::Show>::show")
    show_i32.ret(show_i32.block())
    p.impl(show, I32, {"show": show_i32.fn.def_id})
    wrapper_t = AdtTy(wrapper.def_id, (T,), "Wrapper")
    show_wrapper = p.fn("show", [RefTy(wrapper_t)], UNIT, generics=1, path="<main::Wrapper<T> as main::Show>::show")
    show_wrapper.ret(show_wrapper.block())
    p.impl(show, wrapper_t, {"show": show_wrapper.fn.def_id}, generics=1)

    main = p.fn("main", [], UNIT, main=True)
    wrapper_u8 = AdtTy(wrapper.def_id, (U8,), "Wrapper")
    x, w, out = main.local(I32), main.local(wrapper_u8), main.local(UNIT)
    rx, rw = main.local(RefTy(I32)), main.local(RefTy(wrapper_u8))
    bb = main.block()
    main.assign(bb, rx, mir.Ref(x, False))
    main.assign(bb, rw, mir.Ref(w, False))
    for callee, receiver, self_ty in [(required, rx, I32), (required, rw, wrapper_u8), (default, rx, I32)]:
        after = main.block()
        func = main.const(None, FnDefTy(callee.fn.def_id, (self_ty,)))
        main.term(bb, mir.CallTerm(func, (mir.Copy(receiver),), out, after, p.span(2, 1)))
        bb = after
    main.ret(bb)
    items = collect_mono_items(p.program(), DiagnosticSink())
    assert items.items[1:] == [FnInstance(show_i32.fn.def_id), FnInstance(show_wrapper.fn.def_id, (U8,)),
                               FnInstance(default.fn.def_id, (I32,))]


def test_drop_and_fmt_glue_are_items_with_their_components() -> None:
    p = ProgramBuilder()
    drop_trait = p.trait("Drop", ["drop"])
    noisy = p.adt("Noisy", thir.AdtKind.STRUCT, [("Noisy", StructKind.UNIT, [])])
    noisy_ty = AdtTy(noisy.def_id, (), "Noisy")
    drop_fn = p.fn("drop", [RefTy(noisy_ty, True)], UNIT, path="<main::Noisy as core::ops::Drop>::drop")
    drop_fn.ret(drop_fn.block())
    p.impl(drop_trait, noisy_ty, {"drop": drop_fn.fn.def_id})
    main = p.fn("main", [], UNIT, main=True)
    pair_ty = TupleTy((I32, noisy_ty))
    pair, plain = main.local(pair_ty), main.local(TupleTy((I32, U8)))
    bb = main.print(main.block(), [display(0, FormatTrait.DEBUG)], [(plain, TupleTy((I32, U8)))])
    done = main.block()
    main.term(bb, mir.Drop(pair, done, p.span(1, 1)))
    main.ret(done)
    items = collect_mono_items(p.program(), DiagnosticSink())
    assert items.items[1:] == [
        FmtGlue(TupleTy((I32, U8)), FormatTrait.DEBUG), DropGlue(pair_ty),
        FmtGlue(I32, FormatTrait.DEBUG), FmtGlue(U8, FormatTrait.DEBUG),
        DropGlue(noisy_ty), FnInstance(drop_fn.fn.def_id)]


def test_polymorphic_recursion_hits_the_recursion_limit() -> None:
    p = ProgramBuilder()
    grow = p.fn("grow", [], UNIT, generics=1)
    grow.ret(grow.call(grow.block(), grow, [], mir.Place(0), (TupleTy((T,)),)))
    main = p.fn("main", [], UNIT, main=True)
    main.ret(main.call(main.block(), grow, [], mir.Place(0), (I32,)))
    sink = DiagnosticSink()
    collect_mono_items(p.program(), sink)
    assert [d.message.split("`")[0] for d in sink.diagnostics] == [
        "reached the recursion limit while instantiating "]


@pytest.mark.skipif(shutil.which("c++filt") is None, reason="c++filt demangles Rust legacy symbols")
def test_symbols_demangle_as_rust_paths() -> None:
    paths = ["main::sum", "main::geometry::Point::area", "<main::Point as core::fmt::Display>::fmt",
             "main::main::{closure#0}"]
    symbols = [mangle(path, (I32,)) for path in paths]
    assert all(s.startswith("_ZN") and s.endswith("E") for s in symbols)
    assert len({mangle("main::sum", (I32,)), mangle("main::sum", (I64,))}) == 2
    demangled = subprocess.run(["c++filt"], input="\n".join(symbols), capture_output=True, text=True).stdout
    for path, line in zip(paths, demangled.splitlines()):
        assert line.rsplit("::h", 1)[0] == path
