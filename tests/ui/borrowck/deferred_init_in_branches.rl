//@ check-pass
// An immutable binding initialized exactly once on each path.
fn main() {
    let x: i32;
    let c = 3 > 2;
    if c {
        x = 1;
    } else {
        x = 2;
    }
    println!("{}", x);
}
