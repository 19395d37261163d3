// `break` with a value out of a `while` loop.
fn main() {
    let mut i = 0;
    let r = while i < 10 {
        i += 1;
        break i; //~ ERROR E0571
    };
}
