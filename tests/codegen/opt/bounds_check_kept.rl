//@ compile-flags: -O
// An index the optimizer cannot prove in range keeps its bounds check at -O: the
// check is a safety property, not a debug aid.

// CHECK-LABEL: define internal {{.*}}@_ZN4main3get17h{{[0-9a-f]+}}E(
// CHECK: icmp ult i64
// CHECK: call void @rl_panic_bounds_check(
#[inline(never)]
fn get(xs: &[u64], i: usize) -> u64 {
    xs[i]
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
    let a = [opaque(1), opaque(2), opaque(3)];
    let b = [opaque(4), opaque(5), opaque(6), opaque(7), opaque(8)];
    println!("{}", get(&a, (opaque(8) % 3) as usize));
    println!("{}", get(&b, (opaque(9) % 5) as usize));
}
