// Nothing tells the compiler the element type.
fn main() {
    let v = Vec::new(); //~ ERROR E0282
}
