// A literal pattern in `let` is refutable.
fn main() {
    let n = 3;
    let 3 = n; //~ ERROR E0005
}
