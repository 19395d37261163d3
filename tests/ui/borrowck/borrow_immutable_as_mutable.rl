// `&mut` of a binding that is not `mut`.
fn main() {
    let x = 1;
    let r = &mut x; //~ ERROR E0596
    *r += 1;
}
