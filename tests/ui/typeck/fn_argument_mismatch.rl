// A `&str` passed where a `u32` is expected.
fn square(n: u32) -> u32 {
    n * n
}

fn main() {
    println!("{}", square("3")); //~ ERROR E0308
}
