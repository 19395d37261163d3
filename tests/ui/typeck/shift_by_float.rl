// A shift amount must be an integer.
fn main() {
    let x = 1u32 << 2.0; //~ ERROR E0277
    println!("{}", x);
}
