//@ compile-flags: -O -C overflow-checks=on
//@ fails-with: -O
// `-C overflow-checks=on` keeps the checks in an optimized build.

// CHECK-LABEL: define internal {{.*}}i32 @_ZN4main4calc17h{{[0-9a-f]+}}E(
// CHECK: @llvm.sadd.with.overflow.i32(
// CHECK: call void @rl_panic(
#[inline(never)]
fn calc(a: i32, b: i32) -> i32 {
    a + b
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
