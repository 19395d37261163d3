// A string pattern against an integer scrutinee.
fn main() {
    let n = 3;
    match n {
        "three" => println!("3"), //~ ERROR E0308
        _ => {}
    }
}
