// Only `u8` can be cast to `char`.
fn main() {
    let n = 65u32;
    let c = n as char; //~ ERROR E0604
    println!("{}", c);
}
