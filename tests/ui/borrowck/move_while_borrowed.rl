// Moving a value that is still borrowed.
fn main() {
    let s = String::from("abc");
    let r = &s;
    let t = s; //~ ERROR E0505
    println!("{} {}", r, t);
}
