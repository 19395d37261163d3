// Calling a function that does not exist.
fn main() {
    let x = compute(3); //~ ERROR E0425
    println!("{}", x);
}
