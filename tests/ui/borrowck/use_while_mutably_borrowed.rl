// Reading a `Copy` value while it is mutably borrowed.
fn main() {
    let mut x = 1;
    let r = &mut x;
    let y = x + 1; //~ ERROR E0503
    *r = 5;
    println!("{}", y);
}
