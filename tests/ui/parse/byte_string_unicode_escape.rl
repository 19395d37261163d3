// `\u{…}` escapes name chars, not bytes.
fn main() {
    let s = b"A\u{42}C"; //~ ERROR unicode escape in byte string
    println!("{:?}", s);
}
