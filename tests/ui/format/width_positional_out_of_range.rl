// `1$` refers to an argument that was not given.
fn main() {
    println!("{:1$}", 5); //~ ERROR invalid reference to positional argument 1
}
