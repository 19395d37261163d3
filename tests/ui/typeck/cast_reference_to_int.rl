// A reference cannot be cast to an integer with `as`.
fn main() {
    let n = 5u8;
    let r = &n;
    let m = r as u32; //~ ERROR E0606
}
