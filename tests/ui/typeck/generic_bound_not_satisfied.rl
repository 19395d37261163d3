// A generic function called with a type that lacks the bound.
use std::fmt::Display;

struct Opaque;

fn show<T: Display>(value: T) -> String {
    format!("{}", value)
}

fn main() {
    show(Opaque); //~ ERROR E0277
}
