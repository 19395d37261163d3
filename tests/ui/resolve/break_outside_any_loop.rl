// `break` in a function body with no loop.
fn stop() {
    break; //~ ERROR E0268
}

fn main() {
    stop();
}
