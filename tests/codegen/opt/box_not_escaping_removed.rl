//@ compile-flags: -O
//@ fails-with: --opt-level 0
// A Box that never leaves its function is allocated and freed for nothing: rl_alloc and
// rl_dealloc are declared as one LLVM allocation family (allockind/allocsize/allocptr,
// as rustc's __rust_alloc), so the pair is deleted at -O and the value kept in registers:
// once Box::new is inlined, nothing is called.

// CHECK-LABEL: define internal {{.*}}@_ZN4main5local17h{{[0-9a-f]+}}E(
// CHECK-NOT: call
// CHECK: ret double
struct Point {
    x: f64,
    y: f64,
}

#[inline(never)]
fn local(t: f64) -> f64 {
    let p = Box::new(Point { x: t, y: 1.0 - t });
    let q = Box::new(Point { x: p.y, y: p.x * 2.0 });
    p.x * q.x + p.y * q.y
}

fn main() {
    let mut acc = 0.0;
    for i in 0..10 {
        acc += local(i as f64 * 0.1);
    }
    let kept = Box::new(Point { x: acc, y: 0.5 });
    println!("{:.3} {}", kept.x, kept.y);
}
