// A string where the annotation says `i32`.
fn main() {
    let x: i32 = "five"; //~ ERROR E0308
    println!("{}", x);
}
