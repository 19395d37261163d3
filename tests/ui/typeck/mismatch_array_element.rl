// Array elements must share a type.
fn main() {
    let a = [1, 2, true]; //~ ERROR E0308
}
