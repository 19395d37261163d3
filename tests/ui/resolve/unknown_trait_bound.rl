// A bound naming an undeclared trait.
fn show<T: Printable>(value: T) -> T { //~ ERROR E0405
    value
}

fn main() {
    show(1);
}
