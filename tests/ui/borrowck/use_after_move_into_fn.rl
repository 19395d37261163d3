// Passing a `String` by value moves it.
fn consume(s: String) -> usize {
    s.len()
}

fn main() {
    let s = String::from("hello");
    let n = consume(s);
    println!("{} {}", n, s); //~ ERROR E0382
}
