// A float cannot be shifted: it has no `Shl` impl at all.
fn main() {
    let x = 2.0f64 << 1; //~ ERROR E0369
    println!("{}", x);
}
