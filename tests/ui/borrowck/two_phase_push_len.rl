//@ check-pass
// Two-phase borrows: `v.len()` is evaluated before `push`'s `&mut v` is activated.
fn main() {
    let mut v = vec![0];
    v.push(v.len());
    v.push(v[0] + v[1]);
    println!("{:?}", v);
}
