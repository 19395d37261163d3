// A tuple-variant pattern with too few fields.
enum Msg {
    Move(i32, i32),
    Quit,
}

fn main() {
    let m = Msg::Move(1, 2);
    match m {
        Msg::Move(x) => println!("{}", x), //~ ERROR E0023
        Msg::Quit => {}
    }
}
