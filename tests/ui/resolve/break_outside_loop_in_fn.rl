// A nested `fn` does not see the enclosing loop.
fn main() {
    loop {
        fn inner() {
            break; //~ ERROR E0268
        }
        inner();
    }
}
