// A byte literal must be ASCII (use `\xHH` for the other byte values).
fn main() {
    let b = b'é'; //~ ERROR non-ASCII character in byte literal
    println!("{}", b);
}
