"""`mod x;` loading, following rustc's file layout rules."""
from __future__ import annotations

from pathlib import Path

import pytest

from rustlet import ast
from rustlet.diagnostics import CompileError
from rustlet.source import SourceMap
from rustlet.syntax import parse_crate


def write(root: Path, files: dict[str, str]) -> None:
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)


def module(items: list[ast.Item], name: str) -> ast.ModDecl:
    found = [i for i in items if isinstance(i, ast.ModDecl) and i.name == name]
    assert found, name
    return found[0]


def test_modules_load_from_files_beside_and_below(tmp_path: Path) -> None:
    write(tmp_path, {
        "main.rl": "mod a;\nmod b;\nmod c { mod d; }\nfn main() {}",
        "a.rl": "#![allow(unused)]\npub mod inner;\npub fn fa() {}",
        "a/inner.rl": "pub fn deep() {}",
        "b/mod.rl": "mod sub;",
        "b/sub.rl": "fn s() {}",
        "c/d.rl": "fn d() {}",
    })
    source_map = SourceMap()
    crate = parse_crate(source_map, str(tmp_path / "main.rl"), "main")
    a = module(crate.items, "a")
    assert not a.inline and a.file is not None and a.attrs[0].name == "allow"
    assert source_map.files[a.file].path.endswith("a.rl")
    inner = module(a.items, "inner")
    assert inner.items[0].name == "deep" and inner.vis is ast.Visibility.PUB
    sub = module(module(crate.items, "b").items, "sub")
    assert sub.items[0].name == "s"
    d = module(module(crate.items, "c").items, "d")
    assert d.items[0].name == "d"


def test_path_attribute(tmp_path: Path) -> None:
    write(tmp_path, {"main.rl": '#[path = "other.rl"]\nmod m;\nfn main() {}', "other.rl": "fn o() {}"})
    crate = parse_crate(SourceMap(), str(tmp_path / "main.rl"), "main")
    assert module(crate.items, "m").items[0].name == "o"


def test_missing_module_file(tmp_path: Path) -> None:
    write(tmp_path, {"main.rl": "mod gone;\nfn main() {}"})
    with pytest.raises(CompileError) as info:
        parse_crate(SourceMap(), str(tmp_path / "main.rl"), "main")
    diag = info.value.diagnostics[0]
    assert diag.message == "file not found for module `gone`" and diag.code == "E0583"


def test_errors_in_module_files_point_into_them(tmp_path: Path) -> None:
    write(tmp_path, {"main.rl": "mod a;\nfn main() {}", "a.rl": "fn broken( {}"})
    source_map = SourceMap()
    with pytest.raises(CompileError) as info:
        parse_crate(source_map, str(tmp_path / "main.rl"), "main")
    path, line, _ = source_map.line_col(info.value.diagnostics[0].span)
    assert path.endswith("a.rl") and line == 1
