// Two `&str` cannot be added.
fn main() {
    let a = "ab";
    let b = "cd";
    let c = a + b; //~ ERROR E0369
}
