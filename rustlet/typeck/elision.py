"""Lifetime elision in signatures: E0106 (missing lifetime specifier).

A reference written without a lifetime in a function's return type takes its lifetime
from the inputs (the Rust reference's elision rules): the lifetime of `&self` /
`&mut self` when there is one, else the only lifetime used by the parameters, elided
or named.  With no input lifetime, or several and no `self` reference, the output
lifetime is missing: E0106 at the `&`.  A reference in a struct or enum field must
name a lifetime always.

Only references are checked here (`&T` in a path's generic arguments, tuples, arrays
and slices included); an ADT whose lifetime arguments are omitted is left to
borrowck's region inference, which treats the omitted ones as elided.
"""
from __future__ import annotations

from rustlet import ast
from rustlet.diagnostics import error
from rustlet.source import Span
from rustlet.typeck.context import Tcx


def elided_refs(ty: ast.Node | None, out: list[ast.RefType]) -> list[ast.RefType]:
    """The `&T` in `ty` written without a lifetime (or with `'_`), outside fn pointers
    and `Fn(..)` sugar (which bind their own lifetimes)."""
    match ty:
        case ast.RefType(inner=inner, lifetime=lifetime):
            if lifetime is None or lifetime.name == "'_":
                out.append(ty)
            elided_refs(inner, out)
        case ast.PathType(path=path):
            for seg in path.segments:
                args = seg.generic_args
                if args is not None and not args.parenthesized:
                    for a in args.args:
                        elided_refs(a, out)
                    for b in args.bindings:
                        elided_refs(b.ty, out)
        case ast.TupleType(elems=elems):
            for e in elems:
                elided_refs(e, out)
        case ast.ArrayType(elem=elem) | ast.SliceType(elem=elem):
            elided_refs(elem, out)
    return out


def input_lifetimes(ty: ast.Node | None, named: set[str]) -> int:
    """Count the elided lifetimes of an input type, adding the named ones to `named`."""
    match ty:
        case ast.RefType(inner=inner, lifetime=lifetime):
            own = 1 if lifetime is None or lifetime.name == "'_" else 0
            if not own:
                named.add(lifetime.name)  # type: ignore[union-attr]
            return own + input_lifetimes(inner, named)
        case ast.PathType(path=path):
            total = 0
            for seg in path.segments:
                args = seg.generic_args
                if args is not None and not args.parenthesized:
                    for a in args.args:
                        if isinstance(a, ast.Lifetime):
                            if a.name == "'_":
                                total += 1
                            else:
                                named.add(a.name)
                        else:
                            total += input_lifetimes(a, named)
            return total
        case ast.TupleType(elems=elems):
            return sum(input_lifetimes(e, named) for e in elems)
        case ast.ArrayType(elem=elem) | ast.SliceType(elem=elem):
            return input_lifetimes(elem, named)
    return 0


def amp_span(ref: ast.RefType) -> Span:
    return Span(ref.span.file, ref.span.lo, ref.span.lo + 1)


def param_name(param: ast.Param) -> str | None:
    return param.pat.name if isinstance(param.pat, ast.IdentPat) else None


def check_fn_elision(tcx: Tcx, node: ast.FnDecl) -> None:
    holes = elided_refs(node.ret, [])
    if not holes:
        return
    sp = node.self_param
    if sp is not None and sp.kind in (ast.SelfKind.REF, ast.SelfKind.REF_MUT):
        return
    named: set[str] = set()
    with_lifetimes: list[str] = []
    elided = 0
    for p in node.params:
        before = len(named)
        n = input_lifetimes(p.ty, named)
        elided += n
        name = param_name(p)
        if (n or len(named) > before) and name is not None:
            with_lifetimes.append(name)
    if sp is not None and sp.kind is ast.SelfKind.EXPLICIT:
        elided += input_lifetimes(sp.explicit_ty, named)
    if elided + len(named) == 1:
        return
    if elided + len(named) == 0:
        why = "but there is no value for it to be borrowed from"
    else:
        quoted = [f"`{n}`" for n in with_lifetimes]
        listed = " or ".join(quoted) if len(quoted) <= 2 else ", ".join(quoted[:-1]) + ", or " + quoted[-1]
        why = f"but the signature does not say whether it is borrowed from {listed}" if quoted else \
            "but the signature does not say which one of the arguments it is borrowed from"
    for hole in holes:
        diagnostic = error("missing lifetime specifier", amp_span(hole), "expected named lifetime parameter", "E0106")
        diagnostic.with_help(f"this function's return type contains a borrowed value, {why}")
        tcx.sink.emit(diagnostic)


def check_field_elision(tcx: Tcx, ty: ast.Node) -> None:
    for hole in elided_refs(ty, []):
        diagnostic = error("missing lifetime specifier", amp_span(hole), "expected named lifetime parameter", "E0106")
        diagnostic.with_help("consider introducing a named lifetime parameter")
        tcx.sink.emit(diagnostic)
