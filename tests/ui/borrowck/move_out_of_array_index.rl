// A non-Copy element cannot be moved out of an array by indexing.
fn main() {
    let names = [String::from("a"), String::from("b")];
    let first = names[0]; //~ ERROR E0508
    println!("{}", first);
}
