// A method on an integer literal whose type is not known yet.
fn main() {
    let p = 2.pow(10); //~ ERROR E0689
    println!("{}", p);
}
