// A reference to a local cannot leave the function.
fn longest() -> &'static str {
    let s = String::from("local");
    &s //~ ERROR E0515
}

fn main() {
    println!("{}", longest());
}
