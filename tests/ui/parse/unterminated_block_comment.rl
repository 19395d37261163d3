// A block comment that is never closed.
fn main() {
    let x = 1; /* the rest is a comment //~ ERROR E0758
    println!("{}", x);
}
