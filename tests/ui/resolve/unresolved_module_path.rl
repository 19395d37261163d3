// A path through a module that does not exist.
fn main() {
    let x = geometry::area(2); //~ ERROR E0433
    println!("{}", x);
}
