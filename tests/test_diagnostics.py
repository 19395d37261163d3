"""Diagnostic rendering: golden strings copied from rustc 1.95's output."""
from __future__ import annotations

from rustlet import diagnostics
from rustlet.diagnostics import Diagnostic, Level, render
from rustlet.source import SourceMap, Span

E0382_SOURCE = """fn take(v: Vec<i32>) { let _ = v; }
fn main() {
    let v = vec![1];
    take(v);
    println!("{:?}", v);
    let mut w = vec![1, 2, 3];
    let first = &w[0];
    w.push(4);
    println!("{}", first);
    let s = String::new();
    let t = s;
    let u = s;
}
"""


def source(text: str, path: str = "main.rl") -> tuple[SourceMap, int]:
    source_map = SourceMap()
    return source_map, source_map.add_file(path, text)


def span_at(source_map: SourceMap, file: int, line: int, col: int, length: int) -> Span:
    offset = source_map.file(file).line_starts[line - 1] + col - 1
    return Span(file, offset, offset + length)


def test_borrowck_errors_and_warning_like_rustc() -> None:
    source_map, f = source(E0382_SOURCE, "e2.rs")

    def at(line: int, col: int, length: int) -> Span:
        return span_at(source_map, f, line, col, length)

    moved = diagnostics.error("borrow of moved value: `v`", at(5, 22, 1), "value borrowed here after move", "E0382")
    moved.with_label(at(3, 9, 1), "move occurs because `v` has type `Vec<i32>`, which does not implement the "
                                  "`Copy` trait").with_label(at(4, 10, 1), "value moved here")
    conflict = diagnostics.error("cannot borrow `w` as mutable because it is also borrowed as immutable",
                                 at(8, 5, 9), "mutable borrow occurs here", "E0502")
    conflict.with_label(at(7, 18, 1), "immutable borrow occurs here")
    conflict.with_label(at(9, 20, 5), "immutable borrow later used here")
    used = diagnostics.error("use of moved value: `s`", at(12, 13, 1), "value used here after move", "E0382")
    used.with_label(at(10, 9, 1), "move occurs because `s` has type `String`, which does not implement the "
                                  "`Copy` trait").with_label(at(11, 13, 1), "value moved here")
    unused = Diagnostic(Level.WARNING, "unused variable: `t`", at(11, 9, 1),
                        "help: if this is intentional, prefix it with an underscore: `_t`")
    unused.with_note("`#[warn(unused_variables)]` (part of `#[warn(unused)]`) on by default")

    assert render([moved, conflict, used, unused], source_map, color=False) == """\
error[E0382]: borrow of moved value: `v`
 --> e2.rs:5:22
  |
3 |     let v = vec![1];
  |         - move occurs because `v` has type `Vec<i32>`, which does not implement the `Copy` trait
4 |     take(v);
  |          - value moved here
5 |     println!("{:?}", v);
  |                      ^ value borrowed here after move

error[E0502]: cannot borrow `w` as mutable because it is also borrowed as immutable
 --> e2.rs:8:5
  |
7 |     let first = &w[0];
  |                  - immutable borrow occurs here
8 |     w.push(4);
  |     ^^^^^^^^^ mutable borrow occurs here
9 |     println!("{}", first);
  |                    ----- immutable borrow later used here

error[E0382]: use of moved value: `s`
  --> e2.rs:12:13
   |
10 |     let s = String::new();
   |         - move occurs because `s` has type `String`, which does not implement the `Copy` trait
11 |     let t = s;
   |             - value moved here
12 |     let u = s;
   |             ^ value used here after move

warning: unused variable: `t`
  --> e2.rs:11:9
   |
11 |     let t = s;
   |         ^ help: if this is intentional, prefix it with an underscore: `_t`
   |
   = note: `#[warn(unused_variables)]` (part of `#[warn(unused)]`) on by default

error: aborting due to 3 previous errors; 1 warning emitted

Some errors have detailed explanations: E0382, E0502.
For more information about an error, try `rustlet --explain E0382`.
"""


