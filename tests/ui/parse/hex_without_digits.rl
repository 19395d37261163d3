// `0x` followed by no hexadecimal digit.
fn main() {
    let x = 0x; //~ ERROR E0768
    println!("{}", x);
}
