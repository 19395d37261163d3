// A char literal holding two characters.
fn main() {
    let c = 'ab'; //~ ERROR character literal may only contain one codepoint
    println!("{}", c);
}
