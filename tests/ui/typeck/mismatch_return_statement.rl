// `return` with a value of the wrong type.
fn sign(x: i32) -> i32 {
    if x < 0 {
        return "negative"; //~ ERROR E0308
    }
    1
}

fn main() {
    println!("{}", sign(3));
}
