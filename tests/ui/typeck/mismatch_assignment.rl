// Assigning a value of another type to a variable.
fn main() {
    let mut count = 0;
    count = 'x'; //~ ERROR E0308
    println!("{}", count);
}
