// `None` alone does not say what it is an option of.
fn main() {
    let x = None; //~ ERROR E0282
}
