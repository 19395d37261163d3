// A debug build checks `+` and `*` for overflow: the checked intrinsic, then a
// branch to a panic call ("attempt to add with overflow").

// CHECK-LABEL: define internal i32 @_ZN4main4calc17h{{[0-9a-f]+}}E(
// CHECK: call { i32, i1 } @llvm.sadd.with.overflow.i32(
// CHECK: call { i32, i1 } @llvm.smul.with.overflow.i32(
// CHECK: call void @rl_panic(
// CHECK-LABEL: declare
fn calc(a: i32, b: i32) -> i32 {
    (a + b) * 3
}

fn main() {
    println!("{}", calc(4, 5));
}
