// An integer is not a function.
fn main() {
    let f = 5;
    let x = f(1); //~ ERROR E0618
}
