// A suffixed literal too large for its own type.
fn main() {
    let big = 70000u16; //~ ERROR literal out of range for `u16`
    println!("{}", big);
}
