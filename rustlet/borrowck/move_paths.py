"""Move paths: the places whose initialization borrowck tracks (rustc's `MoveData`).

A move path is a local followed by field and downcast projections and derefs of boxes
(`v`, `u.email`, `(o as Some).0`, `*b`, `(*b).left`): the places that can be moved out of
and re-initialized separately.  Other derefs, indexing and subslices end a path (`*r` is
never moved from: that is E0507).  A box owns its value, so `let v = *b;` moves `*b` and
leaves `b` itself initialized: its drop then only frees the allocation (elaborate_drops.py).
Paths form a tree under each local; each path gets one bit, so a set of paths is an int.

`descendants[p]` is p with everything under it, `ancestors[p]` p with everything above:
moving or initializing p affects `descendants[p]`; using p needs `ancestors[p]` and
`descendants[p]` initialized (a use of `u` after `u.email` moved is a use of a partially
moved value).  When a path has children, all its fields get a path (the fields of a
variant under a downcast), so dropping a partially moved value can drop every other
field on its own ("open drop" in elaborate_drops.py).

`statement_effects`/`terminator_effects` give each location's (moved, initialized)
path sets, which the initialization analyses and drop elaboration share.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from rustlet import thir
from rustlet.mir import syntax as mir
from rustlet.mir.validate import PlaceTypeError, place_ty
from rustlet.types import AdtTy, ClosureTy, TupleTy, subst


@dataclass(slots=True)
class MovePath:
    place: mir.Place
    parent: int | None
    children: list[int] = field(default_factory=list)


class MoveData:
    def __init__(self, body: mir.Body, program: thir.Program) -> None:
        self.body = body
        self.program = program
        self.paths: list[MovePath] = []
        self.index: dict[mir.Place, int] = {}
        for local in range(len(body.locals)):
            self.add(mir.Place(local))
        for place in places_in_body(body):
            self.add(self.trackable_prefix(place))
        self.complete_siblings()
        self.descendants = [0] * len(self.paths)
        for p in reversed(range(len(self.paths))):  # children are created after parents
            mask = 1 << p
            for child in self.paths[p].children:
                mask |= self.descendants[child]
            self.descendants[p] = mask
        self.ancestors = [0] * len(self.paths)
        for p, path in enumerate(self.paths):
            self.ancestors[p] = (1 << p) | (self.ancestors[path.parent] if path.parent is not None else 0)

    def is_box(self, place: mir.Place) -> bool:
        try:
            ty = place_ty(self.body, place, self.program)
        except PlaceTypeError:
            return False
        return isinstance(ty, AdtTy) and ty.def_id == self.program.lang_items.get("Box")

    def trackable_prefix(self, place: mir.Place) -> mir.Place:
        """The longest prefix of `place` that is a move path."""
        for i, elem in enumerate(place.projection):
            prefix = mir.Place(place.local, place.projection[:i])
            if isinstance(elem, mir.DerefProj) and self.is_box(prefix):
                continue
            if not isinstance(elem, (mir.FieldProj, mir.DowncastProj)):
                return prefix
        return place

    def add(self, place: mir.Place) -> int:
        if place in self.index:
            return self.index[place]
        parent = None
        if place.projection:
            parent = self.add(mir.Place(place.local, place.projection[:-1]))
        self.paths.append(MovePath(place, parent))
        index = len(self.paths) - 1
        self.index[place] = index
        if parent is not None:
            self.paths[parent].children.append(index)
        return index

    def complete_siblings(self) -> None:
        """Give every field of a struct/tuple/variant with a tracked field its own path."""
        i = 0
        while i < len(self.paths):
            path = self.paths[i]
            i += 1
            if not path.children:
                continue
            for child in list(path.children):
                last = self.paths[child].place.projection[-1]
                if isinstance(last, (mir.DowncastProj, mir.DerefProj)):
                    continue  # a variant's fields come from its own path; a box has only `*b`
                for place in self.field_places(path.place):
                    self.add(place)

    def field_places(self, place: mir.Place) -> list[mir.Place]:
        try:
            ty = place_ty(self.body, place, self.program) if not (
                place.projection and isinstance(place.projection[-1], mir.DowncastProj)) else None
        except PlaceTypeError:
            return []
        if place.projection and isinstance(place.projection[-1], mir.DowncastProj):
            base_ty = place_ty(self.body, mir.Place(place.local, place.projection[:-1]), self.program)
            if not isinstance(base_ty, AdtTy) or base_ty.def_id not in self.program.adts:
                return []
            variant = self.program.adts[base_ty.def_id].variants[place.projection[-1].variant]
            return [place.project(mir.FieldProj(i, subst(f.ty, base_ty.args))) for i, f in enumerate(variant.fields)]
        match ty:
            case TupleTy(elems=elems):
                return [place.project(mir.FieldProj(i, t)) for i, t in enumerate(elems)]
            case ClosureTy(upvars=upvars):
                return [place.project(mir.FieldProj(i, t)) for i, t in enumerate(upvars)]
            case AdtTy(def_id=def_id, args=args) if def_id in self.program.adts:
                adt = self.program.adts[def_id]
                if adt.kind is thir.AdtKind.STRUCT:
                    return [place.project(mir.FieldProj(i, subst(f.ty, args)))
                            for i, f in enumerate(adt.variants[0].fields)]
        return []

    def path_of(self, place: mir.Place) -> int | None:
        """The move path of a trackable place (None for places through other derefs)."""
        return self.index.get(place)  # only trackable places are indexed

    def base_path(self, place: mir.Place) -> int:
        """The move path of the longest tracked prefix of `place`."""
        prefix = self.trackable_prefix(place)
        while prefix not in self.index:
            prefix = mir.Place(prefix.local, prefix.projection[:-1])
        return self.index[prefix]

    # ── effects ──

    def moved_by(self, operands: tuple[mir.Operand, ...] | list[mir.Operand]) -> int:
        mask = 0
        for operand in operands:
            if isinstance(operand, mir.Move):
                path = self.path_of(operand.place)
                if path is not None:
                    mask |= self.descendants[path]
        return mask

    def init_of(self, place: mir.Place) -> int:
        path = self.path_of(place)
        return 0 if path is None else self.descendants[path]

    def statement_effects(self, stmt: mir.Statement) -> tuple[int, int]:
        """(paths made uninitialized, paths initialized) by a statement."""
        match stmt:
            case mir.Assign(place=place, rvalue=rvalue):
                init = self.init_of(place)  # the move happens first: `x = f(move x.0)` ends initialized
                return self.moved_by(rvalue_operands(rvalue)) & ~init, init
            case mir.StorageLive(local=local) | mir.StorageDead(local=local):
                return self.descendants[local], 0
        return 0, 0

    def terminator_effects(self, term: mir.Terminator) -> tuple[int, int]:
        match term:
            case mir.CallTerm(func=func, args=args, destination=dest):
                operands = list(args) + ([] if isinstance(func, mir.Builtin) else [func])
                init = self.init_of(dest)
                return self.moved_by(operands) & ~init, init
            case mir.Drop(place=place):
                return self.init_of(place), 0
            case mir.SwitchInt(discr=discr):
                return self.moved_by([discr]), 0
            case mir.Assert(cond=cond):
                return self.moved_by([cond]), 0
        return 0, 0

    def args_mask(self) -> int:
        mask = 0
        for local in range(1, self.body.arg_count + 1):
            mask |= self.descendants[local]
        return mask

    def all_mask(self) -> int:
        return (1 << len(self.paths)) - 1


def rvalue_operands(rvalue: mir.Rvalue) -> list[mir.Operand]:
    match rvalue:
        case mir.Use(operand=o) | mir.Repeat(operand=o) | mir.Cast(operand=o) | mir.UnaryOp(operand=o):
            return [o]
        case mir.BinaryOp(lhs=a, rhs=b) | mir.CheckedBinaryOp(lhs=a, rhs=b):
            return [a, b]
        case mir.Aggregate(operands=ops):
            return list(ops)
    return []


def places_in_body(body: mir.Body) -> list[mir.Place]:
    out: list[mir.Place] = []
    for data in body.blocks:
        for stmt in data.statements:
            if isinstance(stmt, mir.Assign):
                out.append(stmt.place)
                for o in rvalue_operands(stmt.rvalue):
                    if not isinstance(o, mir.Constant):
                        out.append(o.place)
        term = data.terminator
        if isinstance(term, mir.CallTerm):
            out.append(term.destination)
            out.extend(a.place for a in term.args if not isinstance(a, mir.Constant))
        elif isinstance(term, mir.Drop):
            out.append(term.place)
    return out
