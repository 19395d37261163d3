// Symbols use Rust's legacy mangling: `_ZN` + each path segment length-prefixed +
// `17h` + a 16-hex-digit hash + `E`, so C++ demanglers and gdb read Rust paths.

// CHECK-DAG: define internal {{.*}}@_ZN4main4main17h{{[0-9a-f]+}}E(
// CHECK-DAG: define internal {{.*}}@_ZN4main4geom6origin17h{{[0-9a-f]+}}E(
// CHECK-DAG: define internal {{.*}}@_ZN4main4geom5inner10very_inner17h{{[0-9a-f]+}}E(
// CHECK-DAG: define internal {{.*}}@"_ZN{{[0-9]+}}_$LT$i64$u20$as$u20$core..fmt..Display$GT$3fmt17h{{[0-9a-f]+}}E"(
mod geom {
    pub fn origin() -> i64 {
        inner::very_inner(0)
    }

    pub mod inner {
        pub fn very_inner(x: i64) -> i64 {
            x - 1
        }
    }
}

fn main() {
    println!("{}", geom::origin());
}
