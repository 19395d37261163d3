// A tuple-struct pattern naming a struct with named fields.
struct Pair {
    a: i32,
    b: i32,
}

fn main() {
    let p = Pair { a: 1, b: 2 };
    let Pair(x, y) = p; //~ ERROR E0532
}
