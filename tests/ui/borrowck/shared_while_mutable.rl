// Reading through a shared borrow while a `&mut` is live.
fn main() {
    let mut s = String::from("a");
    let m = &mut s;
    let n = s.len(); //~ ERROR E0502
    m.push('b');
    println!("{}", n);
}
