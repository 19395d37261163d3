// Calling a one-parameter function with three arguments.
fn negate(a: i32) -> i32 {
    -a
}

fn main() {
    println!("{}", negate(1, 2, 3)); //~ ERROR E0061
}
