// A `move` closure takes ownership of what it captures.
fn main() {
    let s = String::from("x");
    let f = move || s.len();
    println!("{} {}", f(), s); //~ ERROR E0382
}
