"""The standard library's disk cache (rustlet/stdcache.py) and its on-demand bodies
(rustlet/ondemand.py): a cached build is the same build, a stale entry is never used,
a broken cache directory costs nothing but time, and std checks clean when all of it
is checked eagerly (the driver only ever checks the bodies a program reaches)."""
from __future__ import annotations

import re
import shutil
import sys
from pathlib import Path

import pytest

from rustlet import ast, borrowck, driver, resolve, stdcache, syntax, typeck
from rustlet.diagnostics import DiagnosticSink
from rustlet.driver import Emit, Options, stdlib_root
from rustlet.mir import build, pretty
from rustlet.source import SourceMap

REPO_ROOT = Path(__file__).resolve().parent.parent
STDLIB = stdlib_root()  # fixed before any test points `rustlet.__file__` elsewhere

# Exercises std's generic code, traits, Option, slices, formatting and a caller-located panic.
PROGRAM = """
#[derive(Debug, Clone, Copy)]
struct P { x: i32, y: i32 }

fn largest<T: PartialOrd + Copy>(items: &[T]) -> T {
    let mut best = items[0];
    for &item in items.iter() {
        if item > best { best = item; }
    }
    best
}

fn main() {
    let p = P { x: 1, y: -2 };
    println!("{:?} {}", p, p.x == 1);
    println!("{} {:.2}", largest(&[3, 9, 2]), largest(&[1.5, 0.25]));
    let found: Option<u8> = Some(7);
    println!("{:>4}|{:<3}|", found.unwrap(), u8::MAX.wrapping_add(3));
    let none: Option<i32> = None;
    none.unwrap();
}
"""


@pytest.fixture
def cache_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A private, empty cache directory for the driver; the interpreter's bytecode
    settings are restored afterwards (the driver may redirect them into it)."""
    home = tmp_path / "cache-home"
    monkeypatch.setenv("XDG_CACHE_HOME", str(home))
    monkeypatch.setattr(sys, "dont_write_bytecode", sys.dont_write_bytecode)
    monkeypatch.setattr(sys, "pycache_prefix", sys.pycache_prefix)
    return home / "rustlet"


def std_entries(cache_dir: Path) -> list[Path]:
    return sorted(cache_dir.glob("std-ast-*.pickle"))


def compile_text(source: Path, emit: Emit, output: Path) -> str:
    status = driver.run(Options(source, output_path=output, emit=emit))
    assert status == 0
    return output.read_text()


@pytest.fixture
def std_parses(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The root files `syntax.parse_crate` parses as crate std from now on."""
    parses: list[str] = []
    real_parse = syntax.parse_crate

    def counting_parse(source_map: SourceMap, path: str, crate_name: str) -> ast.Crate:
        if crate_name == "std":
            parses.append(path)
        return real_parse(source_map, path, crate_name)

    monkeypatch.setattr(syntax, "parse_crate", counting_parse)
    return parses


def skip_if_sources_changed(key: str) -> None:
    """In a checkout being edited, the compiler may change between two builds; then the
    second is rightly a miss and the comparison means nothing."""
    if stdcache.cache_key(stdlib_root()) != key:
        pytest.skip("the compiler or stdlib sources changed during the test")


@pytest.mark.parametrize("emit", [Emit.LLVM_IR, Emit.MONO_ITEMS])
@pytest.mark.parametrize("program", ["examples/hello.rl", "inline"])
def test_cached_build_equals_cold_build(program: str, emit: Emit, cache_home: Path, tmp_path: Path,
                                        std_parses: list[str]) -> None:
    if program == "inline":
        source = tmp_path / "main.rl"
        source.write_text(PROGRAM)
    else:
        source = REPO_ROOT / program
    key = stdcache.cache_key(stdlib_root())
    cold = compile_text(source, emit, tmp_path / "cold.out")
    warm = compile_text(source, emit, tmp_path / "warm.out")
    skip_if_sources_changed(key)
    assert [p.name for p in std_entries(cache_home)] == [f"std-ast-{key}.pickle"]
    assert len(std_parses) == 1, "the cold build parses std, the warm one loads it"
    assert warm == cold


