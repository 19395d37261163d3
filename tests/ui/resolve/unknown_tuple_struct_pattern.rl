// A tuple-struct pattern naming nothing.
fn main() {
    let x = 3;
    match x {
        Wrapper(n) => println!("{}", n), //~ ERROR E0531
    }
}
