// The `String` temporary dies at the end of the statement.
fn main() {
    let s: &str = String::from("temp").as_str(); //~ ERROR E0716
    println!("{}", s);
}
