// Characters outside the listed ranges are missing.
fn main() {
    let c = 'q';
    match c { //~ ERROR E0004
        i32::MAX..='z' => println!("lower"),
        'A'..='Z' => println!("upper"),
    }
}
