// The attributes are emitted by codegen itself, not inferred by LLVM: at -O0
// `#[inline(never)]` is `noinline`, `#[inline]` is `inlinehint`, a function without
// a hint has none of them, and `#[inline(always)]` is inlined even at -O0 (as rustc
// and clang do), leaving no definition and no call.

// CHECK-LABEL: define internal void @_ZN4main4main17h{{[0-9a-f]+}}E()
// CHECK-NOT: @_ZN4main6always
// CHECK: ret void
// CHECK-DAG: define internal {{.*}}@_ZN4main5never17h{{[0-9a-f]+}}E({{.*}}) #[[NEVER:[0-9]+]]
// CHECK-DAG: define internal {{.*}}@_ZN4main4hint17h{{[0-9a-f]+}}E({{.*}}) #[[HINT:[0-9]+]]
// CHECK-DAG: define internal {{.*}}@_ZN4main5plain17h{{[0-9a-f]+}}E({{.*}}) #[[PLAIN:[0-9]+]]
// CHECK-DAG: attributes #[[NEVER]] = { {{.*}}noinline
// CHECK-DAG: attributes #[[HINT]] = { {{.*}}inlinehint
// CHECK-DAG: attributes #[[PLAIN]] = { nounwind }
// CHECK-NOT: define {{.*}}@_ZN4main6always
#[inline(never)]
fn never(x: u32) -> u32 {
    x + 1
}

#[inline(always)]
fn always(x: u32) -> u32 {
    x + 2
}

#[inline]
fn hint(x: u32) -> u32 {
    x + 3
}

fn plain(x: u32) -> u32 {
    x + 4
}

fn main() {
    let a = never(1);
    let b = always(a);
    let c = hint(b);
    println!("{}", plain(c));
}
