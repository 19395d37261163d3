// `&[T]` and `&mut [T]` are fat pointers passed as `{ ptr, i64 }` (data, length).

// CHECK-LABEL: define internal i32 @_ZN4main5total17h{{[0-9a-f]+}}E({ ptr, i64 } %{{[^)]*}})
fn total(xs: &[i32]) -> i32 {
    let mut s = 0;
    for x in xs.iter() {
        s += *x;
    }
    s
}

// CHECK-LABEL: define internal void @_ZN4main5clear17h{{[0-9a-f]+}}E({ ptr, i64 } %{{[^)]*}})
fn clear(xs: &mut [u8]) {
    let mut i = 0;
    while i < xs.len() {
        xs[i] = 0;
        i += 1;
    }
}

fn main() {
    let a = [1, 2, 3];
    let mut b = [7u8, 8];
    let t = total(&a);
    clear(&mut b);
    println!("{} {}", t, b[1]);
}
