// Matching by value moves the `String` out of the option.
fn main() {
    let name: Option<String> = Some(String::from("ann"));
    match name {
        Some(n) => println!("{}", n),
        None => {}
    }
    println!("{:?}", name); //~ ERROR E0382
}
