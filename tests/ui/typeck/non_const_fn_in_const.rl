// A `const` initializer can only call `const fn`s.
fn seed() -> i32 {
    7
}

const START: i32 = seed(); //~ ERROR E0015

fn main() {
    println!("{}", START);
}
