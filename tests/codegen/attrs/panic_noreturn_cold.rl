// The runtime's panic entry points are declared `cold noreturn`, and every call is
// followed by `unreachable`: the optimizer may treat panicking paths as never taken.

// CHECK-LABEL: define internal {{.*}}@_ZN4main5check17h{{[0-9a-f]+}}E(
// CHECK: call void @rl_panic(
// CHECK-NEXT: unreachable
// CHECK: declare void @rl_panic(ptr, i64, ptr) #[[PANIC:[0-9]+]]
// CHECK: attributes #[[PANIC]] = { cold noreturn
fn check(x: i32) -> i32 {
    if x < 0 {
        panic!("negative: {}", x);
    }
    x * 2
}

fn main() {
    println!("{}", check(21));
}
