// Integers have no `len` method.
fn main() {
    let n = 10i32;
    println!("{}", n.len()); //~ ERROR E0599
}
