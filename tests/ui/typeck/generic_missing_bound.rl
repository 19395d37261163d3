// Generic bodies are checked at the definition: `>` needs `PartialOrd`.
fn largest<T: Copy>(items: &[T]) -> T {
    let mut best = items[0];
    for &item in items {
        if item > best { //~ ERROR E0369
            best = item;
        }
    }
    best
}

fn main() {
    println!("{}", largest(&[1, 5, 2]));
}
