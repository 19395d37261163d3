//@ compile-flags: -O
//@ fails-with: --opt-level 0
// Monomorphized generic functions and trait methods (required and default) are
// inlined at -O: the caller keeps the arithmetic and calls no Rust function.

// CHECK-LABEL: define internal {{.*}}@_ZN4main6caller17h{{[0-9a-f]+}}E(
// CHECK-NOT: call {{.*}}@_ZN
// CHECK: ret i64
trait Shape {
    fn area(&self) -> u64;
    fn twice(&self) -> u64 {
        self.area().wrapping_mul(2)
    }
}

struct Square {
    side: u64,
}

impl Shape for Square {
    fn area(&self) -> u64 {
        self.side.wrapping_mul(self.side)
    }
}

fn largest<T: PartialOrd + Copy>(a: T, b: T) -> T {
    if a > b { a } else { b }
}

fn total_twice<S: Shape>(shapes: &[S]) -> u64 {
    let mut t = 0u64;
    for s in shapes.iter() {
        t = t.wrapping_add(s.twice());
    }
    t
}

#[inline(never)]
fn caller(a: u64, b: u64) -> u64 {
    let sq = [Square { side: a }, Square { side: b }];
    largest(a, b).wrapping_add(total_twice(&sq)).wrapping_add(largest(a as u8, b as u8) as u64)
}

#[inline(never)]
fn opaque(seed: u64) -> u64 {
    let mut x = seed;
    let mut i = 0;
    while i < 1000 {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        i += 1;
    }
    x
}

fn main() {
    println!("{}", caller(opaque(1), opaque(2)));
    println!("{}", caller(opaque(3), opaque(4)));
}
