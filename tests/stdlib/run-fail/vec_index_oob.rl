fn main() {
    let v = vec![1, 2, 3];
    let i = v.len() + 2;
    println!("{}", v[i]);
}
