// `sum` cannot pick its result type by itself.
fn main() {
    let v = vec![1, 2, 3];
    let total = v.iter().sum(); //~ ERROR E0283
    println!("{}", total);
}
