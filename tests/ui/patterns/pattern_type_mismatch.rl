// A tuple pattern against a non-tuple.
fn main() {
    let n = 5;
    let (a, b) = n; //~ ERROR E0308
}
