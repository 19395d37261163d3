// `None` is not covered.
fn main() {
    let v: Option<i32> = Some(1);
    match v { //~ ERROR E0004
        Some(x) => println!("{}", x),
    }
}