def test_cached_build_runs_like_cold_build(cache_home: Path, tmp_path: Path) -> None:
    import subprocess

    source = tmp_path / "main.rl"
    source.write_text(PROGRAM)
    key = stdcache.cache_key(stdlib_root())
    outputs = []
    for name in ("cold", "warm"):
        binary = tmp_path / name
        assert driver.run(Options(source, output_path=binary)) == 0
        outputs.append(subprocess.run([str(binary)], capture_output=True, text=True, timeout=20))
    skip_if_sources_changed(key)
    cold, warm = outputs
    assert (warm.returncode, warm.stdout) == (cold.returncode, cold.stdout)
    assert cold.stdout == 'P { x: 1, y: -2 } true\n9 1.50\n   7|2  |\n'
    assert cold.returncode == 101
    # std's `unwrap` reports its caller's line (a track-caller function found on demand)
    assert f"panicked at {source}:20:" in cold.stderr
    assert re.sub(r"\(\d+\)", "(PID)", warm.stderr) == re.sub(r"\(\d+\)", "(PID)", cold.stderr)


def test_cached_tree_matches_fresh_parse(tmp_path: Path) -> None:
    fresh_map = SourceMap()
    fresh = stdcache.parse_std_crate(fresh_map, STDLIB, tmp_path)  # a miss: parses, writes the entry
    cached_map = SourceMap()
    cached = stdcache.parse_std_crate(cached_map, STDLIB, tmp_path)
    assert cached is not fresh
    assert [(f.path, f.text) for f in cached_map.files] == [(f.path, f.text) for f in fresh_map.files]
    assert ast.dump(cached) == ast.dump(fresh)
    # ids handed out from now on never collide with the cached tree's
    assert ast.fresh_id() > max(node.id for node in _nodes(cached))


def _nodes(root: ast.Node) -> list[ast.Node]:
    found: list[ast.Node] = []
    stack: list[object] = [root]
    while stack:
        value = stack.pop()
        if isinstance(value, list):
            stack.extend(value)
        elif isinstance(value, ast.Node):
            found.append(value)
            stack.extend(getattr(value, name, None) for name in value.__slots__)
    return found


@pytest.fixture
def tiny_std(tmp_path: Path) -> Path:
    """A two-file stand-in for stdlib/: the cache treats any directory with a lib.rl alike."""
    root = tmp_path / "tiny-std"
    root.mkdir()
    (root / "lib.rl").write_text("pub mod mem;\npub fn id(x: i32) -> i32 { x }\n")
    (root / "mem.rl").write_text("pub fn swap_pair(p: (i32, i32)) -> (i32, i32) { (p.1, p.0) }\n")
    return root


