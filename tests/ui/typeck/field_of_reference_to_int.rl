// A field access on an integer.
fn main() {
    let n = 5;
    let r = &n;
    println!("{}", r.value); //~ ERROR E0609
}
