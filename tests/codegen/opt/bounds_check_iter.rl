//@ compile-flags: -O
//@ fails-with: --opt-level 0
// Iterating a slice with `.iter()` or indexing it by a range up to its length leaves
// no bounds check at -O: the loop condition already proves every index in range.

// CHECK-LABEL: define internal {{.*}}@_ZN4main8by_index17h{{[0-9a-f]+}}E(
// CHECK-NOT: rl_panic_bounds_check
// CHECK-LABEL: define internal {{.*}}@_ZN4main7by_iter17h{{[0-9a-f]+}}E(
// CHECK-NOT: rl_panic_bounds_check
// CHECK-LABEL: define void @__rustlet_main()
#[inline(never)]
fn by_index(xs: &[u64]) -> u64 {
    let mut s = 0u64;
    for i in 0..xs.len() {
        s = s.wrapping_add(xs[i]);
    }
    s
}

#[inline(never)]
fn by_iter(xs: &[u64]) -> u64 {
    let mut s = 0u64;
    for x in xs.iter() {
        s = s.wrapping_add(*x);
    }
    s
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
    let a = [opaque(1), opaque(2), opaque(3), opaque(4), opaque(5)];
    let b = [opaque(6), opaque(7)];
    println!("{} {}", by_index(&a), by_index(&b));
    println!("{} {}", by_iter(&a), by_iter(&b));
}
