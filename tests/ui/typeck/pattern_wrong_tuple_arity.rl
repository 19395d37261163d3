// `Some` has one field, not two.
fn main() {
    let v = Some(3);
    match v {
        Some(a, b) => println!("{}", a), //~ ERROR E0023
        None => {}
    }
}
