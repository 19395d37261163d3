// A `String` cannot be moved out from behind a `&`.
fn main() {
    let s = String::from("a");
    let r = &s;
    let t = *r; //~ ERROR E0507
    println!("{}", t);
}
