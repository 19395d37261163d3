// A function call is not a place.
fn value() -> i32 {
    1
}

fn main() {
    value() = 2; //~ ERROR E0070
}
