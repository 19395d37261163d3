// `continue` only makes sense inside a loop.
fn main() {
    continue; //~ ERROR E0268
}
