// A generic struct named without its argument in a type.
struct Pair<T> {
    a: T,
    b: T,
}

fn sum(p: Pair) -> i32 { //~ ERROR E0107
    0
}

fn main() {}
