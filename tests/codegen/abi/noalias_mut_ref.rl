// `&mut T` parameters are `noalias nonnull` and dereferenceable for size_of::<T>() bytes,
// as rustc emits them: two live `&mut` never overlap.

// CHECK-LABEL: define internal void @_ZN4main4bump17h{{[0-9a-f]+}}E(
// CHECK-SAME: ptr noalias nonnull align 4 dereferenceable(4) %{{[^,]*}},
// CHECK-SAME: ptr noalias nonnull align 8 dereferenceable(8) %{{[^)]*}})
fn bump(a: &mut u32, b: &mut u64) {
    *a += 1;
    *b += 2;
}

fn main() {
    let mut x = 1u32;
    let mut y = 2u64;
    bump(&mut x, &mut y);
    println!("{} {}", x, y);
}
