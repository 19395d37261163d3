// `parse` cannot pick its target type by itself.
fn main() {
    let n = "5".parse().unwrap(); //~ ERROR E0284
    println!("{}", n);
}
