// Integers and floats do not mix in arithmetic.
fn main() {
    let x = 1 + 1.5; //~ ERROR E0277
    println!("{}", x);
}
