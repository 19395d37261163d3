//@ compile-flags: -O
//@ fails-with: --opt-level 0
// Constant expressions and calls with constant arguments fold away at -O: main
// prints the constant result directly.

// CHECK-LABEL: define void @__rustlet_main()
// CHECK-NOT: mul
// CHECK: call void @rl_fmt_int(ptr {{.*}}, i64 1764,
const K: u32 = 6 * 7;

fn square(x: u32) -> u32 {
    x * x
}

fn main() {
    println!("{}", square(K));
}
