// A struct literal of an undeclared struct.
fn main() {
    let p = Point { x: 1, y: 2 }; //~ ERROR E0422
}
