"""`#[derive(…)]`: expanded in the syntax stage into ordinary `impl` items, as rustc's
built-in derive macros do.

For each struct or enum with a `derive` attribute, `expand_derives` writes the source
text of one impl per derived trait — the same code rustc's `rustc_builtin_macros/
src/deriving` generates — parses it with the ordinary parser, points every span of
the result at the trait's name inside the `derive(…)` attribute (so an error in the
expansion, e.g. a field that is not `Debug`, is reported there), and inserts the
impls right after the type.  Later stages see nothing special.

Generics: the impl has the type's parameters with their bounds plus `T: Trait` on
every type parameter (rustc's rule; lifetimes are kept as they are), and the type's
where clauses.  What each trait generates (for `struct S<T> { a: T, b: u8 }` and
`enum E { A, B(i32), C { x: i32 } }`):

    Debug       f.debug_struct("S").field("a", &self.a).field("b", &self.b).finish()
                match *self { E::A => f.write_str("A"), E::B(ref __self_0) => f.debug_tuple("B")
                .field(__self_0).finish(), … }
    Clone       S { a: Clone::clone(&self.a), … }; per variant for enums
    Copy        an empty impl
    PartialEq   self.a == other.a && …; enums match the pair of variants, different
                variants are unequal
    Eq          an empty impl
    PartialOrd  lexicographic in field order (`match partial_cmp(a) { Some(Equal) =>
    / Ord       next field, cmp => cmp }`); enums compare discriminant values first
    Hash        each field in order; enums hash the discriminant (as isize) first
    Default     S { a: Default::default(), … }; enums: the `#[default]` unit variant

Paths go through `::std` (`crate` inside the standard library itself), so user items
named like the traits do not interfere.  Unknown derive names are an error, as in
rustc (`cannot find derive macro`).  Cost: linear in the size of the types.
"""
from __future__ import annotations

import dataclasses
from typing import Callable

from rustlet import ast
from rustlet.diagnostics import CompileError, error
from rustlet.source import Span

# Parses one file's text into items (the parser, given by the caller to avoid an
# import cycle with rustlet.syntax).
ParseItems = Callable[[int, str], list[ast.Item]]

TRAITS = ("Debug", "Clone", "Copy", "PartialEq", "Eq", "PartialOrd", "Ord", "Hash", "Default")


def expand_derives(items: list[ast.Item], text: str, file: int, in_std: bool, parse: ParseItems) -> None:
    """Insert the impls derived by the structs and enums of `items` (and of the inline
    modules and blocks inside them), in place."""
    source = text.encode("utf-8")
    expander = _Expander(source, file, "crate" if in_std else "::std", parse)
    expander.expand_list(items, wrap=None)


class _Expander:
    def __init__(self, source: bytes, file: int, root: str, parse: ParseItems) -> None:
        self.source = source
        self.file = file
        self.root = root
        self.parse = parse

    def snippet(self, span: Span) -> str:
        return self.source[span.lo:span.hi].decode("utf-8")

    # ── walking ──

    def expand_list(self, items: list, wrap: Callable[[ast.Item], object] | None) -> None:
        """Expand the derives of the items in `items` (a list of items, or of statements
        when `wrap` makes an ItemStmt), inserting each type's impls after it."""
        i = 0
        while i < len(items):
            entry = items[i]
            item = entry.item if isinstance(entry, ast.ItemStmt) else entry
            self.visit(item)
            generated: list[ast.Item] = []
            if isinstance(item, (ast.StructDecl, ast.EnumDecl)):
                generated = self.derive_all(item)
            new = [wrap(g) if wrap is not None else g for g in generated]
            items[i + 1:i + 1] = new
            i += 1 + len(new)

    def visit(self, node: object) -> None:
        """Find blocks and inline modules below `node`."""
        if isinstance(node, ast.ModDecl):
            if node.inline:
                self.expand_list(node.items, wrap=None)
            return
        if isinstance(node, ast.Block):
            self.expand_list(node.stmts, wrap=lambda item: ast.ItemStmt(item, span=item.span))
            if node.expr is not None:
                self.visit(node.expr)
            return
        if isinstance(node, list):
            for x in node:
                self.visit(x)
            return
        if isinstance(node, ast.Node):
            for f in dataclasses.fields(node):
                value = getattr(node, f.name)
                if isinstance(value, (ast.Node, list)):
                    self.visit(value)

    # ── one type ──

    def derive_all(self, item: ast.StructDecl | ast.EnumDecl) -> list[ast.Item]:
        out: list[ast.Item] = []
        for attr in item.attrs:
            if attr.name != "derive" or not attr.args:
                continue
            for arg in attr.args:
                name = arg.name.rsplit("::", 1)[-1]
                if name not in TRAITS:
                    raise CompileError(error(f"cannot find derive macro `{arg.name}` in this scope", arg.span))
                code = _Generator(self, item, name, arg.span).impl()
                impls = self.parse(self.file, code)
                for impl in impls:
                    _respan(impl, arg.span)
                out.extend(impls)
        return out


