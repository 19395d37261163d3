// A method of the inner type called on the `Option`.
fn main() {
    let name: Option<String> = Some(String::from("x"));
    println!("{}", name.to_uppercase()); //~ ERROR E0599
}
