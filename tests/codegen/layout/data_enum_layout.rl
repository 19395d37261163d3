// An enum with fields is a tag plus the largest variant, aligned for its most
// aligned field: `Shape` is 16 bytes at align 8 (an `f64` after the tag), and
// `Option<u32>` is 8 bytes at align 4 with an `i8` tag read first.

// CHECK-LABEL: define internal double @_ZN4main4area17h{{[0-9a-f]+}}E(ptr {{.*}}align 8 dereferenceable(16)
// CHECK-LABEL: define internal i32 @_ZN4main7or_zero17h{{[0-9a-f]+}}E(ptr {{.*}}align 4 dereferenceable(8)
// CHECK: load i8, ptr
enum Shape {
    Circle(f64),
    Rect(u32, u16),
    Empty,
}

fn area(s: &Shape) -> f64 {
    match s {
        Shape::Circle(r) => r * r,
        Shape::Rect(a, b) => (*a as f64) * (*b as f64),
        Shape::Empty => 0.0,
    }
}

fn or_zero(x: Option<u32>) -> u32 {
    match x {
        Some(v) => v,
        None => 0,
    }
}

fn main() {
    let shapes = [Shape::Circle(1.5), Shape::Rect(3, 4), Shape::Empty];
    println!("{} {} {}", area(&shapes[0]), area(&shapes[1]), area(&shapes[2]));
    println!("{} {}", or_zero(Some(7)), or_zero(None));
}
