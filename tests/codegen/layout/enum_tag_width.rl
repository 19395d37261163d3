// A fieldless enum is stored in the smallest integer that holds its discriminants:
// three variants fit in one byte (`i8`), -5..=300 needs an `i16`, and `as` reads
// the tag and widens it with the discriminant's signedness.

// CHECK-LABEL: define internal i8 @_ZN4main5small17h{{[0-9a-f]+}}E(ptr {{.*}}align 1 dereferenceable(1)
// CHECK: load i8
// CHECK-LABEL: define internal i32 @_ZN4main4wide17h{{[0-9a-f]+}}E(ptr {{.*}}align 2 dereferenceable(2)
// CHECK: load i16
// CHECK-NEXT: sext i16 %{{.*}} to i32
#[derive(Clone, Copy)]
enum Small {
    A,
    B,
    C,
}

#[derive(Clone, Copy)]
enum Wide {
    Lo = -5,
    Hi = 300,
}

fn small(s: Small) -> u8 {
    s as u8
}

fn wide(w: Wide) -> i32 {
    w as i32
}

fn main() {
    let x = [Small::A, Small::B, Small::C];
    println!("{} {} {}", small(x[2]), wide(Wide::Hi), wide(Wide::Lo));
}
