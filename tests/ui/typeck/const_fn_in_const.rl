//@ run-pass
// A `const` initializer may call a `const fn`.
const fn square(x: i32) -> i32 {
    x * x
}

const AREA: i32 = square(4);

fn main() {
    println!("{}", AREA);
}
