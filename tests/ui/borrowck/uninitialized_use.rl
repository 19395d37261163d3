// A variable declared without a value cannot be read.
fn main() {
    let x: i32;
    println!("{}", x); //~ ERROR E0381
}
