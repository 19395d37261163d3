// `==` between an integer variable and a float literal.
fn main() {
    let n = 3i32;
    if n == 3.0 { //~ ERROR E0308
        println!("three");
    }
}
