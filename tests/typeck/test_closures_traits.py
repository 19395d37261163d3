"""Typeck of closures, trait objects, `impl Trait` and coherence (no codegen: fast).

Each case is checked against what rustc 1.95 reports (codes and lines) or infers."""
from __future__ import annotations

from rustlet import thir
from rustlet.types import ClosureTy, RefTy
from tests.typeck.helpers import check, codes


def closure_fns(result) -> list[thir.FnDef]:  # noqa: ANN001
    assert result.program is not None
    return [fn for fn in result.program.fns.values() if fn.closure_kind is not None and fn.crate == "main"]


def test_closure_kinds_and_capture_modes() -> None:
    result = check("""
fn main() {
    let s = String::new();
    let mut n = 0;
    let read = || s.len();
    let mut bump = || n += 1;
    let consume = move || s;
    read();
    bump();
    consume();
}
""")
    assert result.errors == []
    kinds = {fn.name: (fn.closure_kind, [u.kind for u in fn.upvars]) for fn in closure_fns(result)}
    assert kinds == {
        "{closure#0}": ("Fn", [thir.CaptureKind.BY_REF]),
        "{closure#1}": ("FnMut", [thir.CaptureKind.BY_MUT_REF]),
        "{closure#2}": ("FnOnce", [thir.CaptureKind.BY_VALUE]),
    }


def test_disjoint_field_capture() -> None:
    result = check("""
struct P { a: i32, b: String }
fn main() {
    let mut p = P { a: 1, b: String::new() };
    let r = &p.b;
    let mut inc = || p.a += 1;
    inc();
    let _ = r.len();
}
""")
    assert result.errors == []
    (fn,) = closure_fns(result)
    assert [(u.kind, str(u.ty)) for u in fn.upvars] == [(thir.CaptureKind.BY_MUT_REF, "&mut i32")]


def test_signature_deduced_from_bound_and_expected_type() -> None:
    result = check("""
fn apply<F: Fn(i32) -> i64>(f: F) -> i64 { f(1) }
fn main() {
    let a = apply(|x| x as i64 * 2);
    let b: Box<dyn Fn(u8) -> u8> = Box::new(|y| y + 1);
    let _ = (a, b(2));
}
""")
    assert result.errors == []
    sigs = sorted((str(fn.sig.inputs[0]), str(fn.sig.output)) for fn in closure_fns(result))
    assert sigs == [("i32", "i64"), ("u8", "u8")]


def test_impl_trait_return_is_the_hidden_type() -> None:
    result = check("""
fn counter(start: u32) -> impl Iterator<Item = u32> { (start..10).map(|x| x * 2) }
fn main() { let _ = counter(3).count(); }
""")
    assert result.errors == []
    fn = next(f for f in result.program.fns.values() if f.name == "counter")
    assert str(fn.sig.output).startswith("Map<Range<u32>, {closure#")


def test_closure_errors_on_rustc_lines() -> None:
    assert codes("fn main() {\n    let f = |x| x;\n}\n") == [("E0282", 2)]
    assert codes("""fn twice<F: Fn()>(f: F) { f(); f(); }
fn main() {
    let s = String::new();
    let c = move || drop(s);
    twice(c);
}
""") == [("E0525", 4)]
    assert codes("fn main() {\n    let k = 1;\n    let f: fn(i32) -> i32 = |x| x + k;\n}\n") == [("E0308", 3)]


def test_trait_object_errors() -> None:
    assert codes("""trait T { fn dup(&self) -> Self; }
fn f(_: &dyn T) {}
fn main() {}
""") == [("E0038", 2)]
    assert codes("""trait Speak { fn hi(&self); }
struct Rock;
fn main() {
    let _r: &dyn Speak = &Rock;
}
""") == [("E0277", 4)]


def test_coherence_and_copy() -> None:
    assert codes("""trait D {}
impl<T: Copy> D for T {}
impl D for i32 {}
fn main() {}
""") == [("E0119", 3)]
    assert codes("""trait D {}
impl<T: Copy> D for T {}
impl D for String {}
fn main() {}
""") == []
    assert codes("""#[derive(Clone, Copy)]
struct L {
    s: String,
}
fn main() {}
""") == [("E0204", 2)]


def test_upvar_types_are_references_to_places() -> None:
    result = check("""
fn main() {
    let v = vec![1, 2];
    let f = || v.len();
    let _ = f();
}
""")
    (fn,) = closure_fns(result)
    assert isinstance(fn.upvars[0].ty, RefTy)
    closure_ty = next(info.ty for info in result.program.locals.values()
                      if info.name == "f" and info.span.file == result.main_file)
    assert isinstance(closure_ty, ClosureTy) and closure_ty.upvars == (fn.upvars[0].ty,)
