// The subject of tests/bloat: generic functions over four integer types, generic
// struct methods, a trait with one impl per type. Tiers 1–3 only.
trait Mix: Copy + PartialOrd {
    fn mix(self) -> u64;
}
impl Mix for u8 { fn mix(self) -> u64 { self as u64 } }
impl Mix for u16 { fn mix(self) -> u64 { self as u64 } }
impl Mix for i32 { fn mix(self) -> u64 { self as i64 as u64 } }
impl Mix for i64 { fn mix(self) -> u64 { self as u64 } }

struct Pair<T> { a: T, b: T }

impl<T: Mix> Pair<T> {
    fn new(a: T, b: T) -> Pair<T> { Pair { a, b } }
    fn larger(&self) -> T { if self.a > self.b { self.a } else { self.b } }
}

fn max_of<T: Mix>(xs: &[T]) -> T {
    let mut best = xs[0];
    let mut i = 1;
    while i < xs.len() {
        if xs[i] > best { best = xs[i]; }
        i += 1;
    }
    best
}

fn checksum<T: Mix>(xs: &[T]) -> u64 {
    let mut h: u64 = 0;
    for i in 0..xs.len() {
        h = h.wrapping_mul(31).wrapping_add(xs[i].mix());
    }
    h
}

fn run<T: Mix>(xs: &[T]) -> u64 {
    let p = Pair::new(xs[0], max_of(xs));
    checksum(xs) ^ p.larger().mix()
}

fn main() {
    let a: [u8; 4] = [3, 1, 4, 1];
    let b: [u16; 4] = [500, 9, 2, 6];
    let c: [i32; 4] = [-5, 3, 5, 8];
    let d: [i64; 4] = [9, 7, 9, 3];
    println!("{}", run(&a));
    println!("{}", run(&b));
    println!("{}", run(&c));
    println!("{}", run(&d));
}
