//@ check-pass
// Explicit lifetimes on a function, a struct and its impl.
struct Pair<'a> {
    first: &'a str,
    second: &'a str,
}

impl<'a> Pair<'a> {
    fn longer(&self) -> &'a str {
        longest(self.first, self.second)
    }
}

fn longest<'a>(x: &'a str, y: &'a str) -> &'a str {
    if x.len() >= y.len() { x } else { y }
}

fn main() {
    let a = String::from("apple");
    let result;
    {
        let p = Pair { first: &a, second: "fig" };
        result = p.longer();
    }
    println!("{}", result);
}
