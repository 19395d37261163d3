// The witness is `(false, true)`.
fn main() {
    let pair = (true, false);
    match pair { //~ ERROR E0004
        (true, _) => println!("a"),
        (false, false) => println!("b"),
    }
}
