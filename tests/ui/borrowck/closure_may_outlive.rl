// A returned closure that borrows a local.
fn counter() -> impl Fn() -> i32 {
    let start = 5;
    || start + 1 //~ ERROR E0373
}

fn main() {
    println!("{}", counter()());
}
