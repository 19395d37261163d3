// `break` only makes sense inside a loop.
fn main() {
    let x = 3;
    if x > 2 {
        break; //~ ERROR E0268
    }
}
