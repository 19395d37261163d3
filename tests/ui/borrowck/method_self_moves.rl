// A method taking `self` by value consumes the receiver.
struct Token {
    text: String,
}

impl Token {
    fn into_text(self) -> String {
        self.text
    }
}

fn main() {
    let t = Token { text: String::from("a") };
    let s = t.into_text();
    println!("{} {}", s, t.text); //~ ERROR E0382
}
