// `Self` only exists inside impls and traits.
fn make() -> Self { //~ ERROR E0411
    0
}

fn main() {}
