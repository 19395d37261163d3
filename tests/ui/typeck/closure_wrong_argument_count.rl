// A closure of two parameters called with one argument.
fn main() {
    let add = |a: i32, b: i32| a + b;
    println!("{}", add(1)); //~ ERROR E0057
}
