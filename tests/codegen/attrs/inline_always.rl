//@ compile-flags: -O
//@ fails-with: --opt-level 0
// `#[inline(always)]` functions disappear at -O: their bodies are inlined into the
// caller, which keeps the arithmetic and no call.

// CHECK-LABEL: define internal {{.*}}@_ZN4main5outer17h{{[0-9a-f]+}}E(
// CHECK-NOT: call
// CHECK: ret i64
// CHECK-NOT: define {{.*}}@_ZN4main6square
#[inline(always)]
fn square(x: u64) -> u64 {
    x.wrapping_mul(x)
}

#[inline(never)]
fn outer(a: u64, b: u64) -> u64 {
    square(a).wrapping_add(square(b))
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
    println!("{}", outer(opaque(1), opaque(2)));
    println!("{}", outer(opaque(3), opaque(4)));
}
