// A byte literal without its closing quote.
fn main() {
    let b = b'a; //~ ERROR E0763
    println!("{}", b);
}
