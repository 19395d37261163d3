// `&T` parameters are `nonnull`, aligned and dereferenceable for size_of::<T>() bytes.

struct Triple {
    a: u8,
    b: u32,
    c: u64,
}

// CHECK-LABEL: define internal i64 @_ZN4main4read17h{{[0-9a-f]+}}E(
// CHECK-SAME: nonnull align 8 dereferenceable(8)
fn read(p: &u64) -> u64 {
    *p
}

// CHECK-LABEL: define internal i64 @_ZN4main5third17h{{[0-9a-f]+}}E(
// CHECK-SAME: nonnull align 8 dereferenceable(16)
fn third(t: &Triple) -> u64 {
    t.c + t.b as u64 + t.a as u64
}

fn main() {
    let v = 5u64;
    let t = Triple { a: 1, b: 2, c: 3 };
    println!("{} {}", read(&v), third(&t));
}
