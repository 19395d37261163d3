// An associated function that the type does not have.
struct Point {
    x: i32,
}

fn main() {
    let p = Point::origin(); //~ ERROR E0599
}
