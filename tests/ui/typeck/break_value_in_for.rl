// `for` cannot break with a value either.
fn main() {
    for i in 0..3 {
        break i; //~ ERROR E0571
    }
}