class _Generator:
    """The source text of one derived impl."""

    def __init__(self, expander: _Expander, item: ast.StructDecl | ast.EnumDecl, trait: str, span: Span) -> None:
        self.x = expander
        self.item = item
        self.trait = trait
        self.span = span
        r = expander.root
        self.paths = {
            "Debug": f"{r}::fmt::Debug", "Clone": f"{r}::clone::Clone", "Copy": f"{r}::marker::Copy",
            "PartialEq": f"{r}::cmp::PartialEq", "Eq": f"{r}::cmp::Eq", "PartialOrd": f"{r}::cmp::PartialOrd",
            "Ord": f"{r}::cmp::Ord", "Hash": f"{r}::hash::Hash", "Default": f"{r}::default::Default",
        }
        self.ordering = f"{r}::cmp::Ordering"
        self.some = f"{r}::option::Option::Some"
        self.option = f"{r}::option::Option"

    # ── the impl header ──

    def impl(self) -> str:
        body = getattr(self, "body_" + self.trait)()
        return f"impl{self.impl_generics()} {self.paths[self.trait]} for {self.self_ty()}{self.where_clause()} " \
               f"{{ {body} }}"

    def impl_generics(self) -> str:
        params = []
        for p in self.item.generics.params:
            match p:
                case ast.LifetimeParam(name=name, bounds=bounds):
                    params.append(name + (": " + " + ".join(self.x.snippet(b.span) for b in bounds) if bounds else ""))
                case ast.TypeParam(name=name, bounds=bounds):
                    written = [self.x.snippet(b.span) for b in bounds]
                    params.append(f"{name}: " + " + ".join(written + [self.paths[self.trait]]))
                case _:
                    raise CompileError(error("deriving for a type with const generic parameters is not supported by "
                                             "rustlet", p.span))
        return f"<{', '.join(params)}>" if params else ""

    def self_ty(self) -> str:
        names = [p.name for p in self.item.generics.params]
        return self.item.name + (f"<{', '.join(names)}>" if names else "")

    def where_clause(self) -> str:
        preds = [self.x.snippet(p.span) for p in self.item.generics.where_clause]
        return f" where {', '.join(preds)}" if preds else ""

    # ── helpers ──

    @property
    def variants(self) -> list[tuple[str, ast.StructKind, list[str]]]:
        """(path, kind, field names) per variant; a struct is one variant."""
        item = self.item
        if isinstance(item, ast.StructDecl):
            return [(item.name, item.kind, _field_names(item.kind, item.fields))]
        return [(f"{item.name}::{v.name}", v.kind, _field_names(v.kind, v.fields)) for v in item.variants]

    def pattern(self, path: str, kind: ast.StructKind, fields: list[str], prefix: str) -> str:
        """`Path(ref __self_0, …)` / `Path { a: ref __self_0, … }` / `Path`."""
        if kind is ast.StructKind.TUPLE:
            return f"{path}({', '.join(f'ref {prefix}_{i}' for i in range(len(fields)))})"
        if kind is ast.StructKind.NAMED:
            return f"{path} {{ {', '.join(f'{n}: ref {prefix}_{i}' for i, n in enumerate(fields))} }}"
        return path

    def construct(self, path: str, kind: ast.StructKind, values: list[str], fields: list[str]) -> str:
        if kind is ast.StructKind.TUPLE:
            return f"{path}({', '.join(values)})"
        if kind is ast.StructKind.NAMED:
            return f"{path} {{ {', '.join(f'{n}: {v}' for n, v in zip(fields, values))} }}"
        return path

    def discriminants(self, scrutinee: str) -> str:
        """`match *self { E::A => 0isize, E::B(..) => 1isize, … }`: discriminant values."""
        assert isinstance(self.item, ast.EnumDecl)
        arms = []
        value = -1
        for (path, kind, _), variant in zip(self.variants, self.item.variants):
            value = _literal_value(variant.discriminant) if variant.discriminant is not None else value + 1
            pat = {ast.StructKind.TUPLE: f"{path}(..)", ast.StructKind.NAMED: f"{path} {{ .. }}"}.get(kind, path)
            arms.append(f"{pat} => {value}isize")
        return f"match *{scrutinee} {{ {', '.join(arms)} }}"

    # ── the traits ──

    def body_Debug(self) -> str:
        sig = f"fn fmt(&self, f: &mut {self.x.root}::fmt::Formatter<'_>) -> {self.x.root}::fmt::Result"
        if isinstance(self.item, ast.StructDecl):
            _, kind, fields = self.variants[0]
            return f"{sig} {{ {self.debug_of(self.item.name, kind, fields, [f'&self.{n}' for n in fields])} }}"
        arms = []
        for (path, kind, fields), variant in zip(self.variants, self.item.variants):
            values = [f"__self_{i}" for i in range(len(fields))]
            arms.append(f"{self.pattern(path, kind, fields, '__self')} => "
                        f"{self.debug_of(variant.name, kind, fields, values)}")
        return f"{sig} {{ match *self {{ {', '.join(arms)} }} }}"

    def debug_of(self, name: str, kind: ast.StructKind, fields: list[str], values: list[str]) -> str:
        if kind is ast.StructKind.NAMED:
            calls = "".join(f".field(\"{n}\", {v})" for n, v in zip(fields, values))
            return f"f.debug_struct(\"{name}\"){calls}.finish()"
        if kind is ast.StructKind.TUPLE:
            calls = "".join(f".field({v})" for v in values)
            return f"f.debug_tuple(\"{name}\"){calls}.finish()"
        return f"f.write_str(\"{name}\")"

    def body_Clone(self) -> str:
        clone = self.paths["Clone"] + "::clone"
        if isinstance(self.item, ast.StructDecl):
            _, kind, fields = self.variants[0]
            value = self.construct(self.item.name, kind, [f"{clone}(&self.{n})" for n in fields], fields)
        else:
            arms = [f"{self.pattern(path, kind, fields, '__self')} => "
                    f"{self.construct(path, kind, [f'{clone}(__self_{i})' for i in range(len(fields))], fields)}"
                    for path, kind, fields in self.variants]
            value = f"match *self {{ {', '.join(arms)} }}"
        return f"fn clone(&self) -> Self {{ {value} }}"

    def body_Copy(self) -> str:
        return ""

    def body_Eq(self) -> str:
        return ""

    def body_PartialEq(self) -> str:
        sig = "fn eq(&self, other: &Self) -> bool"
        if isinstance(self.item, ast.StructDecl):
            _, _, fields = self.variants[0]
            return f"{sig} {{ {' && '.join(f'self.{n} == other.{n}' for n in fields) or 'true'} }}"
        arms = []
        for path, kind, fields in self.variants:
            test = " && ".join(f"*__self_{i} == *__other_{i}" for i in range(len(fields))) or "true"
            arms.append(f"(&{self.pattern(path, kind, fields, '__self')}, "
                        f"&{self.pattern(path, kind, fields, '__other')}) => {test}")
        if len(self.variants) > 1:
            arms.append("_ => false")
        if not self.variants:
            return f"{sig} {{ match *self {{}} }}"
        return f"{sig} {{ match (self, other) {{ {', '.join(arms)} }} }}"

    def body_PartialOrd(self) -> str:
        return self.ordering_body(partial=True)

    def body_Ord(self) -> str:
        return self.ordering_body(partial=False)

    def ordering_body(self, partial: bool) -> str:
        ordering = self.ordering
        if partial:
            sig = f"fn partial_cmp(&self, other: &Self) -> {self.option}<{ordering}>"
            method = f"{self.paths['PartialOrd']}::partial_cmp"
            wrap = lambda v: f"{self.some}({v})"  # noqa: E731
        else:
            sig = f"fn cmp(&self, other: &Self) -> {ordering}"
            method = f"{self.paths['Ord']}::cmp"
            wrap = lambda v: v  # noqa: E731

        def chain(pairs: list[tuple[str, str]]) -> str:
            if not pairs:
                return wrap(f"{ordering}::Equal")
            (a, b), rest = pairs[0], pairs[1:]
            if not rest:
                return f"{method}({a}, {b})"
            return f"match {method}({a}, {b}) {{ {wrap(f'{ordering}::Equal')} => {chain(rest)}, cmp => cmp }}"

        if isinstance(self.item, ast.StructDecl):
            _, _, fields = self.variants[0]
            return f"{sig} {{ {chain([(f'&self.{n}', f'&other.{n}') for n in fields])} }}"
        if not self.variants:
            return f"{sig} {{ match *self {{}} }}"
        arms = [f"(&{self.pattern(path, kind, fields, '__self')}, &{self.pattern(path, kind, fields, '__other')}) => "
                f"{chain([(f'__self_{i}', f'__other_{i}') for i in range(len(fields))])}"
                for path, kind, fields in self.variants if fields]
        if arms and (len(self.variants) > 1):
            arms.append(f"_ => {wrap(f'{ordering}::Equal')}")
        same = f"match (self, other) {{ {', '.join(arms)} }}" if arms else wrap(f"{ordering}::Equal")
        return (f"{sig} {{ let __self_discr = {self.discriminants('self')}; "
                f"let __other_discr = {self.discriminants('other')}; "
                f"if __self_discr < __other_discr {{ return {wrap(f'{ordering}::Less')}; }} "
                f"if __self_discr > __other_discr {{ return {wrap(f'{ordering}::Greater')}; }} "
                f"{same} }}")

    def body_Hash(self) -> str:
        hash_fn = self.paths["Hash"] + "::hash"
        sig = f"fn hash<__H: {self.x.root}::hash::Hasher>(&self, state: &mut __H)"
        if isinstance(self.item, ast.StructDecl):
            _, _, fields = self.variants[0]
            return f"{sig} {{ {' '.join(f'{hash_fn}(&self.{n}, state);' for n in fields)} }}"
        if not self.variants:
            return f"{sig} {{ match *self {{}} }}"
        arms = [f"{self.pattern(path, kind, fields, '__self')} => "
                f"{{ {' '.join(f'{hash_fn}(__self_{i}, state);' for i in range(len(fields)))} }}"
                for path, kind, fields in self.variants if fields]
        if arms and len(arms) < len(self.variants):
            arms.append("_ => {}")
        fields_hash = f"match *self {{ {', '.join(arms)} }}" if arms else ""
        discr = f"let __self_discr = {self.discriminants('self')}; {hash_fn}(&__self_discr, state); " \
            if len(self.variants) > 1 else ""
        return f"{sig} {{ {discr}{fields_hash} }}"

    def body_Default(self) -> str:
        default = self.paths["Default"] + "::default()"
        if isinstance(self.item, ast.StructDecl):
            _, kind, fields = self.variants[0]
            return f"fn default() -> Self {{ {self.construct(self.item.name, kind, [default] * len(fields), fields)} }}"
        chosen = [v for v in self.item.variants if any(a.name == "default" for a in v.attrs)]
        if not chosen:
            diag = error("no default declared", self.span)
            diag.with_help("make a unit variant default by placing `#[default]` above it")
            raise CompileError(diag)
        variant = chosen[0]
        if variant.fields:
            raise CompileError(error("the `#[default]` attribute may only be used on unit enum variants",
                                     variant.span))
        return f"fn default() -> Self {{ {self.item.name}::{variant.name} }}"


