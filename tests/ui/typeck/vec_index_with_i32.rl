// A `Vec` is indexed by `usize`, not `i32`.
fn main() {
    let v = vec![1, 2, 3];
    let i: i32 = 0;
    println!("{}", v[i]); //~ ERROR E0277
}
