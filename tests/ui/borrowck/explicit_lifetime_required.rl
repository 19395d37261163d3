// The returned reference must live for `'a`, but `fallback` has an anonymous lifetime.
fn pick<'a>(primary: &'a str, fallback: &str) -> &'a str {
    if primary.is_empty() {
        fallback //~ ERROR E0621
    } else {
        primary
    }
}

fn main() {
    println!("{}", pick("a", "b"));
}
