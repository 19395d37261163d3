"""Naming places in diagnostics the way rustc does: `v`, `p.x`, `*r`, `self.items`.

A deref is written only when it is the last projection (`*c`); in the middle it is
implied, as in source (`(*self).n` is `self.n`).  Fields use their declared names
(tuple fields their index); downcasts are invisible.  Inside a closure body, a
captured variable (`(*_1).0`, through the environment) is named by the variable.
Temporaries have no name: `describe_place` returns None and callers fall back to
"value".  `scope_end` places "dropped here" labels where rustc does.
"""
from __future__ import annotations

from rustlet import thir
from rustlet.mir import syntax as mir
from rustlet.mir.validate import PlaceTypeError, place_ty
from rustlet.source import Span
from rustlet.types import AdtTy


def describe_place(body: mir.Body, place: mir.Place, program: thir.Program) -> str | None:
    projection = list(place.projection)
    name = root_name(body, place, program, projection)
    if name is None:
        return None
    prefix_len = len(place.projection) - len(projection)
    text = name
    for i, elem in enumerate(projection):
        base = mir.Place(place.local, place.projection[:prefix_len + i])
        match elem:
            case mir.DerefProj():
                if i == len(projection) - 1:
                    text = "*" + text
            case mir.FieldProj(index=index):
                text += "." + field_name(body, base, index, program)
            case mir.IndexProj() | mir.SubsliceProj():
                text += "[..]"
    return text


def root_name(body: mir.Body, place: mir.Place, program: thir.Program,
              projection: list[mir.ProjectionElem]) -> str | None:
    """The name of the place's root variable; consumes the environment projections of an
    upvar from `projection`."""
    fn = program.fns.get(body.def_id)
    if fn is not None and fn.closure_kind is not None and place.local == 1:
        if projection and isinstance(projection[0], mir.DerefProj):
            projection.pop(0)
        if not projection or not isinstance(projection[0], mir.FieldProj):
            return None
        upvar = fn.upvars[projection.pop(0).index]
        if upvar.kind is not thir.CaptureKind.BY_VALUE and projection and isinstance(projection[0], mir.DerefProj):
            projection.pop(0)
        info = program.locals.get(upvar.local)
        return info.name if info is not None else None
    decl = body.locals[place.local]
    return decl.name if decl.is_user_var else None


def field_name(body: mir.Body, base: mir.Place, index: int, program: thir.Program) -> str:
    variant = 0
    if base.projection and isinstance(base.projection[-1], mir.DowncastProj):
        variant = base.projection[-1].variant
        base = mir.Place(base.local, base.projection[:-1])
    try:
        ty = place_ty(body, base, program)
    except PlaceTypeError:
        return str(index)
    if isinstance(ty, AdtTy) and ty.def_id in program.adts:
        fields = program.adts[ty.def_id].variants[variant].fields
        if index < len(fields):
            return fields[index].name
    return str(index)


def root_local_name(body: mir.Body, place: mir.Place, program: thir.Program) -> str | None:
    """The variable a place starts from (`p` for `p.x`, `r` for `*r`)."""
    return root_name(body, place, program, list(place.projection))


def scope_end(span: Span) -> Span:
    """Where a value dies, as rustc points at it: MIR gives the end of a scope as the
    empty span after its `}` (or the statement's `;`); rustc underlines that character."""
    return Span(span.file, span.lo - 1, span.hi) if span.lo == span.hi and span.lo > 0 else span
