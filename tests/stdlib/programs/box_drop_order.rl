struct Noisy(i32);
impl Drop for Noisy {
    fn drop(&mut self) { println!("drop {}", self.0); }
}
fn main() {
    let b = Box::new(5);
    println!("{}", *b + 1);
    let c = Box::new(Noisy(7));
    let d = Box::new(Box::new(Noisy(8)));
    println!("{}", c.0 + d.0);
}
