"""The MIR validator: is a body well-formed for its phase?  (rustc's `validate.rs`.)

`validate_body(body, program)` returns a list of messages (empty when valid).  Tests
run it on every body they build and after every pass.  It checks:

- structure: every block has a terminator, every target and local exists;
- types: each projection applies to its base (deref of a pointer, field of a
  tuple/struct/variant/closure with the field's declared type, index of an array or
  slice by a usize local, downcast of an enum); an assignment's rvalue has the type of
  its destination (comparing with regions erased); aggregate operands have their field
  types; switch discriminants are integers, bools or chars; asserts test bools; a
  call of a fn item writes a destination of the callee's return type (assignments,
  aggregates and calls compare types after normalizing projections in the body's
  environment: `Normalizer`);
- phase: from MONO on, no type parameter or projection type remains;
- storage: a local that has StorageLive/StorageDead markers is used only where it is
  definitely live (a forward "maybe storage-dead" dataflow over the body).

`place_ty(body, place, program)` is the type of a place; codegen may use it too.
"""
from __future__ import annotations

from rustlet import thir
from rustlet.ast import BinOp
from rustlet.mir import dataflow
from rustlet.mir import syntax as mir
from rustlet.types import (BOOL, ISIZE, USIZE, AdtTy, ArrayTy, BoolTy, CharTy, ClosureTy, DefId, ErrorTy, FnDefTy,
                           IntTy, NeverTy, ParamTy, ProjectionTy, RawPtrTy, RefTy, SliceTy, TraitRef, TupleTy, Ty,
                           erase_regions, subst)

COMPARISONS = (BinOp.EQ, BinOp.NE, BinOp.LT, BinOp.LE, BinOp.GT, BinOp.GE)


class PlaceTypeError(Exception):
    pass


def pointee(ty: Ty, program: thir.Program) -> Ty:
    if isinstance(ty, (RefTy, RawPtrTy)):
        return ty.inner
    if isinstance(ty, AdtTy) and ty.def_id == program.lang_items.get("Box") and ty.args:
        return ty.args[0]
    raise PlaceTypeError(f"deref of non-pointer type `{ty}`")


def place_ty(body: mir.Body, place: mir.Place, program: thir.Program) -> Ty:
    """The type of `place`; raises PlaceTypeError if a projection does not apply."""
    if not 0 <= place.local < len(body.locals):
        raise PlaceTypeError(f"local _{place.local} out of range")
    ty = body.locals[place.local].ty
    variant: int | None = None
    for elem in place.projection:
        match elem:
            case mir.DerefProj():
                ty = pointee(ty, program)
            case mir.FieldProj(index=index, ty=field_ty):
                expected = field_type(ty, variant, index, program)
                if expected is not None and erase_regions(expected) != erase_regions(field_ty):
                    raise PlaceTypeError(f"field {index} of `{ty}` has type `{expected}`, projection says `{field_ty}`")
                ty = field_ty
            case mir.IndexProj(local=local):
                if not 0 <= local < len(body.locals) or body.locals[local].ty != USIZE:
                    raise PlaceTypeError(f"index local _{local} is not a usize local")
                if not isinstance(ty, (ArrayTy, SliceTy)):
                    raise PlaceTypeError(f"index of non-array type `{ty}`")
                ty = ty.elem
            case mir.SubsliceProj():
                if not isinstance(ty, (ArrayTy, SliceTy)):
                    raise PlaceTypeError(f"subslice of non-array type `{ty}`")
                ty = SliceTy(ty.elem)
            case mir.DowncastProj(variant=v):
                if not (isinstance(ty, AdtTy) and ty.def_id in program.adts
                        and v < len(program.adts[ty.def_id].variants)):
                    raise PlaceTypeError(f"downcast of `{ty}` to variant {v}")
                variant = v
                continue
        variant = None
    if variant is not None:
        raise PlaceTypeError("place ends in a downcast")
    return ty


def field_type(ty: Ty, variant: int | None, index: int, program: thir.Program) -> Ty | None:
    """The declared type of a field, or None when it cannot be known (a generic base)."""
    match ty:
        case TupleTy(elems=elems):
            if index >= len(elems):
                raise PlaceTypeError(f"field {index} of `{ty}`")
            return elems[index]
        case ClosureTy(upvars=upvars):
            if index >= len(upvars):
                raise PlaceTypeError(f"upvar {index} of `{ty}`")
            return upvars[index]
        case AdtTy(def_id=def_id, args=args) if def_id in program.adts:
            adt = program.adts[def_id]
            if variant is None and adt.kind is thir.AdtKind.ENUM:
                raise PlaceTypeError(f"field of enum `{ty}` without a downcast")
            fields = adt.variants[variant or 0].fields
            if index >= len(fields):
                raise PlaceTypeError(f"field {index} of `{ty}`")
            return subst(fields[index].ty, args)
    raise PlaceTypeError(f"field projection on `{ty}`")


