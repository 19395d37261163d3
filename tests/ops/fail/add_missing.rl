#[derive(Debug, Clone, Copy)]
struct Point {
    x: i32,
    y: i32,
}

fn main() {
    let p = Point { x: 1, y: 2 };
    let q = p + p; //~ ERROR E0369 cannot add `Point` to `Point`
    println!("{:?}", q);
}
