// Unsigned integers cannot be negated.
fn main() {
    let n = 5u32;
    let m = -n; //~ ERROR E0600
}
