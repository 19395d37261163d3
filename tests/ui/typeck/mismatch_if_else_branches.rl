// The two branches of an `if` expression disagree.
fn main() {
    let c = true;
    let x = if c { 1 } else { "one" }; //~ ERROR E0308
}
