// `&str` is a fat pointer `{ ptr, i64 }`, and its length is the second field.

// CHECK-LABEL: define internal { ptr, i64 } @_ZN4main4pick17h{{[0-9a-f]+}}E(i1 %{{[^)]*}})
fn pick(first: bool) -> &'static str {
    if first { "alpha" } else { "beta" }
}

// CHECK-LABEL: define internal i64 @_ZN4main6length17h{{[0-9a-f]+}}E({ ptr, i64 } %{{[^)]*}})
fn length(s: &str) -> usize {
    s.len()
}

fn main() {
    let a = pick(true);
    let b = pick(false);
    println!("{} {}", length(a), length(b));
}
