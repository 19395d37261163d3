//@ compile-flags: -O
//@ fails-with: --opt-level 0
// A counting loop over a range is reduced to its closed form at -O: n(n-1)/2
// computed in 65 bits, and no loop left in the function (no loop metadata, no
// compare of the induction variable against n).

// CHECK-LABEL: define internal {{.*}}i64 @_ZN4main8triangle17h{{[0-9a-f]+}}E(
// CHECK-NOT: !llvm.loop
// CHECK-NOT: icmp ult
// CHECK: mul i65
// CHECK-NOT: !llvm.loop
// CHECK-NOT: icmp ult
// CHECK: ret i64
// CHECK-LABEL: define
#[inline(never)]
fn triangle(n: u64) -> u64 {
    let mut s = 0u64;
    for i in 0..n {
        s = s.wrapping_add(i);
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
    println!("{}", triangle(opaque(1) % 1000));
    println!("{}", triangle(opaque(2) % 1000));
}
