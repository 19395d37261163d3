// The loop holds a shared borrow of `v` for its whole duration.
fn main() {
    let mut v = vec![1, 2];
    for x in &v {
        v.push(*x); //~ ERROR E0502
    }
}
