// Passing a borrowed value by value.
fn consume(v: Vec<i32>) {
    println!("{}", v.len());
}

fn main() {
    let v = vec![1];
    let first = &v[0];
    consume(v); //~ ERROR E0505
    println!("{}", first);
}
