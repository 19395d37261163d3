//@ compile-flags: -O
// At -O, `s.len()` is just the second field of the fat pointer: no call, no load.

// CHECK-LABEL: define internal {{.*}}i64 @_ZN4main6length17h{{[0-9a-f]+}}E({ ptr, i64 } %{{[^)]*}})
// CHECK-NEXT: start:
// CHECK-NEXT: %{{.*}} = extractvalue { ptr, i64 } %{{.*}}, 1
// CHECK-NEXT: ret i64
#[inline(never)]
fn length(s: &str) -> usize {
    s.len()
}

#[inline(never)]
fn pick(n: u64) -> &'static str {
    if n % 3 == 0 { "alpha" } else if n % 3 == 1 { "be" } else { "gamma ray" }
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
    println!("{}", length(pick(opaque(1))));
    println!("{}", length(pick(opaque(2))));
}
