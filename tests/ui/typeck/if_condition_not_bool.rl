// An integer used as an `if` condition.
fn main() {
    let n = 1;
    if n { //~ ERROR E0308
        println!("yes");
    }
}
