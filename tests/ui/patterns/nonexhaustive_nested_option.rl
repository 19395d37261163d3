// `Some(None)` is the missing case.
fn main() {
    let v: Option<Option<i32>> = Some(Some(1));
    match v { //~ ERROR E0004
        Some(Some(x)) => println!("{}", x),
        None => println!("none"),
    }
}
