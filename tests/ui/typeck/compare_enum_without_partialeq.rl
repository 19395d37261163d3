// Two values of an enum without `PartialEq`.
enum Mode {
    Fast,
    Slow,
}

fn main() {
    let a = Mode::Fast;
    let b = Mode::Slow;
    if a == b { //~ ERROR E0369
        println!("same");
    }
}
