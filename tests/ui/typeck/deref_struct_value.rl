// A struct value without `Deref` cannot be dereferenced.
struct Wrapper {
    v: i32,
}

fn main() {
    let w = Wrapper { v: 1 };
    let x = *w; //~ ERROR E0614
}