def same_type(a: Ty, b: Ty) -> bool:
    return isinstance(a, (NeverTy, ErrorTy)) or isinstance(b, ErrorTy) or erase_regions(a) == erase_regions(b)


def mentions_param(ty: Ty) -> bool:
    match ty:
        case ParamTy() | ProjectionTy():
            return True
        case TupleTy(elems=elems):
            return any(mentions_param(e) for e in elems)
        case ArrayTy(elem=e) | SliceTy(elem=e) | RefTy(inner=e) | RawPtrTy(inner=e):
            return mentions_param(e)
        case AdtTy(args=args) | FnDefTy(args=args):
            return any(mentions_param(a) for a in args)
        case ClosureTy(args=args, upvars=upvars):
            return any(mentions_param(a) for a in args + upvars)
    return False


def match_pattern(pattern: Ty, ty: Ty, bindings: dict[int, Ty]) -> bool:
    """One-sided match of an impl header type (its ParamTys bind) against `ty` (whose
    own ParamTys, the body's, are opaque)."""
    match pattern:
        case ParamTy(index=i):
            if i in bindings:
                return bindings[i] == ty
            bindings[i] = ty
            return True
        case TupleTy(elems=elems) if isinstance(ty, TupleTy) and len(ty.elems) == len(elems):
            return all(match_pattern(p, t, bindings) for p, t in zip(elems, ty.elems))
        case ArrayTy(elem=elem, length=n) if isinstance(ty, ArrayTy) and ty.length == n:
            return match_pattern(elem, ty.elem, bindings)
        case SliceTy(elem=elem) if isinstance(ty, SliceTy):
            return match_pattern(elem, ty.elem, bindings)
        case RefTy(inner=inner, mutable=m) if isinstance(ty, RefTy) and ty.mutable == m:
            return match_pattern(inner, ty.inner, bindings)
        case RawPtrTy(inner=inner, mutable=m) if isinstance(ty, RawPtrTy) and ty.mutable == m:
            return match_pattern(inner, ty.inner, bindings)
        case AdtTy(def_id=d, args=args) if isinstance(ty, AdtTy) and ty.def_id == d:
            return all(match_pattern(p, t, bindings) for p, t in zip(args, ty.args))
    return erase_regions(pattern) == erase_regions(ty)


class Normalizer:
    """Projections of a generic body's types, as rustc normalizes in the body's param
    env: a bound `I: Iterator<Item = X>` of the body (or of its impl) gives X; a self
    type with a known head selects the impl by its header (`<&[T] as
    IntoIterator>::IntoIter` → `Iter<T>`; a blanket `impl<I> … for I` only when no
    other header matches); the Fn traits' `Output` is the callee's return type.  A
    projection on a type parameter without such a bound stays as it is (rigid)."""

    def __init__(self, program: thir.Program, def_id: DefId) -> None:
        self.program = program
        fn = program.fns.get(def_id)
        self.env = fn.generics.projections if fn is not None else []

    def normalize(self, ty: Ty, depth: int = 0) -> Ty:
        if depth > 16 or not mentions_param(ty):
            return ty
        go = lambda t: self.normalize(t, depth + 1)  # noqa: E731
        match ty:
            case ProjectionTy(trait_ref=tr, name=name):
                tr = TraitRef(tr.def_id, tuple(go(a) for a in tr.args), tr.name)
                found = self.project(tr, name)
                return ty if found is None else go(found)
            case TupleTy(elems=elems):
                return TupleTy(tuple(go(e) for e in elems))
            case ArrayTy(elem=elem, length=n):
                return ArrayTy(go(elem), n)
            case SliceTy(elem=elem):
                return SliceTy(go(elem))
            case RefTy(inner=inner, mutable=m):
                return RefTy(go(inner), m)
            case RawPtrTy(inner=inner, mutable=m):
                return RawPtrTy(go(inner), m)
            case AdtTy(def_id=d, args=args, name=n):
                return AdtTy(d, tuple(go(a) for a in args), n)
        return ty

    def project(self, tr: TraitRef, name: str) -> Ty | None:
        for bound_tr, bound_name, bound_ty in self.env:
            if bound_name == name and erase_regions(TupleTy(bound_tr.args)) == erase_regions(TupleTy(tr.args)) \
                    and bound_tr.def_id == tr.def_id:
                return bound_ty
        self_ty = tr.args[0]
        if name == "Output" and isinstance(self_ty, (ClosureTy, FnDefTy)) and self_ty.def_id in self.program.fns:
            return subst(self.program.fns[self_ty.def_id].sig.output, self_ty.args)
        if isinstance(self_ty, (ParamTy, ProjectionTy)):
            return None
        candidates: list[tuple[thir.ImplDef, dict[int, Ty]]] = []
        for impl in self.program.impls.values():
            if impl.trait_ref is None or impl.trait_ref.def_id != tr.def_id or name not in impl.assoc_types:
                continue
            bindings: dict[int, Ty] = {}
            if len(impl.trait_ref.args) == len(tr.args) and all(
                    match_pattern(p, t, bindings) for p, t in zip(impl.trait_ref.args, tr.args)):
                candidates.append((impl, bindings))
        if len(candidates) > 1:
            candidates = [c for c in candidates if not isinstance(c[0].trait_ref.args[0], ParamTy)]  # type: ignore[union-attr]
        if len(candidates) != 1:
            return None
        impl, bindings = candidates[0]
        if len(bindings) < len(impl.generics.params):
            return None  # a parameter only a projection bound determines: left as is
        return subst(impl.assoc_types[name], tuple(bindings[i] for i in range(len(impl.generics.params))))


