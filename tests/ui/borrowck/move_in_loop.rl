// A value moved in one iteration is gone in the next.
fn consume(v: Vec<i32>) -> usize {
    v.len()
}

fn main() {
    let v = vec![1];
    for _ in 0..2 {
        println!("{}", consume(v)); //~ ERROR E0382
    }
}
