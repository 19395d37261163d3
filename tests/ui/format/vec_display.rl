// `Vec` implements `Debug`, not `Display`.
fn main() {
    let v = vec![1, 2];
    println!("{}", v); //~ ERROR E0277
}
