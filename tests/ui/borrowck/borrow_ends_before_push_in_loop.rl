//@ check-pass
// The shared borrow of `v` ends at its last use in each iteration, before the push.
fn main() {
    let mut v = vec![1];
    for i in 0..3 {
        let last = v.last().copied().unwrap_or(0);
        let r = &v;
        let n = r.len() as i32;
        v.push(last + n + i);
    }
    println!("{:?}", v);
}
