//@ check-pass
// A reborrow through `&mut` ends at its last use; the original reference is usable again.
fn add_one(x: &mut i32) {
    *x += 1;
}

fn main() {
    let mut n = 0;
    let r = &mut n;
    add_one(r);
    let again = &mut *r;
    *again += 1;
    *r += 1;
    println!("{}", n);
}
