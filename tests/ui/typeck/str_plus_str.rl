// Two `&str` cannot be added.
fn main() {
    let a = "a";
    let b = "b";
    let c = a + b; //~ ERROR E0369
}
