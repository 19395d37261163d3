//@ check-pass
// NLL: the `get_mut` borrow ends on the `None` path, so inserting there is fine.
use std::collections::HashMap;

fn bump(counts: &mut HashMap<String, i32>, key: &str) {
    match counts.get_mut(key) {
        Some(n) => *n += 1,
        None => {
            counts.insert(key.to_string(), 1);
        }
    }
}

fn main() {
    let mut counts = HashMap::new();
    bump(&mut counts, "a");
    bump(&mut counts, "a");
    println!("{}", counts["a"]);
}
