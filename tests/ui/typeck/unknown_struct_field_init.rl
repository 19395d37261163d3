// A struct literal naming a field the struct does not have.
struct Point {
    x: i32,
    y: i32,
}

fn main() {
    let p = Point { x: 1, y: 2, z: 3 }; //~ ERROR E0560
    println!("{}", p.x);
}
