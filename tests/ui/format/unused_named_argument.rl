// A named argument that the string never mentions.
fn main() {
    println!("{}", 1, extra = 2); //~ ERROR named argument never used
}