@pytest.fixture
def frozen_compiler(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A private copy of the compiler's sources for `cache_key` to hash, so that edits
    to the checkout during a test cannot change the key."""
    import rustlet

    copy = tmp_path / "rustlet"
    shutil.copytree(Path(rustlet.__file__).parent, copy, ignore=shutil.ignore_patterns("__pycache__"))
    monkeypatch.setattr(rustlet, "__file__", str(copy / "__init__.py"))
    return copy


def test_changed_stdlib_is_a_cache_miss(tmp_path: Path, tiny_std: Path, std_parses: list[str],
                                        frozen_compiler: Path) -> None:
    cache_dir = tmp_path / "cache"

    def load() -> ast.Crate:
        return stdcache.parse_std_crate(SourceMap(), tiny_std, cache_dir)

    load()
    load()
    assert len(std_parses) == 1, "the second load is a hit"
    # an edit in a module file (not the root) must be seen
    module_file = tiny_std / "mem.rl"
    module_file.write_text(module_file.read_text() + "pub fn added_by_the_test() {}\n")
    crate = load()
    assert len(std_parses) == 2, "a changed stdlib file is a miss"
    mem = next(item for item in crate.items if isinstance(item, ast.ModDecl) and item.name == "mem")
    assert [item.name for item in mem.items if isinstance(item, ast.FnDecl)] == ["swap_pair", "added_by_the_test"]
    load()
    assert len(std_parses) == 2
    (tiny_std / "notes.txt").write_text("a new file")
    load()
    assert len(std_parses) == 3, "a new file under stdlib/ is a miss"
    # a copy of the same sources elsewhere is another stdlib (its spans name other paths)
    moved = tmp_path / "moved-std"
    shutil.copytree(tiny_std, moved)
    source_map = SourceMap()
    stdcache.parse_std_crate(source_map, moved, cache_dir)
    assert len(std_parses) == 4 and source_map.files[0].path == str(moved / "lib.rl")


def test_key_covers_stdlib_and_compiler(tiny_std: Path, frozen_compiler: Path) -> None:
    key = stdcache.cache_key(tiny_std)
    assert stdcache.cache_key(tiny_std) == key
    typeck_init = frozen_compiler / "typeck" / "__init__.py"
    typeck_init.write_text(typeck_init.read_text() + "\n# changed\n")
    assert stdcache.cache_key(tiny_std) != key, "a changed compiler source file changes the key"


def test_unusable_cache_is_skipped(tmp_path: Path, tiny_std: Path, std_parses: list[str]) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a directory")
    crate = stdcache.parse_std_crate(SourceMap(), tiny_std, blocker / "rustlet")
    assert crate.name == "std" and len(crate.items) == 2
    # a corrupt entry is a miss, and the next write replaces it
    cache_dir = tmp_path / "cache"
    stdcache.parse_std_crate(SourceMap(), tiny_std, cache_dir)
    [entry] = std_entries(cache_dir)
    entry.write_bytes(b"garbage")
    crate = stdcache.parse_std_crate(SourceMap(), tiny_std, cache_dir)
    assert len(crate.items) == 2 and len(std_parses) == 3
    assert entry.read_bytes() != b"garbage"
    stdcache.parse_std_crate(SourceMap(), tiny_std, cache_dir)
    assert len(std_parses) == 3


def test_driver_builds_with_unwritable_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a directory")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocker))
    monkeypatch.setattr(sys, "dont_write_bytecode", sys.dont_write_bytecode)
    monkeypatch.setattr(sys, "pycache_prefix", sys.pycache_prefix)
    out = tmp_path / "hello.ll"
    assert driver.run(Options(REPO_ROOT / "examples/hello.rl", output_path=out, emit=Emit.LLVM_IR)) == 0
    assert "define" in out.read_text()


def test_std_checks_clean_eagerly() -> None:
    """The driver never type-checks, builds or borrow-checks std's unused bodies, so
    this is where all of them are: no diagnostics, and the same MIR as on demand."""
    source_map = SourceMap()
    sink = DiagnosticSink()
    crates = [syntax.parse_crate(source_map, str(stdlib_root() / "lib.rl"), "std"),
              syntax.parse_source(source_map, "main.rl", "fn main() {}\n", "main")]
    resolutions = resolve.resolve_program(crates, sink)
    program = typeck.check_program(crates, resolutions, sink)
    mir_program = build.build_program(program, sink)
    borrowck.check_program(mir_program, sink)
    assert sink.diagnostics == []
    assert sum(fn.crate == "std" for fn in program.fns.values() if fn.body is not None) > 100

    # The same crates through the driver's path: deferred typeck, bodies on demand.
    from rustlet import ondemand

    lazy_sink = DiagnosticSink()
    lazy_program, deferred = typeck.check_program_deferred(crates, resolutions, lazy_sink, frozenset({"std"}))
    assert all(fn.body is None for fn in lazy_program.fns.values() if fn.crate == "std")
    lazy_mir = build.build_program(lazy_program, lazy_sink)
    borrowck.check_program(lazy_mir, lazy_sink)
    lazy_mir.bodies = ondemand.bodies_on_demand(lazy_mir, deferred, lazy_sink)
    assert pretty.pretty_program(lazy_mir) == pretty.pretty_program(mir_program)
    assert lazy_sink.diagnostics == []


def test_bodies_on_demand_produce_only_what_is_asked() -> None:
    from rustlet import ondemand

    produced: list[int] = []

    def produce(def_id: int) -> object:
        produced.append(def_id)
        return None if def_id == 3 else f"body {def_id}"

    bodies = ondemand.BodiesOnDemand({0: "body 0"}, produce, lambda: iter([0, 1, 2]))  # type: ignore[dict-item]
    assert bodies[1] == "body 1" and produced == [1]
    assert bodies.get(3) is None and 3 not in bodies
    with pytest.raises(KeyError):
        bodies[3]
    rewrapped = ondemand.BodiesOnDemand(bodies, produce, lambda: iter([]))
    assert dict.__len__(rewrapped) == 2, "wrapping copies what was produced, producing nothing"
    assert produced == [1, 3, 3, 3]
    assert sorted(bodies) == [0, 1, 2], "iterating produces every body first"
    assert produced == [1, 3, 3, 3, 2]
