// A method called through its path with a missing argument.
struct Counter {
    n: u32,
}

impl Counter {
    fn add(&mut self, k: u32) {
        self.n += k;
    }
}

fn main() {
    let mut c = Counter { n: 0 };
    Counter::add(&mut c); //~ ERROR E0061
}
