// A function returning a `String` where it declares `i32`.
fn label() -> i32 {
    String::from("x") //~ ERROR E0308
}

fn main() {
    println!("{}", label());
}