def test_two_labels_on_one_line() -> None:
    source_map, f = source("fn main() {\n    let x: i32 = \"s\";\n}\n")
    mismatch = diagnostics.error("mismatched types", span_at(source_map, f, 2, 18, 3),
                                 "expected `i32`, found `&str`", "E0308")
    mismatch.with_label(span_at(source_map, f, 2, 12, 3), "expected due to this")
    assert render([mismatch], source_map, color=False) == """\
error[E0308]: mismatched types
 --> main.rl:2:18
  |
2 |     let x: i32 = "s";
  |            ---   ^^^ expected `i32`, found `&str`
  |            |
  |            expected due to this

error: aborting due to 1 previous error

For more information about this error, try `rustlet --explain E0308`.
"""


def test_three_labels_on_one_line() -> None:
    source_map, f = source("fn main() {\n    foo(&mut a, &mut a, &mut a);\n}\n")
    error = diagnostics.error("cannot borrow `a` as mutable more than once at a time",
                              span_at(source_map, f, 2, 17, 6), "second mutable borrow occurs here", "E0499")
    error.with_label(span_at(source_map, f, 2, 9, 6), "first mutable borrow occurs here")
    error.with_label(span_at(source_map, f, 2, 5, 3), "first borrow later used by call")
    assert render([error], source_map, color=False, summary=False) == """\
error[E0499]: cannot borrow `a` as mutable more than once at a time
 --> main.rl:2:17
  |
2 |     foo(&mut a, &mut a, &mut a);
  |     --- ------  ^^^^^^ second mutable borrow occurs here
  |     |   |
  |     |   first mutable borrow occurs here
  |     first borrow later used by call

"""


def test_gaps_between_lines() -> None:
    text = "fn main() {\n    let v = vec![1];\n\n    let w = v;\n    let a = 1;\n    let b = 2;\n    let c = 3;\n" \
           "    println!(\"{:?} {}\", v, a + b + c);\n    let _ = w;\n}\n"
    source_map, f = source(text, "g.rs")
    error = diagnostics.error("borrow of moved value: `v`", span_at(source_map, f, 8, 25, 1),
                              "value borrowed here after move", "E0382")
    error.with_label(span_at(source_map, f, 2, 9, 1), "move occurs because `v` has type `Vec<i32>`, which does "
                                                      "not implement the `Copy` trait")
    error.with_label(span_at(source_map, f, 4, 13, 1), "value moved here")
    assert render([error], source_map, color=False, summary=False) == """\
error[E0382]: borrow of moved value: `v`
 --> g.rs:8:25
  |
2 |     let v = vec![1];
  |         - move occurs because `v` has type `Vec<i32>`, which does not implement the `Copy` trait
3 |
4 |     let w = v;
  |             - value moved here
...
8 |     println!("{:?} {}", v, a + b + c);
  |                         ^ value borrowed here after move

"""


def test_error_without_span_and_warnings_only_summary() -> None:
    source_map = SourceMap()
    error = Diagnostic(Level.ERROR, "could not find `clang`", helps=["install it with `apt-get install clang`"])
    assert render([error], source_map, color=False) == """\
error: could not find `clang`
  |
  = help: install it with `apt-get install clang`

error: aborting due to 1 previous error

"""
    source_map, f = source("fn main() {\n\tlet unused = 1;\n}\n")
    warning = Diagnostic(Level.WARNING, "unused variable: `unused`", span_at(source_map, f, 2, 6, 6), "")
    assert render([warning], source_map, color=False) == """\
warning: unused variable: `unused`
 --> main.rl:2:6
  |
2 |     let unused = 1;
  |         ^^^^^^

warning: 1 warning emitted

"""


def test_colour_only_when_asked() -> None:
    source_map, f = source("fn main() { x }\n")
    error = diagnostics.error("cannot find value `x` in this scope", span_at(source_map, f, 1, 13, 1),
                              "not found in this scope", "E0425")
    coloured = render([error], source_map, color=True)
    assert "\x1b[" in coloured and "\x1b[" not in render([error], source_map, color=False)
    assert coloured.startswith("\x1b[1m\x1b[38;5;9merror[E0425]\x1b[0m")
