// `{:x}` needs `LowerHex`, which floats lack.
fn main() {
    println!("{:x}", 1.5); //~ ERROR E0277
}
