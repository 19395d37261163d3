// `false` is not covered.
fn main() {
    let b = 3 > 2;
    match b { //~ ERROR E0004
        true => println!("yes"),
    }
}
