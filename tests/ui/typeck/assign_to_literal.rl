// The left side of `=` must be a place.
fn main() {
    let x = 1;
    1 = x; //~ ERROR E0070
}
