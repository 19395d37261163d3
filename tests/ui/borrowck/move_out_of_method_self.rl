// `into_bytes` takes `self`: the string is moved.
fn main() {
    let s = String::from("ab");
    let bytes = s.into_bytes();
    println!("{} {}", bytes.len(), s.len()); //~ ERROR E0382
}
