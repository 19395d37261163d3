// A tuple field that is not a function, called.
fn main() {
    let t = (1, 2);
    let r = t.0(); //~ ERROR E0618
}
