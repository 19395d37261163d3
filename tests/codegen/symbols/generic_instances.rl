// A generic function gets one symbol per instance: same path, different hashes.

// CHECK-DAG: define internal i32 @_ZN4main7largest17h{{[0-9a-f]+}}E(i32 %{{.*}}, i32 %{{.*}})
// CHECK-DAG: define internal double @_ZN4main7largest17h{{[0-9a-f]+}}E(double %{{.*}}, double %{{.*}})
// CHECK-DAG: define internal i8 @_ZN4main7largest17h{{[0-9a-f]+}}E(i8 %{{.*}}, i8 %{{.*}})
fn largest<T: PartialOrd>(a: T, b: T) -> T {
    if a > b { a } else { b }
}

fn main() {
    println!("{} {} {}", largest(3, 9), largest(2.5, -1.0), largest(7u8, 200u8));
}
