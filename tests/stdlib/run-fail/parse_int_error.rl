fn main() {
    let n: i32 = "12a".parse().unwrap();
    println!("{}", n);
}
