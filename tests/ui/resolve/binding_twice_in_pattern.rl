// One name bound twice in the same pattern.
fn main() {
    let pair = (1, 2);
    let (a, a) = pair; //~ ERROR E0416
    println!("{}", a);
}
