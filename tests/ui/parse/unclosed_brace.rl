// The body of `main` is never closed.
fn main() {
    let x = 1;
    if x > 0 {
        println!("{}", x);
}
//~ ERROR this file contains an unclosed delimiter
