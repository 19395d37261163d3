// A tuple opened with `(` and closed with `]`.
fn main() {
    let pair = (1, 2]; //~ ERROR mismatched closing delimiter: `]`
    println!("{:?}", pair);
}
