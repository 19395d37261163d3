// A `Vec` moved into another binding cannot be used again.
fn main() {
    let v = vec![1, 2, 3];
    let w = v;
    println!("{:?} {:?}", v, w); //~ ERROR E0382
}
