// A float literal with an integer suffix.
fn main() {
    let x = 1.5u32; //~ ERROR invalid suffix `u32` for float literal
    println!("{}", x);
}
