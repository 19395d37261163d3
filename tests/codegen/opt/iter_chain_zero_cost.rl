//@ compile-flags: -O
//@ fails-with: --opt-level 0
// Iterator adapters with closures are zero-cost: filter + map + sum over a range
// compiles to a plain loop (`% 3` test, square, add) with no call left: the
// adapters, the closures and `sum` are all inlined.

// CHECK-LABEL: define void @__rustlet_main()
// CHECK: call {{.*}}@_ZN4main6opaque17h{{[0-9a-f]+}}E(
// CHECK-NOT: call {{.*}}@_ZN
// CHECK: urem i64 %{{.*}}, 3
// CHECK-NOT: call {{.*}}@_ZN
// CHECK: mul {{.*}}i64
// CHECK-NOT: call {{.*}}@_ZN
// CHECK: call void @rl_fmt_int(
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
    let n = opaque(1) % 1000;
    let s = (0..n).filter(|x| x % 3 == 0).map(|x| x * x).sum::<u64>();
    println!("{}", s);
}
