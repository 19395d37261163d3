// Fields of an immutable binding cannot be assigned.
struct Point {
    x: i32,
}

fn main() {
    let p = Point { x: 1 };
    p.x = 2; //~ ERROR E0594
    println!("{}", p.x);
}
