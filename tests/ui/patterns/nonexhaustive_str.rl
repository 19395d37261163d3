// String slices need a wildcard arm.
fn main() {
    let s = "b";
    match s { //~ ERROR E0004
        "a" => println!("a"),
        "b" => println!("b"),
    }
}
