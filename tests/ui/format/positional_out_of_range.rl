// Argument 2 of two arguments.
fn main() {
    println!("{0} {1} {2}", 1, 2); //~ ERROR invalid reference to positional argument 2
}
