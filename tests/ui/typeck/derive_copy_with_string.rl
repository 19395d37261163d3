// A struct holding a `String` cannot be `Copy`; rustc points at the struct's name.
#[derive(Clone, Copy)]
struct Named { //~ ERROR E0204
    name: String,
}

fn main() {}
