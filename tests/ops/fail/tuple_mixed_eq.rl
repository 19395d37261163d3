fn main() {
    let a = (1, "x");
    let b = (1, String::from("x"));
    println!("{}", a == b); //~ ERROR E0308 mismatched types
}
