// Even in a debug build `wrapping_add` has no overflow check: the standard library's
// wrapping_add (`std::num::<impl i8>::wrapping_add`, as rustc mangles it) is one `add`
// instruction.

// CHECK-LABEL: define internal i8 @"_ZN3std3num{{[0-9]+}}_$LT$impl$u20$i8$GT$12wrapping_add17h{{[0-9a-f]+}}E"(
// CHECK-NOT: with.overflow
// CHECK-NOT: rl_panic
// CHECK: add i8
// CHECK-NOT: with.overflow
// CHECK-NOT: rl_panic
// CHECK: ret i8
fn main() {
    let x: i8 = 120;
    println!("{}", x.wrapping_add(100));
}
