// Use `x != 0`, not `x as bool`.
fn main() {
    let x = 5;
    let b = x as bool; //~ ERROR E0054
}
