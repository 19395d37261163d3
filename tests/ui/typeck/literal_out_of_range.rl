// `256` does not fit in a `u8` (a deny-by-default lint).
fn main() {
    let x: u8 = 256; //~ ERROR literal out of range for `u8`
    println!("{}", x);
}
