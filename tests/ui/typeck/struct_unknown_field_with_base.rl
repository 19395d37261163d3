// A field that does not exist, alongside functional update syntax.
#[derive(Clone, Copy)]
struct Config {
    width: u32,
    height: u32,
}

fn main() {
    let base = Config { width: 1, height: 2 };
    let c = Config { depth: 3, ..base }; //~ ERROR E0560
}
