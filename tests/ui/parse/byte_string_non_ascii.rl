// A byte string literal must be ASCII.
fn main() {
    let s = b"caf\xc3\xa9 or café"; //~ ERROR non-ASCII character in byte string literal
    println!("{:?}", s);
}
