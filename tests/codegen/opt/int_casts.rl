// Integer `as` casts: narrowing truncates, widening a signed value sign-extends,
// widening an unsigned value zero-extends, same width is no instruction.

// CHECK-LABEL: define internal i8 @_ZN4main6narrow17h{{[0-9a-f]+}}E(
// CHECK: trunc i32 %{{.*}} to i8
// CHECK-LABEL: define internal i64 @_ZN4main4sext17h{{[0-9a-f]+}}E(
// CHECK: sext i8 %{{.*}} to i64
// CHECK-LABEL: define internal i64 @_ZN4main4zext17h{{[0-9a-f]+}}E(
// CHECK: zext i8 %{{.*}} to i64
// CHECK-LABEL: define internal i32 @_ZN4main4same17h{{[0-9a-f]+}}E(
// CHECK-NOT: {{trunc|sext|zext}}
// CHECK: ret i32
fn narrow(x: u32) -> u8 {
    x as u8
}

fn sext(x: i8) -> i64 {
    x as i64
}

fn zext(x: u8) -> i64 {
    x as i64
}

fn same(x: u32) -> i32 {
    x as i32
}

fn main() {
    println!("{} {} {} {}", narrow(300), sext(-5), zext(250), same(4000000000));
}
