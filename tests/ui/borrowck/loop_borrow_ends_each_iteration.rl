//@ check-pass
// Each iteration's borrow ends before the push in the same iteration.
fn main() {
    let mut v = vec![1];
    for i in 0..4 {
        let last = *v.last().unwrap();
        v.push(last + i);
    }
    println!("{:?}", v);
}
