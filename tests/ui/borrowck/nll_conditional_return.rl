//@ check-pass
// Returning a borrow on one path; the other path never uses it again.
fn largest(v: &mut Vec<i32>) -> &i32 {
    if v.is_empty() {
        v.push(0);
        return &v[0];
    }
    let m = v.iter().max();
    match m {
        Some(x) => x,
        None => &v[0],
    }
}

fn main() {
    let mut v = vec![3, 9, 2];
    println!("{}", largest(&mut v));
}
