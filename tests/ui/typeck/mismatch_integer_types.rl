// Integer types never convert implicitly.
fn take(x: i64) -> i64 {
    x
}

fn main() {
    let n: i32 = 5;
    println!("{}", take(n)); //~ ERROR E0308
}
