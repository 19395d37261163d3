// `{x}` captures a variable named `x`, which does not exist.
fn main() {
    let y = 1;
    println!("{x} {y}"); //~ ERROR E0425
}
