//@ check-pass
// Passing `&mut *r` reborrows and `r` is usable afterwards.
fn add(v: &mut Vec<i32>, x: i32) {
    v.push(x);
}

fn main() {
    let mut v = Vec::new();
    let r = &mut v;
    add(r, 1);
    add(&mut *r, 2);
    r.push(3);
    println!("{:?}", v);
}
