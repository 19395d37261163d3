struct Counter {
    n: u32,
}

impl Counter {
    fn incr(&mut self) {
        self.n += 1;
    }
}

fn bump(c: &Counter) {
    c.incr(); //~ ERROR E0596
}

fn set(r: &u32) {
    *r = 5; //~ ERROR E0594
}

fn countdown(n: u32) -> u32 {
    n -= 1; //~ ERROR E0384
    n
}

fn main() {
    let c = Counter { n: 0 };
    c.incr(); //~ ERROR E0596
    c.n = 3; //~ ERROR E0594
    let k = 1;
    k = 2; //~ ERROR E0384
    let w = 7;
    let m = &mut w; //~ ERROR E0596
    println!("{} {} {}", c.n, k, m);
}
