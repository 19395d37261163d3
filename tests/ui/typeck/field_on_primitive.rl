// Integers have no fields.
fn main() {
    let n = 5;
    println!("{}", n.value); //~ ERROR E0610
}
