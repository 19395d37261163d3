// A field initialized with the wrong type.
struct Point {
    x: i32,
    y: i32,
}

fn main() {
    let p = Point { x: 1, y: 2.5 }; //~ ERROR E0308
    println!("{}", p.x);
}
