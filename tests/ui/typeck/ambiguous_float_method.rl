// A method on a float literal whose type is not known yet.
fn main() {
    let x = 2.0.sqrt(); //~ ERROR E0689
    println!("{}", x);
}
