// `as` from float to int saturates (NaN → 0, out of range → MIN/MAX), which is
// exactly LLVM's `fptosi.sat` / `fptoui.sat`.

// CHECK-LABEL: define internal i32 @_ZN4main6to_i3217h{{[0-9a-f]+}}E(
// CHECK: call i32 @llvm.fptosi.sat.i32.f64(double
// CHECK-LABEL: define internal i8 @_ZN4main5to_u817h{{[0-9a-f]+}}E(
// CHECK: call i8 @llvm.fptoui.sat.i8.f32(float
// CHECK-LABEL: define internal i64 @_ZN4main6to_i6417h{{[0-9a-f]+}}E(
// CHECK: call i64 @llvm.fptosi.sat.i64.f32(float
fn to_i32(x: f64) -> i32 {
    x as i32
}

fn to_u8(x: f32) -> u8 {
    x as u8
}

fn to_i64(x: f32) -> i64 {
    x as i64
}

fn main() {
    let a = to_i32(1e20);
    let b = to_u8(-4.5);
    let c = to_i64(f32::NAN);
    println!("{} {} {}", a, b, c);
}
