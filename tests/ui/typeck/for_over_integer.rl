// An integer is not an iterator.
fn main() {
    for i in 5 { //~ ERROR E0277
        println!("{}", i);
    }
}
