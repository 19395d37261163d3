// An associated function that no impl defines.
struct Counter {
    n: i32,
}

fn main() {
    let c = Counter::new(); //~ ERROR E0599
}
