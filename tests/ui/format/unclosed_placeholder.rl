// A `{` that is never closed.
fn main() {
    println!("a { b", 1); //~ ERROR invalid format string
}
