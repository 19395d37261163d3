// An associated function an enum does not have.
enum Level {
    Low,
    High,
}

fn main() {
    let l = Level::default(); //~ ERROR E0599
}
