// A struct without a `Display` impl cannot be printed with `{}`.
struct Point {
    x: i32,
}

fn main() {
    let p = Point { x: 1 };
    println!("{}", p); //~ ERROR E0277
}
