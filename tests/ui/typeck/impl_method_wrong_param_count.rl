// The impl's method has one parameter more than the trait's.
trait Reset {
    fn reset(&mut self);
}

struct Counter {
    n: i32,
}

impl Reset for Counter {
    fn reset(&mut self, to: i32) { //~ ERROR E0050
        self.n = to;
    }
}

fn main() {
    let mut c = Counter { n: 3 };
    c.reset();
    println!("{}", c.n);
}
