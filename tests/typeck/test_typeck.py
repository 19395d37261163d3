"""Type checking: inferred types, THIR shape, and rustc's error codes on rustc's lines."""
from __future__ import annotations

from pathlib import Path

from rustlet import thir
from tests.typeck.helpers import REPO, check, codes, local_types, main_fn


def test_literal_defaults_and_inference() -> None:
    result = check("""
fn main() {
    let a = 1;
    let b = 2.5;
    let c: u8 = 3;
    let d = c + 4;
    let e = [1u64, 2, 3];
    let f = (a, 'x', true);
    let g = &e[1..];
}
""")
    assert result.errors == []
    types = local_types(result)
    assert types["a"] == "i32" and types["b"] == "f64" and types["d"] == "u8"
    assert types["e"] == "[u64; 3]" and types["f"] == "(i32, char, bool)" and types["g"] == "&[u64]"


def test_unsizing_coercion_at_call() -> None:
    result = check("fn total(xs: &[i64]) -> i64 { xs[0] }\nfn main() {\n    let a = [1, 2];\n    total(&a);\n}\n")
    assert result.errors == []
    call = main_fn(result).body.stmts[1].expr
    assert isinstance(call, thir.Call)
    assert isinstance(call.args[0], thir.Cast) and call.args[0].kind is thir.CastKind.UNSIZE
    assert local_types(result)["a"] == "[i64; 2]"


def test_match_ergonomics_binds_by_reference() -> None:
    result = check("""
enum Slot { Free, Used(u32) }
fn main() {
    let s = Slot::Used(1);
    match &s {
        Slot::Used(n) => { let m: &u32 = n; }
        Slot::Free => {}
    }
}
""")
    assert result.errors == []
    assert local_types(result)["n"] == "&u32"


def test_methods_on_primitives_and_std_paths() -> None:
    result = check("""
fn main() {
    let x = (-7i32).rem_euclid(3);
    let y = 2.0f64.sqrt().floor();
    let z = 5u8.checked_sub(9);
    let w = std::cmp::max(3i64, 4);
    let c = 'a'.to_digit(16);
    let m = i32::MAX;
    let pi = std::f64::consts::PI;
}
""")
    assert result.errors == []
    types = local_types(result)
    assert types["x"] == "i32" and types["y"] == "f64" and types["z"] == "Option<u8>"
    assert types["w"] == "i64" and types["c"] == "Option<u32>" and types["m"] == "i32" and types["pi"] == "f64"


def test_for_loop_over_ranges_desugars_through_traits() -> None:
    result = check("""
fn main() {
    let mut s = 0u64;
    for i in (0..10).rev().step_by(3) { s += i; }
    for c in 'a'..='e' { let _ = c; }
}
""")
    assert result.errors == []
    types = local_types(result)
    assert types["i"] == "u64" and types["c"] == "char"
    loop_match = main_fn(result).body.stmts[1].expr
    assert isinstance(loop_match, thir.Match) and isinstance(loop_match.arms[0].body, thir.Loop)


def test_loop_break_value_and_divergence() -> None:
    result = check("""
fn pick(n: i32) -> i32 {
    if n > 0 { return n; }
    let v = loop { break 7; };
    v
}
fn main() { pick(1); }
""")
    assert result.errors == []


def test_type_errors_on_rustc_lines() -> None:
    assert codes("fn main() {\n    let x: i32 = \"no\";\n}\n") == [("E0308", 2)]
    assert codes("fn main() {\n    let a = 1 + 0.5;\n}\n") == [("E0277", 2)]
    assert codes("fn main() {\n    let b = 2.pow(3);\n}\n") == [("E0689", 2)]
    assert codes("fn f() -> i32 {\n    1;\n}\nfn main() {}\n") == [("E0308", 1)]
    assert codes("fn main() {\n    let x = 5;\n    let y = *x;\n}\n") == [("E0614", 3)]
    assert codes("fn main() {\n    let x = 5;\n    x[0];\n}\n") == [("E0608", 3)]
    assert codes("fn f(a: i32) {}\nfn main() {\n    f(1, 2);\n}\n") == [("E0061", 3)]
    assert codes("fn main() {\n    let x = 5;\n    x();\n}\n") == [("E0618", 3)]
    assert codes("fn main() {\n    let n = 3;\n    let a = [0; n];\n}\n") == [("E0435", 3)]
    assert codes("fn main() {\n    let c = 65u32 as char;\n}\n") == [("E0604", 2)]
    assert codes("fn main() {\n    let b = 1 as bool;\n}\n") == [("E0054", 2)]
    assert codes("fn main() {\n    let v = -1u32;\n}\n") == [("E0600", 2)]


def test_struct_errors() -> None:
    src = """
struct P { x: i32, y: i32 }
enum E { V { a: u8 }, T(u8, u8) }
fn main() {
    let p = P { x: 1 };
    let q = P { x: 1, y: 2, z: 3 };
    let e = E::V { b: 1 };
    let P { x, w } = q;
    match E::T(1, 2) { E::T(a) => {}, _ => {} }
    let n = q.nope;
    let Q = 1.5;
}
"""
    assert codes(src) == [("E0063", 5), ("E0560", 6), ("E0559", 7), ("E0026", 8), ("E0023", 9), ("E0609", 10)]


def test_branch_mismatches() -> None:
    assert codes("fn main() {\n    let x = if true { 1 } else {\n        \"s\"\n    };\n}\n") == [("E0308", 3)]
    assert codes("fn main() {\n    let y: i32 = if true { 1 };\n}\n") == [("E0317", 2)]
    assert codes("fn main() {\n    let x = match 1 { 1 => 'a',\n        _ => 2 };\n}\n") == [("E0308", 3)]


def test_no_method_and_no_main() -> None:
    assert codes("fn main() {\n    let x = 1i32;\n    x.frobnicate();\n}\n") == [("E0599", 3)]
    assert codes("fn helper() {}\n") == [("E0601", 1)]


def test_every_run_pass_program_type_checks() -> None:
    failures = []
    for path in sorted((REPO / "tests" / "run-pass").rglob("*.rl")):
        text = path.read_text()
        if text.startswith("// not-a-test") or "\nmod " in text and ";" in text.split("\nmod ", 1)[1].split("\n")[0]:
            continue
        errors = check(text).errors
        if errors:
            failures.append((path.name, errors[:2]))
    assert failures == []


def test_num_rl_is_generated_output() -> None:
    import importlib.util
    spec = importlib.util.spec_from_file_location("gen_num", REPO / "stdlib" / "gen_num.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert module.generate() == Path(REPO / "stdlib" / "num.rl").read_text()
