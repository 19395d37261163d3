// A struct literal must initialize every field.
struct Point {
    x: i32,
    y: i32,
}

fn main() {
    let p = Point { x: 1 }; //~ ERROR E0063
    println!("{}", p.x);
}
