//@ check-pass
// A shared borrow ends at its last use, before the mutation.
fn main() {
    let mut v = vec![1, 2, 3];
    let first = &v[0];
    println!("{}", first);
    v.push(4);
    println!("{:?}", v);
}
