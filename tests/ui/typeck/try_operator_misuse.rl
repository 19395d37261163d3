// `?` needs a Result/Option operand and a function returning the same family.
fn f() -> Option<i32> { Some(1) }
fn g() -> Result<i32, String> { let x = f()?; Ok(x) } //~ ERROR E0277
fn h() -> Option<i32> { let y = 3?; Some(y) } //~ ERROR E0277
fn main() {
    let x = f()?; //~ ERROR E0277
    println!("{} {:?} {:?}", x, g(), h());
}
