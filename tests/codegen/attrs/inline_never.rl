//@ compile-flags: -O
// `#[inline(never)]` survives -O: the function keeps its body, carries `noinline`,
// and its caller still calls it although it is tiny and called once.

// CHECK: define internal {{.*}}@_ZN4main6helper17h{{[0-9a-f]+}}E({{.*}}) {{.*}}#[[ATTRS:[0-9]+]]
// CHECK: call {{.*}}@_ZN4main6helper17h{{[0-9a-f]+}}E(
// CHECK: attributes #[[ATTRS]] = { {{.*}}noinline
#[inline(never)]
fn helper(x: u32) -> u32 {
    x.wrapping_mul(3)
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
    println!("{}", helper(opaque(14) as u32));
}
