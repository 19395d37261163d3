// `#[inline(never)]` applies to the function it is written on, not to the closures
// defined in its body (rustc gives closures no inline attribute of their own): the
// closures of `count_big` must stay inlinable into the adapters that call them.

// CHECK: define internal {{.*}}@"_ZN4main9count_big28_$u7b$$u7b$closure$u7d$$u7d$17h{{[0-9a-f]+}}E"({{.*}}) #[[ATTRS:[0-9]+]]
// CHECK: attributes #[[ATTRS]] = { nounwind }
#[inline(never)]
fn count_big(n: u64) -> usize {
    (0..n).filter(|x| *x > 10).count()
}

fn main() {
    println!("{}", count_big(20));
}
