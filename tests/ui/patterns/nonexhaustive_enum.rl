// One variant of a user enum is missing.
enum Suit {
    Hearts,
    Spades,
    Clubs,
    Diamonds,
}

fn name(s: Suit) -> &'static str {
    match s { //~ ERROR E0004
        Suit::Hearts => "hearts",
        Suit::Spades => "spades",
        Suit::Diamonds => "diamonds",
    }
}

fn main() {
    println!("{}", name(Suit::Clubs));
}
