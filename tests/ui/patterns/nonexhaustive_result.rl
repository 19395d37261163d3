// `Err(_)` is not covered.
fn parse(s: &str) -> Result<i32, String> {
    if s.is_empty() {
        Err(String::from("empty"))
    } else {
        Ok(1)
    }
}

fn main() {
    match parse("x") { //~ ERROR E0004
        Ok(n) => println!("{}", n),
    }
}
