// A byte literal holds one byte; `b"ab"` is the byte string.
fn main() {
    let b = b'ab'; //~ ERROR character literal may only contain one codepoint
    println!("{}", b);
}
