"""Constants used through generics (`T::KIND`, `Self::SIDES`, `<T as Trait>::C`): MIR
keeps them as `UnevaluatedConst`, mono resolves each to the impl's constant (or the
trait's default) and evaluates it; the errors of that evaluation are rustc's
post-monomorphization errors (E0080, E0391)."""
from __future__ import annotations

import io
import subprocess
from pathlib import Path

import pytest

from rustlet.driver import Emit, Options, run


def build(tmp_path: Path, source: str, emit: Emit = Emit.LLVM_IR) -> tuple[int, str, str]:
    path = tmp_path / "main.rl"
    path.write_text(source)
    out, err = io.StringIO(), io.StringIO()
    status = run(Options(path, output_path=Path("-"), emit=emit), out=out, err=err)
    return status, out.getvalue(), err.getvalue()


def build_and_run(tmp_path: Path, source: str) -> str:
    path = tmp_path / "main.rl"
    path.write_text(source)
    err = io.StringIO()
    assert run(Options(path, output_path=tmp_path / "main"), err=err) == 0, err.getvalue()
    return subprocess.run([tmp_path / "main"], capture_output=True, text=True, check=True, timeout=10).stdout


SHAPES = """
trait Shape {
    const SIDES: u8;
    const DOUBLE: u8 = Self::SIDES * 2;
}
struct Tri;
struct Big;
impl Shape for Tri { const SIDES: u8 = 3; }
impl Shape for Big { const SIDES: u8 = 200; }
fn double<S: Shape>() -> u8 { S::DOUBLE }
"""


def test_generic_use_is_unevaluated_in_mir(tmp_path: Path) -> None:
    status, out, err = build(tmp_path, SHAPES + "fn main() { println!(\"{}\", double::<Tri>()); }", Emit.MIR)
    assert status == 0, err
    assert "const main::Shape::DOUBLE::<S>" in out


def test_each_instance_gets_its_impls_value(tmp_path: Path) -> None:
    source = SHAPES + """
struct Four;
impl Shape for Four { const SIDES: u8 = 4; const DOUBLE: u8 = 44; }
fn main() { println!("{} {}", double::<Tri>(), double::<Four>()); }
"""
    assert build_and_run(tmp_path, source) == "6 44\n"  # the default for Tri, Four's own


def test_overflow_in_the_instance_is_e0080(tmp_path: Path) -> None:
    status, _, err = build(tmp_path, SHAPES + "fn main() { println!(\"{}\", double::<Big>()); }")
    assert status == 1
    assert "error[E0080]: attempt to compute `200_u8 * 2_u8`, which would overflow" in err
    assert "evaluation of `<Big as Shape>::DOUBLE` failed here" in err
    assert "main.rl:4:24" in err  # the default's body, where rustc points


def test_unused_instance_is_not_evaluated(tmp_path: Path) -> None:
    status, _, err = build(tmp_path, SHAPES + "fn main() { println!(\"{}\", double::<Tri>()); }")
    assert status == 0, err  # `<Big as Shape>::DOUBLE` would overflow, but nothing uses it


def test_cycle_is_e0391(tmp_path: Path) -> None:
    source = """
trait A { const X: u32; const Y: u32 = Self::X + 1; }
struct S;
impl A for S { const X: u32 = <S as A>::Y * 2; }
fn main() { println!("{}", S::Y); }
"""
    status, _, err = build(tmp_path, source)
    assert status == 1
    assert "error[E0391]: cycle detected when const-evaluating `Y`" in err
    assert "main.rl:4:31" in err  # the use that closes the cycle, as rustc


@pytest.mark.parametrize("body, value", [
    ("if Self::X > 2 { 10 } else { 20 }", 10),
    ("(Self::X as u8 as char as u32) + 1", 6),
    ("-(Self::X as i64) as u32 / 3", 1431655763),
    ("Self::X << 3 | 1", 41),
    ("(Self::X as f32 / 2.0) as u32 + (7 % Self::X)", 4),
])
def test_typed_evaluator(tmp_path: Path, body: str, value: int) -> None:
    source = f"""
trait A {{ const X: u32; const Y: u32 = {body}; }}
struct S;
impl A for S {{ const X: u32 = 5; }}
fn get<T: A>() -> u32 {{ T::Y }}
fn main() {{ println!("{{}}", get::<S>()); }}
"""
    assert build_and_run(tmp_path, source) == f"{value}\n"


def test_unsupported_expression_is_named(tmp_path: Path) -> None:
    source = """
trait A { const X: u32; const Y: u32 = match Self::X { 1 => 2, _ => 3 }; }
struct S;
impl A for S { const X: u32 = 5; }
fn main() { println!("{}", S::Y); }
"""
    status, _, err = build(tmp_path, source)
    assert status == 1
    assert "unsupported: match expressions in a generic constant" in err
