//@ compile-flags: -O --emit=asm
// `--emit=asm` prints x86-64 assembly: the mangled symbol is a local label-bearing
// function and `wrapping_add(3)` is a single `lea`/`add` with no call.

// CHECK: _ZN4main4add317h{{[0-9a-f]+}}E:
// CHECK-NOT: call
// CHECK: {{(leaq|addq)}} {{.*}}3
// CHECK: ret
#[inline(never)]
fn add3(a: u64) -> u64 {
    a.wrapping_add(3)
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
    println!("{}", add3(opaque(1)));
    println!("{}", add3(opaque(2)));
}
