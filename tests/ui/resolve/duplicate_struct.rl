// A struct and an enum with the same name in one namespace.
struct Item {
    id: i32,
}

enum Item { //~ ERROR E0428
    A,
}

fn main() {}
