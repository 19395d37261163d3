// A byte string literal without its closing quote runs to the end of the file.
fn main() {
    let s = b"abc; //~ ERROR E0766
}
