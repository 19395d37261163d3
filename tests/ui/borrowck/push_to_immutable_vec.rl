// `push` needs `&mut self`.
fn main() {
    let v = Vec::new();
    v.push(1); //~ ERROR E0596
    println!("{:?}", v);
}
