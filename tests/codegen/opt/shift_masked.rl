//@ compile-flags: -O
//@ fails-with: --opt-level 0
// With -O a shift amount is masked to the bit width (`x << (n & 31)`), as rustc does
// without overflow checks: no panic path, never LLVM's poison for n >= 32.

// CHECK-LABEL: define internal {{.*}}i32 @_ZN4main3shl17h{{[0-9a-f]+}}E(
// CHECK-NOT: rl_panic
// CHECK: and i32 %{{.*}}, 31
// CHECK-NEXT: shl i32
// CHECK: ret i32
// CHECK-NOT: rl_panic
// CHECK-LABEL: define
#[inline(never)]
fn shl(x: u32, n: u32) -> u32 {
    x << n
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
    println!("{}", shl(opaque(1) as u32, opaque(2) as u32));
    println!("{}", shl(opaque(3) as u32, opaque(4) as u32));
}
