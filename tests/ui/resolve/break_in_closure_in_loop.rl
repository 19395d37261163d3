// `break` inside a closure, itself inside a loop.
fn main() {
    loop {
        let stop = || break; //~ ERROR E0267
        stop();
    }
}
