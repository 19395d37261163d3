"""Name resolution: imports, scoping, patterns, labels and their diagnostics (code + line)."""
from __future__ import annotations

from tests.typeck.helpers import check, codes


def resolve_codes(source: str) -> list[tuple[str | None, int]]:
    return [(code, line) for code, line, _ in check(source, run_typeck=False).errors]


def test_use_glob_nested_rename_self_super() -> None:
    src = """
mod shapes {
    pub mod circle { pub fn area(r: f64) -> f64 { r * r * 3.0 } }
    pub fn unit() -> f64 { self::circle::area(1.0) }
    pub mod inner { pub fn up() -> f64 { super::unit() } }
}
use shapes::{circle::area as circle_area, inner::*};
use std::cmp::{max, min};
fn main() {
    let a = circle_area(2.0) + up();
    let b = max(1, min(2, 3));
    println!("{} {}", a, b);
}
"""
    assert resolve_codes(src) == []


def test_undefined_value_and_type() -> None:
    src = "struct S { a: Strng }\nfn main() {\n    let x = y;\n}\n"
    assert resolve_codes(src) == [("E0425", 1), ("E0425", 3)]


def test_undeclared_type_path_is_e0433() -> None:
    assert resolve_codes("fn main() {\n    let m = HashMap::new();\n}\n") == [("E0433", 2)]


def test_unresolved_import() -> None:
    assert resolve_codes("use std::nothing::here;\nfn main() {}\n") == [("E0432", 1)]


def test_private_function() -> None:
    src = "mod m {\n    fn hidden() {}\n}\nfn main() {\n    m::hidden();\n}\n"
    assert resolve_codes(src) == [("E0603", 5)]


def test_duplicate_definition() -> None:
    assert resolve_codes("fn f() {}\nfn f() {}\nfn main() {}\n") == [("E0428", 2)]


def test_duplicate_bindings() -> None:
    assert resolve_codes("fn f(a: i32, a: i32) {}\nfn main() {\n    let (x, x) = (1, 2);\n}\n") == [
        ("E0415", 1), ("E0416", 3)]


def test_or_pattern_must_bind_everywhere() -> None:
    src = "fn main() {\n    match (1, 2) {\n        (x, 1) | (1, _) => {}\n        _ => {}\n    }\n}\n"
    assert resolve_codes(src) == [("E0408", 3)]


def test_labels_and_breaks() -> None:
    src = "fn main() {\n    break;\n    loop { break 'nope; }\n    while true { break 5; }\n}\n"
    assert resolve_codes(src) == [("E0268", 2), ("E0426", 3), ("E0571", 4)]


def test_unit_struct_identifier_is_a_path_pattern() -> None:
    src = """
struct Unit;
const LIMIT: i32 = 10;
fn main() {
    let Unit = Unit;
    match 5 { LIMIT => {}, other => { let _ = other; } }
}
"""
    result = check(src)
    assert result.errors == []


def test_shadowing_and_block_items() -> None:
    src = """
fn main() {
    let x = 1;
    let x = x + 1;
    {
        fn helper() -> i32 { 40 }
        let y = helper() + x;
        println!("{}", y);
    }
}
"""
    assert resolve_codes(src) == []


def test_unknown_trait() -> None:
    assert resolve_codes("fn f<T: Nope>(t: T) {}\nfn main() {}\n") == [("E0405", 1)]
