"""`into(destination, expr)`: lower an expression, writing its value into a place.

This is the entry point for every expression; it dispatches on the expression's
*category* (rustc's `Category`):
- control flow (blocks, `if`, `match`, `loop`, `&&`/`||`, calls, assignments,
  `break`/`continue`/`return`, printing) is lowered here, building blocks and edges;
- places (`x`, `*p`, `a.f`, `a[i]`, statics) are read: `dest = copy/move place`;
- constants become `dest = const …`;
- rvalues (operators, casts, borrows, aggregates) become `dest = <rvalue>`.

`if c {a} else {b}` becomes `_c = c; switchInt(move _c) -> [0: bb_else, otherwise: bb_then]`
with both arms writing `dest` and jumping to a join block.  A loop is a block that
jumps back to itself; `break v` writes the loop's destination (see scope.py).
A call's destination is `dest` itself; a call of a `!` function has no target.

Closure calls.  A call whose callee is a closure value (its type is a `ClosureTy`, a
type parameter bounded by `Fn*`, or a `dyn Fn*`) is built as
`CallTerm(func=<env>, args=<the call's arguments>)` where `<env>` is the callee borrowed
the way its kind takes `self`: `&f` (Fn), `&mut f` (FnMut) or `move f` (FnOnce); a
callee that already is a reference is passed as it is.  Codegen calls the closure body
(`ClosureTy.def_id`, after mono) with `<env>` as its first argument: a closure body's
`_1` is its environment (see `build_fn_body`).
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from rustlet import thir
from rustlet.ast import BinOp
from rustlet.mir import syntax as mir
from rustlet.mir.build.expr_as_place import is_place_expr
from rustlet.mir.build.scope import BreakableScope
from rustlet.source import Span
from rustlet.types import BOOL, UNIT, USIZE, AdtTy, ClosureTy, DynTy, FnDefTy, NeverTy, ParamTy, RefTy, Ty

if TYPE_CHECKING:
    from rustlet.mir.build.builder import Builder

RVALUE_EXPRS = (thir.Binary, thir.Unary, thir.Cast, thir.Borrow, thir.TupleExpr, thir.ArrayExpr,
                thir.RepeatExpr, thir.AdtExpr, thir.Closure)


class IntoMixin:
    def into(self: "Builder", dest: mir.Place, expr: thir.Expr) -> None:
        span = expr.span
        match expr:
            case thir.Block():
                self.into_block(dest, expr)
            case thir.If():
                self.into_if(dest, expr)
            case thir.Match():
                self.lower_match(dest, expr)
            case thir.Loop():
                self.into_loop(dest, expr)
            case thir.Logical():
                self.into_logical(dest, expr)
            case thir.Call():
                self.into_call(dest, expr)
            case thir.Assign() | thir.AssignOp():
                self.lower_assignment(expr)
                self.assign_unit(dest, expr.ty, span)
            case thir.Break(target=target, value=value):
                self.lower_break(target, value, span)
            case thir.Continue(target=target):
                self.lower_continue(target, span)
            case thir.Return(value=value):
                if value is not None:
                    self.into(mir.Place(mir.RETURN_PLACE), value)
                else:
                    self.assign_unit(mir.Place(mir.RETURN_PLACE), UNIT, span)
                self.lower_return(span)
            case thir.Print() | thir.FormatString() | thir.Panic() | thir.FormatArgs():
                self.lower_format(dest, expr)
            case thir.VecLiteral():
                self.into_vec_literal(dest, expr)
            case thir.Cast(kind=thir.CastKind.NEVER_TO_ANY, operand=operand):
                self.as_temp(operand)  # diverges: the cursor is now a dead block
            case thir.ConstRef(def_id=def_id, args=()) if self.program.consts[def_id].value is None:
                self.into_const_body(dest, expr)
            case thir.Let():
                self.unsupported("`let` expression outside an `if` condition", span)
            case _ if is_place_expr(expr):
                self.assign(dest, mir.Use(self.read_place(self.as_place(expr), expr.ty)), span)
            case thir.Literal() | thir.FnItem() | thir.ConstRef():
                constant = self.as_constant(expr)
                assert constant is not None
                self.assign(dest, mir.Use(constant), span)
            case _ if isinstance(expr, RVALUE_EXPRS):
                self.assign(dest, self.as_rvalue(expr), span)
            case _:
                self.unsupported(f"expression `{type(expr).__name__}` in MIR building", span)

    def assign_unit(self: "Builder", dest: mir.Place, ty: Ty, span: Span) -> None:
        if ty == UNIT:
            self.assign(dest, mir.Use(self.unit_constant()), span)

    # ── blocks and statements ──

    def into_block(self: "Builder", dest: mir.Place, block: thir.Block) -> None:
        exit_block = None
        if block.label_id is not None:
            exit_block = self.new_block()
            self.breakables.append(BreakableScope(block.label_id, len(self.scopes), exit_block, None, dest))
        self.push_scope()
        for stmt in block.stmts:
            if isinstance(stmt, thir.LetStmt):
                self.lower_let(stmt)
            else:
                self.lower_stmt_expr(stmt.expr)
        if block.expr is not None:
            self.into(dest, block.expr)
        else:
            self.assign_unit(dest, block.ty, block.span)
        self.pop_scope(block.span.shrink_to_hi())
        if exit_block is not None:
            self.breakables.pop()
            self.goto(exit_block, block.span)
            self.block = exit_block

    def lower_stmt_expr(self: "Builder", expr: thir.Expr) -> None:
        """An expression statement: its temporaries die at the `;`."""
        self.push_scope()
        if isinstance(expr, (thir.Assign, thir.AssignOp)):
            self.lower_assignment(expr)
        else:
            self.as_temp(expr)
        self.pop_scope(expr.span.shrink_to_hi())

    def lower_assignment(self: "Builder", expr: thir.Assign | thir.AssignOp) -> None:
        span = expr.span
        if isinstance(expr, thir.Assign):
            value = self.as_operand(expr.value)  # the right-hand side is evaluated first, as in rustc
            place = self.as_place(expr.place)
            if self.props.needs_drop(expr.place.ty):
                after = self.new_block()
                self.terminate(mir.Drop(place, after, span))
                self.block = after
            self.assign(place, mir.Use(self.consume(value)), span)
        else:
            value = self.as_operand(expr.value)
            place = self.as_place(expr.place)
            rvalue = self.binary_rvalue(expr.op, mir.Copy(place), value, expr.place.ty, span)
            self.assign(place, rvalue, span)

    # ── conditionals and loops ──

    def eval_condition(self: "Builder", cond: thir.Expr) -> mir.Operand:
        """A bool condition in its own scope (its temporaries die before the branch)."""
        result = self.new_temp(BOOL, cond.span)
        self.push_scope()
        self.into(mir.Place(result), cond)
        self.pop_scope(cond.span)
        return mir.Move(mir.Place(result))

    def into_if(self: "Builder", dest: mir.Place, expr: thir.If) -> None:
        join = self.new_block()
        if isinstance(expr.cond, thir.Let):
            then_block, else_block = self.lower_let_condition(expr.cond)
            # the pattern's bindings live in a scope around the `then` branch: dropped at its end
            self.block = then_block
            self.push_scope()
            self.schedule_bindings(expr.cond.pat)
            self.into(dest, expr.then)
            self.pop_scope(expr.then.span.shrink_to_hi())
        else:
            then_block, else_block = self.switch_bool(self.eval_condition(expr.cond), expr.cond.span)
            self.block = then_block
            self.into(dest, expr.then)
        self.goto(join, expr.span)
        self.block = else_block
        if expr.else_ is not None:
            self.into(dest, expr.else_)
        else:
            self.assign_unit(dest, expr.ty, expr.span)
        self.goto(join, expr.span)
        self.block = join

    def into_loop(self: "Builder", dest: mir.Place, expr: thir.Loop) -> None:
        loop_block, exit_block = self.new_block(), self.new_block()
        self.goto(loop_block, expr.span)
        self.block = loop_block
        self.breakables.append(BreakableScope(expr.loop_id, len(self.scopes), exit_block, loop_block, dest))
        body_value = self.new_local(UNIT, expr.body.span)
        self.into(mir.Place(body_value), expr.body)
        self.goto(loop_block, expr.span)
        self.breakables.pop()
        self.block = exit_block

    def into_logical(self: "Builder", dest: mir.Place, expr: thir.Logical) -> None:
        join = self.new_block()
        true_block, false_block = self.switch_bool(self.eval_condition(expr.lhs), expr.lhs.span)
        short_block, long_block = (false_block, true_block) if expr.op is BinOp.AND else (true_block, false_block)
        self.block = short_block
        self.assign(dest, mir.Use(mir.Constant(thir.ConstValue(BOOL, expr.op is BinOp.OR))), expr.span)
        self.goto(join, expr.span)
        self.block = long_block
        self.into(dest, expr.rhs)
        self.goto(join, expr.span)
        self.block = join

    # ── calls ──

    def into_call(self: "Builder", dest: mir.Place, expr: thir.Call) -> None:
        func = self.callee_operand(expr.func)
        args: list[mir.Operand] = []
        for i, arg in enumerate(expr.args):
            if i == 0 and expr.from_method and isinstance(arg, thir.Borrow) and arg.mutable:
                args.append(self.two_phase_borrow(arg))  # `v.push(v.len())`
            elif is_place_expr(arg) and isinstance(arg.ty, RefTy) and arg.ty.mutable:
                args.append(self.reborrow(arg))
            else:
                args.append(self.consume(self.as_operand(arg)))
        self.emit_call(func, tuple(args), dest, expr.ty, expr.span)

    def emit_call(self: "Builder", func: mir.Operand | mir.Builtin, args: tuple[mir.Operand, ...],
                  dest: mir.Place, ret_ty: Ty, span: Span) -> None:
        if isinstance(ret_ty, NeverTy):
            self.terminate(mir.CallTerm(func, args, dest, None, span))
            self.diverge()
            return
        after = self.new_block()
        self.terminate(mir.CallTerm(func, args, dest, after, span))
        self.block = after

    def reborrow(self: "Builder", arg: thir.Expr) -> mir.Operand:
        """A `&mut` argument is reborrowed (`&mut *r`), not moved, as rustc's coercion
        at a call site does: `r` stays usable after the call."""
        place = self.as_place(arg).project(mir.DerefProj())
        temp = self.new_temp(arg.ty, arg.span)
        self.assign(mir.Place(temp), mir.Ref(place, True), arg.span)
        return self.consume(mir.Move(mir.Place(temp)))

    def two_phase_borrow(self: "Builder", arg: thir.Borrow) -> mir.Operand:
        place = self.as_place(arg.place)
        temp = self.new_temp(arg.ty, arg.span)
        self.assign(mir.Place(temp), mir.Ref(place, True, two_phase=True), arg.span)
        return self.consume(mir.Move(mir.Place(temp)))

    def callee_operand(self: "Builder", func: thir.Expr) -> mir.Operand:
        kind = self.closure_kind_of(func.ty)
        if kind is None:
            return self.as_operand(func)  # fn item constant or fn pointer
        if isinstance(func.ty, RefTy) or kind == "FnOnce":
            return self.consume(self.as_operand(func))
        place = self.as_place(func)
        env_ty = RefTy(func.ty, kind == "FnMut")
        temp = self.new_temp(env_ty, func.span)
        self.assign(mir.Place(temp), mir.Ref(place, kind == "FnMut"), func.span)
        return self.consume(mir.Move(mir.Place(temp)))

    def closure_kind_of(self: "Builder", ty: Ty) -> str | None:
        """"Fn"/"FnMut"/"FnOnce" for a callable that is not a fn item or fn pointer."""
        match ty:
            case RefTy(inner=inner):
                return self.closure_kind_of(inner)
            case ClosureTy(def_id=def_id):
                return self.program.fns[def_id].closure_kind or "Fn"
            case DynTy(principal=principal):
                return self.fn_trait_name(principal.def_id)
            case ParamTy():
                assert self.fn is not None
                for predicate in self.fn.generics.predicates:
                    if predicate.args and predicate.args[0] == ty:
                        name = self.fn_trait_name(predicate.def_id)
                        if name is not None:
                            return name
        return None

    def fn_trait_name(self: "Builder", trait: thir.DefId) -> str | None:
        for name in ("Fn", "FnMut", "FnOnce"):
            if self.program.lang_items.get(name) == trait:
                return name
        return None

    # ── library sugar ──

    def into_vec_literal(self: "Builder", dest: mir.Place, expr: thir.VecLiteral) -> None:
        """`vec![a, b]` → `Vec::with_capacity(2)` + `push`es; `vec![x; n]` → `vec::from_elem(x, n)`."""
        vec_ty = expr.ty
        assert isinstance(vec_ty, AdtTy)
        span = expr.span
        if expr.elems is None:
            assert expr.repeat_elem is not None and expr.repeat_count is not None
            from_elem = self.library_fn(lambda f: f.path.endswith("vec::from_elem"))
            if from_elem is None:
                self.unsupported("`vec![x; n]` (no `std::vec::from_elem` in the standard library)", span)
                return
            args = (self.consume(self.as_operand(expr.repeat_elem)), self.consume(self.as_operand(expr.repeat_count)))
            self.emit_call(self.fn_constant(from_elem, vec_ty.args), args, dest, vec_ty, span)
            return
        with_capacity = self.inherent_method(vec_ty.def_id, "with_capacity")
        push = self.inherent_method(vec_ty.def_id, "push")
        if with_capacity is None or push is None:
            self.unsupported("`vec![…]` (no `Vec::with_capacity`/`Vec::push` in the standard library)", span)
            return
        capacity = mir.Constant(thir.ConstValue(USIZE, len(expr.elems)))
        # built in a temporary (the destination may be an immutable `let`), then moved
        vec = mir.Place(self.new_temp(vec_ty, span))
        self.emit_call(self.fn_constant(with_capacity, vec_ty.args), (capacity,), vec, vec_ty, span)
        for elem in expr.elems:
            value = self.consume(self.as_operand(elem))
            vec_ref = self.new_temp(RefTy(vec_ty, True), elem.span)
            self.assign(mir.Place(vec_ref), mir.Ref(vec, True), elem.span)
            unit = self.new_temp(UNIT, elem.span)
            self.emit_call(self.fn_constant(push, vec_ty.args), (mir.Move(mir.Place(vec_ref)), value),
                           mir.Place(unit), UNIT, elem.span)
        self.assign(dest, mir.Use(mir.Move(vec)), span)

    def fn_constant(self: "Builder", def_id: thir.DefId, args: tuple[Ty, ...]) -> mir.Constant:
        return mir.Constant(thir.ConstValue(FnDefTy(def_id, args), None))

    def inherent_method(self: "Builder", adt: thir.DefId, name: str) -> thir.DefId | None:
        for impl in self.program.impls.values():
            if impl.trait_ref is None and isinstance(impl.self_ty, AdtTy) and impl.self_ty.def_id == adt \
                    and name in impl.items:
                return impl.items[name]
        return None

    def library_fn(self: "Builder", matches: "object") -> thir.DefId | None:
        for fn in self.program.fns.values():
            if matches(fn):  # type: ignore[operator]
                return fn.def_id
        return None

    def into_const_body(self: "Builder", dest: mir.Place, expr: thir.ConstRef) -> None:
        const = self.program.consts[expr.def_id]
        if const.body is None:
            self.unsupported(f"use of the bodiless constant `{const.name}`", expr.span)
            return
        self.into(dest, const.body)

