// An integer cannot be indexed.
fn main() {
    let n = 10u32;
    let d = n[0]; //~ ERROR E0608
}
