// Indexing gives a place behind a reference: the element cannot be moved out.
fn main() {
    let names = vec![String::from("a"), String::from("b")];
    let first = names[0]; //~ ERROR E0507
    println!("{}", first);
}
