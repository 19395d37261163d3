// Mutable borrows stored across iterations overlap.
fn main() {
    let mut n = 0;
    let mut refs: Vec<&mut i32> = Vec::new();
    for _ in 0..2 {
        refs.push(&mut n); //~ ERROR E0499
    }
    println!("{}", refs.len());
}
