fn make(i: i32) -> Option<Result<String, i32>> {
    if i < 3 { Some(Ok(format!("x{}", i))) } else { None }
}
fn main() {
    let mut n = 0;
    let mut i = 0;
    while let Some(l) = make(i) {
        let l = l.unwrap();
        n += l.len();
        i += 1;
    }
    println!("{}", n);
}
