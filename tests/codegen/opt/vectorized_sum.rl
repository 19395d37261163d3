//@ compile-flags: -O
//@ fails-with: --opt-level 1
// A reduction over a slice is vectorized at -O: vector loads and adds, then a
// horizontal `llvm.vector.reduce.add`.

// CHECK-LABEL: define internal {{.*}}@_ZN4main3sum17h{{[0-9a-f]+}}E(
// CHECK: vector.body:
// CHECK: load <{{[0-9]+}} x i32>
// CHECK: add <{{[0-9]+}} x i32>
// CHECK: @llvm.vector.reduce.add.v{{[0-9]+}}i32(
// CHECK: ret i32
#[inline(never)]
fn sum(xs: &[i32]) -> i32 {
    let mut s = 0i32;
    for x in xs.iter() {
        s = s.wrapping_add(*x);
    }
    s
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
    let mut a = [0i32; 64];
    let mut i = 0;
    while i < 64 {
        a[i] = opaque(i as u64) as i32;
        i += 1;
    }
    println!("{}", sum(&a));
    println!("{}", sum(&a[3..40]));
}
