//@ check-pass
// `5` is inside `0..=9`, already matched.
fn main() {
    let n: u8 = 5;
    match n {
        0..=9 => println!("digit"),
        5 => println!("five"), //~ WARN unreachable pattern
        _ => println!("big"),
    }
}
