"""Human names of mono items: the generic origin, the instance, module and crate.

    origin(program, items, item) -> Origin

The generic origin is the source item a copy instantiates, printed as
cargo-llvm-lines prints it (own type parameters after the name; the impl's self
type inside the path):

    free fn          main::merge_sort<T>             main::merge_sort::<u16>
    inherent method  main::Stack<T>::push            main::Stack<u8>::push
    … on a built-in  std::slice::<impl [T]>::len     std::slice::<impl [u8]>::len
    trait impl       <u8 as main::Sample>::mix       (the same: nothing generic)
    generic impl     <main::Wrap<T> as std::cmp::PartialOrd>::lt
    default method   std::iter::Iterator::count      <Range<usize> as std::iter::Iterator>::count
    closure          main::main::{closure#0}
    drop glue        core::ptr::drop_in_place<T>     core::ptr::drop_in_place::<Vec<u8>>
    formatting glue  <T as core::fmt::Debug>::fmt    <main::P as core::fmt::Debug>::fmt

Functions' `path` is `module::name` (methods included), so the module is the path
without its last segment, after dropping closure segments (`{closure#0}`), which
belong to the module of the enclosing function. Glue belongs to `std` (it is
`core::ptr::drop_in_place` / `core::fmt` in rustc too).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from rustlet import thir
from rustlet.ast import FormatTrait
from rustlet.mono.items import DropGlue, FmtGlue, FnInstance, MonoItem
from rustlet.types import AdtTy, Ty, TraitRef, subst


@dataclass(frozen=True, slots=True)
class Origin:
    kind: str  # "fn" | "drop-glue" | "fmt-glue"
    generic: str
    instance: str
    type_args: list[str]
    module: str
    crate: str


def trait_name(trait: FormatTrait) -> str:
    """FormatTrait.LOWER_HEX → `LowerHex`."""
    return "".join(word.capitalize() for word in trait.name.split("_"))


def _module_of(path: str) -> str:
    segments = path.split("::")
    while len(segments) > 1 and segments[-1].startswith("{closure"):
        segments.pop()
    return "::".join(segments[:-1]) or segments[0]


def _trait_path(program: thir.Program, trait_ref: TraitRef, args: tuple[Ty, ...] | None) -> str:
    trait = program.traits.get(trait_ref.def_id)
    path = trait.path if trait is not None else trait_ref.name
    trait_args = trait_ref.args[1:] if args is None else tuple(subst(a, args) for a in trait_ref.args[1:])
    return path + (f"<{', '.join(str(a) for a in trait_args)}>" if trait_args else "")


def _fn_origin(program: thir.Program, instance: FnInstance) -> Origin:
    fn = program.fns[instance.def_id]
    args = instance.args
    own = fn.generics.params[fn.generics.own_start:]
    own_args = args[fn.generics.own_start:]
    module = _module_of(fn.path)
    generic_tail = f"{fn.name}<{', '.join(p.name for p in own)}>" if own else fn.name
    instance_tail = fn.name + (f"::<{', '.join(str(a) for a in own_args)}>" if own_args else "")
    impl = program.impls.get(fn.impl_of) if fn.impl_of is not None else None
    if impl is not None and impl.trait_ref is not None:
        generic = f"<{impl.self_ty} as {_trait_path(program, impl.trait_ref, None)}>::{generic_tail}"
        name = (f"<{subst(impl.self_ty, args)} as {_trait_path(program, impl.trait_ref, args)}>::"
                f"{instance_tail}")
    elif impl is not None and isinstance(impl.self_ty, AdtTy):
        generic = f"{module}::{impl.self_ty}::{generic_tail}"
        name = f"{module}::{subst(impl.self_ty, args)}::{instance_tail}"
    elif impl is not None:  # an inherent impl on a built-in type, printed as rustc does
        generic = f"{module}::<impl {impl.self_ty}>::{generic_tail}"
        name = f"{module}::<impl {subst(impl.self_ty, args)}>::{instance_tail}"
    elif fn.trait_of is not None and fn.trait_of in program.traits and args:
        # a trait's default method: Self is the first argument
        trait = program.traits[fn.trait_of]
        generic = f"{trait.path}::{generic_tail}"
        trait_args = args[1:trait.generics.count]
        trait_text = trait.path + (f"<{', '.join(str(a) for a in trait_args)}>" if trait_args else "")
        name = f"<{args[0]} as {trait_text}>::{instance_tail}"
    else:
        prefix = fn.path[:-len(fn.name)] if fn.path.endswith(fn.name) else fn.path + "::"
        generic = prefix + generic_tail
        name = fn.path + (f"::<{', '.join(str(a) for a in args)}>" if args else "")
    return Origin("fn", generic, name, [str(a) for a in args], module, fn.crate)


def origin(program: thir.Program, item: MonoItem) -> Origin:
    match item:
        case FnInstance():
            return _fn_origin(program, item)
        case DropGlue(ty=ty):
            return Origin("drop-glue", "core::ptr::drop_in_place<T>", f"core::ptr::drop_in_place::<{ty}>",
                          [str(ty)], "core::ptr", "std")
        case FmtGlue(ty=ty, trait=trait):
            name = trait_name(trait)
            return Origin("fmt-glue", f"<T as core::fmt::{name}>::fmt", f"<{ty} as core::fmt::{name}>::fmt",
                          [str(ty)], "core::fmt", "std")
    raise AssertionError(f"not a mono item: {item!r}")


_USER_CRATE = re.compile(r"(?<![\w:])main::")


def short(name: str) -> str:
    """A name for reports: the user's crate prefix `main::` dropped wherever it starts a path."""
    return _USER_CRATE.sub("", name)
