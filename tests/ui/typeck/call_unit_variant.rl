// A unit variant cannot be called.
enum Token {
    End,
}

fn main() {
    let t = Token::End(); //~ ERROR E0618
}
