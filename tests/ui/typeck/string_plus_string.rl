// `String + String`: the right side must be a `&str`.
fn main() {
    let a = String::from("a");
    let b = String::from("b");
    let c = a + b; //~ ERROR E0308
}
