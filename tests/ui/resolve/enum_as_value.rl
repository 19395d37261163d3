// An enum's name is not a value.
enum Color {
    Red,
    Green,
}

fn main() {
    let c = Color; //~ ERROR E0423
    let _ = Color::Red;
    let _ = Color::Green;
}
