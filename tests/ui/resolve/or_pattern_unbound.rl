// Each alternative of an or-pattern must bind the same names.
fn main() {
    let value: Option<i32> = Some(3);
    match value {
        Some(n) | None => println!("matched"), //~ ERROR E0408
    }
}
