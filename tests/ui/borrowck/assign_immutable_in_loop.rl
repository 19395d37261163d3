// A deferred initialization inside a loop assigns twice.
fn main() {
    let x: i32;
    for i in 0..3 {
        x = i; //~ ERROR E0384
    }
}
