// Only `loop` can break with a value.
fn main() {
    let mut i = 0;
    while i < 3 {
        i += 1;
        break 5; //~ ERROR E0571
    }
}
