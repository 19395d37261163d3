//@ compile-flags: -O
// `wrapping_add` / `wrapping_mul` are plain `add` / `mul` instructions: no overflow
// intrinsic, no branch, no call (LLVM may refactor a*b+b to b*(a+1)).

// CHECK-LABEL: define internal {{.*}}i64 @_ZN4main3mix17h{{[0-9a-f]+}}E(
// CHECK-NEXT: start:
// CHECK-NEXT: {{(add|mul)}} i64
// CHECK-NEXT: {{(add|mul)}} i64
// CHECK-NEXT: ret i64
#[inline(never)]
fn mix(a: u64, b: u64) -> u64 {
    a.wrapping_mul(b).wrapping_add(b)
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
    println!("{}", mix(opaque(1), opaque(2)));
    println!("{}", mix(opaque(3), opaque(4)));
}
