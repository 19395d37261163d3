// Rust's drop order: locals in reverse, fields in declaration order, temporaries at the
// end of their statement, moved-from values never, conditional moves by drop flag.
struct Noisy(&'static str);
impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}
struct Pair {
    first: Noisy,
    second: Noisy,
}
fn consume(n: Noisy) {
    println!("consume {}", n.0);
}
fn make(name: &'static str) -> Noisy {
    Noisy(name)
}
fn main() {
    let _a = Noisy("a");
    let b = Noisy("b");
    let _pair = Pair { first: Noisy("p1"), second: Noisy("p2") };
    consume(b);
    println!("len {}", make("temp").0.len());
    let c = Noisy("c");
    if _a.0.len() == 1 {
        consume(c);
    }
    let mut v = Vec::new();
    v.push(Noisy("v1"));
    v.push(Noisy("v2"));
    let mut d = Noisy("d1");
    std::mem::swap(&mut d, &mut v[0]);
    let old = std::mem::replace(&mut d, Noisy("d2"));
    drop(old);
    let boxed: Box<Noisy> = Box::new(Noisy("boxed"));
    println!("end of main {}", boxed.0);
}
