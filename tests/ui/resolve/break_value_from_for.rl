// `break` with a value out of a `for` loop.
fn main() {
    let found = for i in 0..10 {
        if i == 3 {
            break i; //~ ERROR E0571
        }
    };
}
