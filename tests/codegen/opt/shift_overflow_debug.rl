// A debug build panics on a shift by the bit width or more ("attempt to shift left
// with overflow"): compare the amount, branch to a panic call.

// CHECK-LABEL: define internal i64 @_ZN4main3shr17h{{[0-9a-f]+}}E(
// CHECK: icmp uge i32 %{{.*}}, 64
// CHECK: lshr i64
// CHECK: call void @rl_panic(
fn shr(x: u64, n: u32) -> u64 {
    x >> n
}

fn main() {
    println!("{}", shr(1024, 3));
}
