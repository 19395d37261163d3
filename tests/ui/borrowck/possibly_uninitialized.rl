// Initialized on only one path.
fn main() {
    let x: i32;
    let c = 3 > 2;
    if c {
        x = 1;
    }
    println!("{}", x); //~ ERROR E0381
}
