"""The syntax stage: source files → `ast.Crate`, with built-in macros expanded.

    parse_crate(source_map, path, crate_name)   read the root file and every `mod x;`
    parse_source(source_map, path, text, crate_name)   the same from a string (tests)
    parse_expr_for_tests(text)                  one expression

Pipeline per file: `lexer.tokenize` (tokens with byte spans, delimiters checked,
macro arguments folded into token trees) → `RustParser` (SLY LALR, tables cached
on disk by `tables.py`; built-in macros expanded by `macros.py` as their calls are
reduced) → inner attributes moved to their crate/module → out-of-line modules
loaded, recursively, following rustc's rules:

    main.rl:      mod a;  → a.rl or a/mod.rl (beside main.rl)
    a.rl:         mod b;  → a/b.rl or a/b/mod.rl
    a/mod.rl:     mod b;  → a/b.rl or a/b/mod.rl
    mod m { mod c; } in main.rl → m/c.rl or m/c/mod.rl

`#[path = "file.rl"]` on a `mod` overrides the file, relative to the directory of
the declaring file.  The stage stops at the first error (`CompileError`).
"""
from __future__ import annotations

from pathlib import Path

from sly.lex import Token

from rustlet import ast
from rustlet.diagnostics import CompileError, error
from rustlet.source import SourceMap, Span
from rustlet.syntax.derive import expand_derives
from rustlet.syntax.lexer import tokenize
from rustlet.syntax.macros import expand_macro
from rustlet.syntax.parser import START_EXPR, RustParser, split_inner_attrs

__all__ = ["parse_crate", "parse_source", "parse_expr_for_tests", "RustParser"]


def parse_crate(source_map: SourceMap, path: str, crate_name: str) -> ast.Crate:
    """Parse the crate whose root file is `path`, loading its `mod x;` files."""
    try:
        text = Path(path).read_text(encoding="utf-8")
    except OSError as e:
        raise CompileError(error(f"couldn't read `{path}`: {e.strerror}")) from None
    except UnicodeDecodeError:
        raise CompileError(error(f"couldn't read `{path}`: stream did not contain valid UTF-8")) from None
    return parse_source(source_map, path, text, crate_name)


def parse_source(source_map: SourceMap, path: str, text: str, crate_name: str) -> ast.Crate:
    """Parse `text` as the root file `path` of a crate (modules are loaded from disk)."""
    file = source_map.add_file(path, text)
    in_std = crate_name == "std"
    items, attrs = _parse_file(file, text, in_std)
    root_dir = Path(path).parent
    _load_modules(source_map, items, root_dir, [file], in_std)
    return ast.Crate(crate_name, items, file, attrs, span=Span(file, 0, len(text.encode("utf-8"))))


def parse_expr_for_tests(text: str, source_map: SourceMap | None = None) -> ast.Expr:
    """Parse one expression (tests and tools)."""
    source_map = source_map or SourceMap()
    file = source_map.add_file("<expr>", text)
    tokens = tokenize(text, file)
    parser = RustParser(file, text, expand_macro)
    start = _start_token(START_EXPR)
    result: ast.Expr = parser.parse(iter([start, *tokens]))
    return result


def _start_token(kind: str) -> Token:
    tok = Token()
    tok.type = kind
    tok.value = kind
    tok.index = tok.end = 0
    tok.lineno = 0
    return tok


def _parse_file(file: int, text: str, in_std: bool) -> tuple[list[ast.Item], list[ast.Attribute]]:
    """Items and inner attributes of one file, derives expanded."""
    items, attrs = _parse_items(file, text)
    expand_derives(items, text, file, in_std, lambda f, code: _parse_items(f, code)[0])
    return items, attrs


def _parse_items(file: int, text: str) -> tuple[list[ast.Item], list[ast.Attribute]]:
    tokens = tokenize(text, file)
    macro_rules_names = {tokens[i + 2].value for i in range(len(tokens) - 2)
                         if tokens[i].type == "IDENT" and tokens[i].value == "macro_rules"
                         and tokens[i + 1].type == "NOT" and tokens[i + 2].type == "IDENT"}
    parser = RustParser(file, text, expand_macro, macro_rules_names)
    items, trailing = parser.parse(iter(tokens))
    return split_inner_attrs(items, trailing)


def _module_dir(file_path: Path, is_mod_file: bool) -> Path:
    """Directory where `mod x;` inside `file_path` looks for x.rl."""
    if is_mod_file:
        return file_path.parent
    return file_path.parent / file_path.stem


def _load_modules(source_map: SourceMap, items: list[ast.Item], directory: Path, stack: list[int],
                  in_std: bool) -> None:
    for item in items:
        if not isinstance(item, ast.ModDecl):
            continue
        if item.inline:
            _load_modules(source_map, item.items, directory / item.name, stack, in_std)
            continue
        candidates = [directory / f"{item.name}.rl", directory / item.name / "mod.rl"]
        explicit = [a.value for a in item.attrs if a.name == "path" and a.value]
        if explicit:
            candidates = [directory / explicit[0]]
        found = next((c for c in candidates if c.is_file()), None)
        if found is None:
            diag = error(f"file not found for module `{item.name}`", item.span, code="E0583")
            diag.with_help(f'to create the module `{item.name}`, create file "{candidates[0]}" or '
                           f'"{candidates[-1]}"')
            raise CompileError(diag)
        text = found.read_text(encoding="utf-8")
        file = source_map.add_file(str(found), text)
        if len(stack) > 64:
            raise CompileError(error(f"circular modules: `{found}` is loaded from itself", item.span))
        item_list, inner = _parse_file(file, text, in_std)
        item.items = item_list
        item.file = file
        item.attrs = item.attrs + inner
        sub_dir = _module_dir(found, found.name == "mod.rl" or bool(explicit))
        _load_modules(source_map, item_list, sub_dir, [*stack, file], in_std)
