// Only references (and smart pointers) can be dereferenced.
fn main() {
    let n = 5u32;
    let m = *n; //~ ERROR E0614
}
