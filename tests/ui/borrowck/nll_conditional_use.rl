//@ check-pass
// A borrow used only on one branch does not block the mutation after the branch.
fn main() {
    let mut v = vec![1];
    let r = &v;
    if r.len() > 5 {
        println!("{}", r[0]);
    }
    v.push(2);
    println!("{}", v.len());
}
