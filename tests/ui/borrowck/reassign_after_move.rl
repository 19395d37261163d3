//@ check-pass
// Assigning a new value to a moved-from `mut` binding makes it usable again.
fn main() {
    let mut s = String::from("a");
    let t = s;
    s = String::from("b");
    println!("{} {}", s, t);
}