def mentions_projection(ty: Ty) -> bool:
    match ty:
        case ProjectionTy():
            return True
        case TupleTy(elems=elems):
            return any(mentions_projection(e) for e in elems)
        case ArrayTy(elem=e) | SliceTy(elem=e) | RefTy(inner=e) | RawPtrTy(inner=e):
            return mentions_projection(e)
        case AdtTy(args=args) | FnDefTy(args=args):
            return any(mentions_projection(a) for a in args)
    return False


class Validator:
    def __init__(self, body: mir.Body, program: thir.Program) -> None:
        self.body = body
        self.program = program
        self.errors: list[str] = []
        self.normalizer = Normalizer(program, body.def_id)

    def error(self, where: str, message: str) -> None:
        self.errors.append(f"{self.body.name}: {where}: {message}")

    def same_type(self, a: Ty, b: Ty) -> bool:
        """Equal after normalizing both in the body's environment.  A projection left
        rigid may equal the other side through a bound the validator does not see (a
        trait's `type IntoIter: Iterator<Item = …>`): not reported."""
        a, b = self.normalizer.normalize(a), self.normalizer.normalize(b)
        return same_type(a, b) or mentions_projection(a) or mentions_projection(b)

    def place(self, place: mir.Place, where: str) -> Ty | None:
        try:
            return place_ty(self.body, place, self.program)
        except PlaceTypeError as failure:
            self.error(where, str(failure))
            return None

    def operand(self, operand: mir.Operand, where: str) -> Ty | None:
        if isinstance(operand, mir.Constant):
            return operand.ty
        return self.place(operand.place, where)

    def rvalue(self, rvalue: mir.Rvalue, where: str) -> Ty | None:
        match rvalue:
            case mir.Use(operand=o):
                return self.operand(o, where)
            case mir.Repeat(operand=o, count=n):
                elem = self.operand(o, where)
                return None if elem is None else ArrayTy(elem, n)
            case mir.Ref(place=p, mutable=m):
                ty = self.place(p, where)
                return None if ty is None else RefTy(ty, m)
            case mir.AddressOf(place=p, mutable=m):
                ty = self.place(p, where)
                return None if ty is None else RawPtrTy(ty, m)
            case mir.Len(place=p):
                ty = self.place(p, where)
                if ty is not None and not isinstance(ty, (ArrayTy, SliceTy)):
                    self.error(where, f"Len of `{ty}`")
                return USIZE
            case mir.Cast(operand=o, ty=ty):
                self.operand(o, where)
                return ty
            case mir.BinaryOp(op=op, lhs=a, rhs=b) | mir.CheckedBinaryOp(op=op, lhs=a, rhs=b):
                lhs, rhs = self.operand(a, where), self.operand(b, where)
                if lhs is not None and rhs is not None and op not in (BinOp.SHL, BinOp.SHR) \
                        and not same_type(lhs, rhs):
                    self.error(where, f"operands of {op.value} have types `{lhs}` and `{rhs}`")
                if lhs is None:
                    return None
                result = BOOL if op in COMPARISONS else lhs
                return TupleTy((result, BOOL)) if isinstance(rvalue, mir.CheckedBinaryOp) else result
            case mir.UnaryOp(operand=o):
                return self.operand(o, where)
            case mir.Discriminant(place=p):
                ty = self.place(p, where)
                if isinstance(ty, AdtTy) and ty.def_id in self.program.adts:
                    return self.program.adts[ty.def_id].discr_ty or ISIZE
                if ty is not None:
                    self.error(where, f"discriminant of `{ty}`")
                return None
            case mir.Aggregate():
                self.aggregate(rvalue, where)
                return rvalue.ty
        self.error(where, f"unknown rvalue {rvalue!r}")
        return None

    def aggregate(self, agg: mir.Aggregate, where: str) -> None:
        types = [self.operand(o, where) for o in agg.operands]
        expected: list[Ty] | None = None
        match agg.kind, agg.ty:
            case mir.AggregateKind.TUPLE, TupleTy(elems=elems):
                expected = list(elems)
            case mir.AggregateKind.ARRAY, ArrayTy(elem=elem, length=n):
                expected = [elem] * n
            case mir.AggregateKind.ADT, AdtTy(def_id=def_id, args=args) if def_id in self.program.adts:
                fields = self.program.adts[def_id].variants[agg.variant].fields
                expected = [subst(f.ty, args) for f in fields]
            case mir.AggregateKind.CLOSURE, ClosureTy(upvars=upvars):
                expected = list(upvars)
            case _:
                self.error(where, f"{agg.kind.value} aggregate of type `{agg.ty}`")
                return
        if len(expected) != len(types):
            self.error(where, f"aggregate of `{agg.ty}` has {len(types)} operands, expected {len(expected)}")
            return
        for i, (got, want) in enumerate(zip(types, expected)):
            if got is not None and not self.same_type(got, want):
                self.error(where, f"operand {i} of `{agg.ty}` has type `{got}`, expected `{want}`")

    def statement(self, stmt: mir.Statement, where: str) -> None:
        match stmt:
            case mir.Assign(place=p, rvalue=rv):
                dest = self.place(p, where)
                value = self.rvalue(rv, where)
                if dest is not None and value is not None and not self.same_type(value, dest):
                    self.error(where, f"assigning `{value}` to a place of type `{dest}`")
            case mir.SetDiscriminant(place=p) | mir.FakeRead(place=p):
                self.place(p, where)
            case mir.StorageLive(local=local) | mir.StorageDead(local=local):
                if not 0 <= local < len(self.body.locals):
                    self.error(where, f"storage marker of unknown local _{local}")

    def terminator(self, term: mir.Terminator, where: str) -> None:
        n = len(self.body.blocks)
        for target in dataflow.successors(term):
            if not 0 <= target < n:
                self.error(where, f"jump to unknown block bb{target}")
        match term:
            case mir.SwitchInt(discr=d, values=values, targets=targets):
                ty = self.operand(d, where)
                if ty is not None and not isinstance(ty, (IntTy, BoolTy, CharTy)):
                    self.error(where, f"switchInt on `{ty}`")
                if len(values) != len(targets):
                    self.error(where, "switchInt with different numbers of values and targets")
            case mir.Assert(cond=c, msg=msg):
                ty = self.operand(c, where)
                if ty is not None and ty != BOOL:
                    self.error(where, f"assert on `{ty}`")
                for o in msg.operands:
                    self.operand(o, where)
            case mir.Drop(place=p):
                self.place(p, where)
            case mir.CallTerm(func=func, args=args, destination=dest):
                dest_ty = self.place(dest, where)
                for a in args:
                    self.operand(a, where)
                if isinstance(func, mir.Builtin):
                    if func.name not in mir.BUILTINS and func.name != "str_eq":
                        self.error(where, f"unknown builtin `{func.name}`")
                    return
                func_ty = self.operand(func, where)
                if isinstance(func_ty, FnDefTy) and func_ty.def_id in self.program.fns and dest_ty is not None:
                    callee = self.program.fns[func_ty.def_id]
                    ret = subst(callee.sig.output, func_ty.args)
                    if not self.same_type(ret, dest_ty):
                        self.error(where, f"call returning `{ret}` into a place of type `{dest_ty}`")

    def storage(self) -> None:
        """Uses of locals outside their StorageLive..StorageDead ranges."""
        tracked = 0
        for data in self.body.blocks:
            for stmt in data.statements:
                if isinstance(stmt, (mir.StorageLive, mir.StorageDead)) and stmt.local < len(self.body.locals):
                    tracked |= 1 << stmt.local
        if not tracked or any(data.terminator is None for data in self.body.blocks):
            return
        results = dataflow.iterate_to_fixpoint(MaybeStorageDead(tracked), self.body)
        reachable = set(dataflow.reverse_postorder(self.body))

        def visit(location: dataflow.Location, dead: int, stmt: mir.Statement | mir.Terminator) -> None:
            if isinstance(stmt, (mir.StorageLive, mir.StorageDead)):
                return
            for local in locals_used(stmt):
                if dead >> local & 1:
                    self.error(f"bb{location[0]}[{location[1]}]", f"use of _{local} while its storage may be dead")

        for block in reachable:
            results.visit_statements(block, visit)

    def run(self) -> list[str]:
        if self.body.arg_count >= len(self.body.locals):
            self.error("signature", "fewer locals than arguments + return place")
        for index, data in enumerate(self.body.blocks):
            for i, stmt in enumerate(data.statements):
                self.statement(stmt, f"bb{index}[{i}]")
            if data.terminator is None:
                self.error(f"bb{index}", "block without terminator")
            else:
                self.terminator(data.terminator, f"bb{index}[{len(data.statements)}]")
        if self.body.phase.value >= mir.MirPhase.MONO.value:
            for local, decl in enumerate(self.body.locals):
                if mentions_param(decl.ty):
                    self.error(f"_{local}", f"generic type `{decl.ty}` in phase {self.body.phase.name}")
        if not self.errors:
            self.storage()
        return self.errors


