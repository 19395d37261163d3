// Tuples use `.0`, not `[0]`.
fn main() {
    let t = (1, 2);
    println!("{}", t[0]); //~ ERROR E0608
}
