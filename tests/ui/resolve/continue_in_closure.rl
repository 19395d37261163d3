// `continue` inside a closure does not reach the enclosing loop.
fn main() {
    for i in 0..3 {
        let f = || {
            continue; //~ ERROR E0267
        };
        f();
        println!("{}", i);
    }
}
