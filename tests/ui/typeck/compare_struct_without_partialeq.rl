// Two values of a struct without `PartialEq`.
struct Token(u32);

fn main() {
    println!("{}", Token(1) == Token(1)); //~ ERROR E0369
}
