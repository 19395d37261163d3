// A struct with named fields is not a value.
struct Config {
    verbose: bool,
}

fn main() {
    let c = Config; //~ ERROR E0423
}
