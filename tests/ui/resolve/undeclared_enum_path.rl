// A variant path through an enum that does not exist.
fn main() {
    let d = Direction::North; //~ ERROR E0433
}
