// Two live `&mut` to the same value.
fn main() {
    let mut v = vec![1];
    let a = &mut v;
    let b = &mut v; //~ ERROR E0499
    a.push(2);
    b.push(3);
}
