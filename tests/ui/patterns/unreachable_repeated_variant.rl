//@ check-pass
// The second `None` arm is covered by the first.
fn main() {
    let v: Option<i32> = None;
    match v {
        None => println!("none"),
        Some(x) => println!("{}", x),
        None => println!("again"), //~ WARN unreachable pattern
    }
}
