// The same value passed twice as `&mut`.
fn swap_first(a: &mut Vec<i32>, b: &mut Vec<i32>) {
    let t = a[0];
    a[0] = b[0];
    b[0] = t;
}

fn main() {
    let mut v = vec![1, 2];
    swap_first(&mut v, &mut v); //~ ERROR E0499
}
