//@ compile-flags: -O
//@ fails-with: --opt-level 0
// Iterator adapters with closures are zero-cost: filter + map + sum over a range
// compiles to a plain loop with no call left (closures and adapters inlined).

// CHECK-LABEL: define internal {{.*}}i64 @_ZN4main9sum_chain17h{{[0-9a-f]+}}E(
// CHECK-NOT: call
// CHECK: urem i64
// CHECK-NOT: call
// CHECK: ret i64
#[inline(never)]
fn sum_chain(n: u64) -> u64 {
    (0..n).filter(|x| x % 3 == 0).map(|x| x * x).sum::<u64>()
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
    println!("{}", sum_chain(opaque(1) % 1000));
    println!("{}", sum_chain(opaque(2) % 1000));
}
