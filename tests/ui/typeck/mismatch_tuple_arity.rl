// A pair where a triple is expected.
fn main() {
    let t: (i32, i32, i32) = (1, 2); //~ ERROR E0308
}
