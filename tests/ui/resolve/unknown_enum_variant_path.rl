// A variant path through an enum that does not exist.
fn main() {
    let c = Colour::Red; //~ ERROR E0433
}
