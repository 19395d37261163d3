//@ compile-flags: -O
// Because two `&mut` parameters cannot alias, the value stored through `a` is still
// there after the store through `b`: LLVM returns the constant without reloading.

// CHECK-LABEL: define internal {{.*}}@_ZN4main5store17h{{[0-9a-f]+}}E(
// CHECK: store i32 1
// CHECK: store i32 2
// CHECK-NOT: load
// CHECK: ret i32 1
#[inline(never)]
fn store(a: &mut i32, b: &mut i32) -> i32 {
    *a = 1;
    *b = 2;
    *a
}

fn main() {
    let mut x = 0;
    let mut y = 0;
    let r = store(&mut x, &mut y);
    let mut z = 5;
    let s = store(&mut y, &mut z);
    println!("{} {} {} {} {}", r, s, x, y, z);
}
