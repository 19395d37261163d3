// `None` alone does not say what the option holds.
fn main() {
    let x = None; //~ ERROR E0282
}
