//@ check-pass
// An arm after `_` can never run.
fn main() {
    let n = 3;
    match n {
        1 => println!("one"),
        _ => println!("other"),
        2 => println!("two"), //~ WARN unreachable pattern
    }
}
