// One `}` too many after `main`.
fn main() {
    println!("hi");
}
} //~ ERROR unexpected closing delimiter: `}`
