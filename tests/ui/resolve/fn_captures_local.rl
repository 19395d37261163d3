// An inner `fn` cannot see the locals of the enclosing function.
fn main() {
    let base = 10;
    fn add(x: i32) -> i32 {
        x + base //~ ERROR E0434
    }
    println!("{}", add(1));
}
