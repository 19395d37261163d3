// An integer is not a condition.
fn main() {
    let n = 3;
    if n { //~ ERROR E0308
        println!("nonzero");
    }
}
