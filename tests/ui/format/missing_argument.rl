// One `{}` and no argument.
fn main() {
    println!("value: {}"); //~ ERROR 1 positional argument in format string, but no arguments were given
}
