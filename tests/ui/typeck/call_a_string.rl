// A `String` is not callable.
fn main() {
    let s = String::from("f");
    s(); //~ ERROR E0618
}
