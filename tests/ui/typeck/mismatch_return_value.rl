// The tail expression has the wrong type.
fn half(x: i32) -> i32 {
    x as f64 / 2.0 //~ ERROR E0308
}

fn main() {
    println!("{}", half(3));
}
