// `q` is not a formatting trait.
fn main() {
    println!("{:q}", 1); //~ ERROR unknown format trait `q`
}
