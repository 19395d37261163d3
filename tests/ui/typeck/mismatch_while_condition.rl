// A `while` condition must be `bool`.
fn main() {
    let mut n = 3;
    while n { //~ ERROR E0308
        n -= 1;
    }
}
