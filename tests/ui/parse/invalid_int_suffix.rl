// There is no 33-bit integer type: rustc reads the suffix as a width.
fn main() {
    let x = 1i33; //~ ERROR invalid width `33` for integer literal
    println!("{}", x);
}
