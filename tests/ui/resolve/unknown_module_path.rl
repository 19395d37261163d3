// A path through a module that does not exist.
fn main() {
    let v = geometry::area(2); //~ ERROR E0433
}
