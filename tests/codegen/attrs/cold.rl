//@ compile-flags: -O
// `#[cold]` is emitted as the LLVM `cold` attribute and kept at -O.

// CHECK: define internal {{.*}}@_ZN4main4rare17h{{[0-9a-f]+}}E({{.*}}) {{.*}}#[[COLD:[0-9]+]]
// CHECK: attributes #[[COLD]] = { cold
#[cold]
#[inline(never)]
fn rare(x: u32) -> u32 {
    x.wrapping_mul(7)
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
    let n = opaque(9);
    if n % 1000 == 7 {
        println!("{}", rare(n as u32));
    }
    println!("done");
}
