// `collect` cannot pick the collection by itself.
fn main() {
    let v = vec![1, 2, 3];
    let doubled = v.iter().map(|x| x * 2).collect(); //~ ERROR E0283
}