class MaybeStorageDead(dataflow.GenKillAnalysis):
    """Bit i: local i (one with storage markers) may be dead here."""

    def __init__(self, tracked: int) -> None:
        self.tracked = tracked

    def start_state(self) -> int:
        return self.tracked

    def statement_gen_kill(self, stmt: mir.Statement, location: dataflow.Location) -> tuple[int, int]:
        if isinstance(stmt, mir.StorageLive):
            return 0, 1 << stmt.local
        if isinstance(stmt, mir.StorageDead):
            return 1 << stmt.local, 0
        return 0, 0


def operand_locals(operand: mir.Operand) -> list[mir.Local]:
    return [] if isinstance(operand, mir.Constant) else place_locals(operand.place)


def place_locals(place: mir.Place) -> list[mir.Local]:
    out = [place.local]
    for elem in place.projection:
        if isinstance(elem, mir.IndexProj):
            out.append(elem.local)
        elif isinstance(elem, mir.SubsliceProj):
            out.extend((elem.from_, elem.to))
    return out


def rvalue_locals(rvalue: mir.Rvalue) -> list[mir.Local]:
    match rvalue:
        case mir.Use(operand=o) | mir.Repeat(operand=o) | mir.Cast(operand=o) | mir.UnaryOp(operand=o):
            return operand_locals(o)
        case mir.Ref(place=p) | mir.AddressOf(place=p) | mir.Len(place=p) | mir.Discriminant(place=p):
            return place_locals(p)
        case mir.BinaryOp(lhs=a, rhs=b) | mir.CheckedBinaryOp(lhs=a, rhs=b):
            return operand_locals(a) + operand_locals(b)
        case mir.Aggregate(operands=ops):
            return [local for o in ops for local in operand_locals(o)]
    return []


def locals_used(stmt: mir.Statement | mir.Terminator) -> list[mir.Local]:
    match stmt:
        case mir.Assign(place=p, rvalue=rv):
            return place_locals(p) + rvalue_locals(rv)
        case mir.SetDiscriminant(place=p) | mir.FakeRead(place=p) | mir.Drop(place=p):
            return place_locals(p)
        case mir.SwitchInt(discr=d):
            return operand_locals(d)
        case mir.Assert(cond=c, msg=msg):
            return operand_locals(c) + [local for o in msg.operands for local in operand_locals(o)]
        case mir.CallTerm(func=func, args=args, destination=dest):
            used = place_locals(dest) + [local for a in args for local in operand_locals(a)]
            return used if isinstance(func, mir.Builtin) else used + operand_locals(func)
    return []


def validate_body(body: mir.Body, program: thir.Program) -> list[str]:
    return Validator(body, program).run()


def validate_program(program: mir.Program) -> list[str]:
    assert isinstance(program.thir, thir.Program)
    errors: list[str] = []
    for body in program.bodies.values():
        errors.extend(validate_body(body, program.thir))
    return errors
