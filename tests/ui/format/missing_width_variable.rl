// A width argument named by a variable that does not exist.
fn main() {
    println!("{:>width$}", 7); //~ ERROR E0425
}
