// A slice indexed by a `u8`.
fn main() {
    let v = [10, 20, 30];
    let s = &v[..];
    let i: u8 = 2;
    println!("{}", s[i]); //~ ERROR E0277
}
