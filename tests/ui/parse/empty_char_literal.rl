// `''` is not a char.
fn main() {
    let c = ''; //~ ERROR empty character literal
    println!("{}", c);
}
