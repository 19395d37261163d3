// `a < b < c` is not allowed.
fn main() {
    let (a, b, c) = (1, 2, 3);
    if a < b < c { //~ ERROR comparison operators cannot be chained
        println!("sorted");
    }
}
