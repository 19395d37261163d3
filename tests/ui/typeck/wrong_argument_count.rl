// Calling a two-parameter function with one argument.
fn add(a: i32, b: i32) -> i32 {
    a + b
}

fn main() {
    println!("{}", add(1)); //~ ERROR E0061
}
