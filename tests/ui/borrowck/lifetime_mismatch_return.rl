// Returning a reference with a lifetime the signature does not promise.
fn pick<'a, 'b>(a: &'a str, b: &'b str) -> &'a str {
    if a.len() > 1 {
        a
    } else {
        b //~ ERROR lifetime may not live long enough
    }
}

fn main() {
    println!("{}", pick("x", "yz"));
}
