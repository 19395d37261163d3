//@ compile-flags: -O
// Division keeps its checks at -O (as in rustc, they are not overflow checks):
// divide by zero and i32::MIN / -1 both panic; then a signed `sdiv`.

// CHECK-LABEL: define internal {{.*}}i32 @_ZN4main3div17h{{[0-9a-f]+}}E(
// CHECK-DAG: icmp eq i32 %{{.*}}, 0
// CHECK-DAG: icmp eq i32 %{{.*}}, -1
// CHECK-DAG: icmp eq i32 %{{.*}}, -2147483648
// CHECK: sdiv i32
// CHECK-LABEL: define internal {{.*}}i32 @_ZN4main4udiv17h{{[0-9a-f]+}}E(
// CHECK: icmp eq i32 %{{.*}}, 0
// CHECK: udiv i32
#[inline(never)]
fn div(a: i32, b: i32) -> i32 {
    a / b
}

#[inline(never)]
fn udiv(a: u32, b: u32) -> u32 {
    a / b
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
    println!("{}", div(opaque(1) as i32, opaque(2) as i32));
    println!("{}", div(opaque(3) as i32, opaque(4) as i32));
    println!("{}", udiv(opaque(1) as u32, opaque(2) as u32));
    println!("{}", udiv(opaque(3) as u32, opaque(4) as u32));
}
