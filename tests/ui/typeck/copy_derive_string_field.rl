// `Copy` derived for a struct holding a `String`.
#[derive(Clone, Copy)]
struct Label { //~ ERROR E0204
    text: String,
}

fn main() {}