def _field_names(kind: ast.StructKind, fields: list[ast.FieldDef]) -> list[str]:
    if kind is ast.StructKind.TUPLE:
        return [str(i) for i in range(len(fields))]
    return [f.name for f in fields]  # type: ignore[misc]


def _literal_value(expr: ast.Expr) -> int:
    """An explicit discriminant written as an integer literal (`= 5`, `= -1`)."""
    match expr:
        case ast.Lit(kind=ast.LitKind.INT, value=value):
            return int(value)  # type: ignore[arg-type]
        case ast.Unary(op=ast.UnOp.NEG, operand=ast.Lit(kind=ast.LitKind.INT, value=value)):
            return -int(value)  # type: ignore[arg-type]
    raise CompileError(error("deriving an ordering or hash for an enum whose discriminant is not an integer "
                             "literal is not supported by rustlet", expr.span))


def _respan(node: object, span: Span) -> None:
    """Point every span in the generated `node` at `span` (the derive's trait name)."""
    if isinstance(node, list):
        for x in node:
            _respan(x, span)
        return
    if not isinstance(node, ast.Node):
        return
    for f in dataclasses.fields(node):
        value = getattr(node, f.name)
        if isinstance(value, Span):
            setattr(node, f.name, span)
        elif isinstance(value, (ast.Node, list)):
            _respan(value, span)

