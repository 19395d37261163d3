// A raw byte string has no escapes, and must be ASCII too.
fn main() {
    let s = br#"naïve"#; //~ ERROR non-ASCII character in raw byte string literal
    println!("{:?}", s);
}
