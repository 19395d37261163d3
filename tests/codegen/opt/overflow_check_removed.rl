//@ compile-flags: -O
//@ fails-with: --opt-level 0
// With -O, overflow checks are off (as rustc's release profile): `+` and `*` are
// plain wrapping instructions, no `with.overflow` intrinsic and no panic path.

// CHECK-LABEL: define internal {{.*}}i32 @_ZN4main4calc17h{{[0-9a-f]+}}E(
// CHECK-NOT: with.overflow
// CHECK-NOT: rl_panic
// CHECK: add i32
// CHECK: ret i32
// CHECK-NOT: with.overflow
// CHECK-NOT: rl_panic
// CHECK-LABEL: define
#[inline(never)]
fn calc(a: i32, b: i32) -> i32 {
    (a + b) * 3
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
    println!("{}", calc(opaque(1) as i32, opaque(2) as i32));
    println!("{}", calc(opaque(3) as i32, opaque(4) as i32));
}
