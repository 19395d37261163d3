// The format string must be a literal.
fn main() {
    let f = "{}";
    println!(f, 1); //~ ERROR format argument must be a string literal
}
