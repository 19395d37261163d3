// Byte literals take the same escapes as ASCII chars, `\xHH` with any value.
fn main() {
    let ok = b'\xff';
    let bad = b'\d'; //~ ERROR unknown byte escape: `d`
    println!("{} {}", ok, bad);
}
