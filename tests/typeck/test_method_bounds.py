"""Method lookup with impl where-clauses: a candidate whose bounds definitely fail is
skipped (E0599 "exists … but its trait bounds were not satisfied" when nothing else
matches), one whose bounds are only ambiguous is picked."""
from __future__ import annotations

from tests.typeck.helpers import check

PRELUDE = """
use std::fmt::Display;
struct Foo;
struct W<T> { t: T }
impl<T: Display> W<T> {
    fn show(&self) -> String { format!("{}", self.t) }
}
trait Speak { fn speak(&self) -> u32; }
impl<T: Clone> Speak for W<T> { fn speak(&self) -> u32 { 1 } }
"""


def errors(body: str) -> list[tuple[str | None, int, str]]:
    source = PRELUDE + "fn main() {\n" + body + "\n}\n"
    base = PRELUDE.count("\n") + 1
    return [(code, line - base, message) for code, line, message in check(source).errors]


def test_inherent_method_with_failing_impl_bound_is_e0599_with_its_wording() -> None:
    assert errors("    let w = W { t: Foo };\n    w.show();") == [
        ("E0599", 2, "the method `show` exists for struct `W<Foo>`, but its trait bounds were not satisfied")]


def test_trait_method_whose_impl_bound_fails_is_e0599_not_no_method() -> None:
    assert errors("    let w = W { t: Foo };\n    w.speak();") == [
        ("E0599", 2, "the method `speak` exists for struct `W<Foo>`, but its trait bounds were not satisfied")]


def test_std_inherent_impl_bound_hash_map_insert() -> None:
    got = errors("    let mut m: std::collections::HashMap<Foo, u8> = std::collections::HashMap::new();\n"
                 "    m.insert(Foo, 1);")
    assert got == [("E0599", 2, "the method `insert` exists for struct `HashMap<Foo, u8>`, "
                                "but its trait bounds were not satisfied")]


def test_satisfied_and_still_ambiguous_bounds_pick_the_method() -> None:
    # `W<{integer}>`: `{integer}: Display` is not decided until the literal defaults
    assert errors("    let w = W { t: 5 };\n    let s: String = w.show();\n    let n: u32 = w.speak();") == []


def test_unknown_method_is_still_no_method_named() -> None:
    assert [m.split(" found")[0] for _, _, m in errors("    let w = W { t: 1u8 };\n    w.bark();")] == [
        "no method named `bark`"]
