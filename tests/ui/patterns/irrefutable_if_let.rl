//@ check-pass
// An `if let` whose pattern always matches.
fn main() {
    let n = 5;
    if let m = n { //~ WARN irrefutable `if let` pattern
        println!("{}", m);
    }
}
