// So does `panic!`.
fn main() {
    let n = 3;
    if n > 5 {
        panic!("too big: {}"); //~ ERROR 1 positional argument in format string, but no arguments were given
    }
}
