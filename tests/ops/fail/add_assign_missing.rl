struct Counter {
    n: u32,
}

fn main() {
    let mut c = Counter { n: 0 };
    c += 1; //~ ERROR E0368 binary assignment operation `+=` cannot be applied to type `Counter`
}
