// A `bool` passed for an `i32` parameter.
fn square(x: i32) -> i32 {
    x * x
}

fn main() {
    println!("{}", square(true)); //~ ERROR E0308
}
