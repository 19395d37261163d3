// A literal of the wrong type for the annotation.
fn main() {
    let ratio: f64 = 3; //~ ERROR E0308
}
