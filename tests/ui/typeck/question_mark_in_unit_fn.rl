// `?` needs a function that returns `Result` or `Option`.
fn parse_all(s: &str) {
    let n: i32 = s.parse()?; //~ ERROR E0277
    println!("{}", n);
}

fn main() {
    parse_all("1");
}
