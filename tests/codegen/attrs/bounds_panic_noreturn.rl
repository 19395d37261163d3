// An out-of-bounds index branches to a call of the runtime's bounds-check panic,
// which is `cold noreturn` and followed by `unreachable`.

// CHECK-LABEL: define internal i32 @_ZN4main3get17h{{[0-9a-f]+}}E(
// CHECK: icmp ult i64
// CHECK: call void @rl_panic_bounds_check(i64 %{{.*}}, i64 %{{.*}}, ptr @{{.*}})
// CHECK-NEXT: unreachable
// CHECK: declare void @rl_panic_bounds_check(i64, i64, ptr) #[[PANIC:[0-9]+]]
// CHECK: attributes #[[PANIC]] = { cold noreturn
fn get(xs: &[i32], i: usize) -> i32 {
    xs[i]
}

fn main() {
    let a = [1, 2, 3];
    println!("{}", get(&a, 2));
}
