// `match` on a fieldless enum reads the tag once and dispatches with one `switch`
// over all the variants (no chain of compares), the fall-through `unreachable`.

// CHECK-LABEL: define internal i32 @_ZN4main4turn17h{{[0-9a-f]+}}E(
// CHECK: load i8
// CHECK: switch i{{[0-9]+}} %{{.*}}, label %[[DEFAULT:[a-z0-9.]+]] [
// CHECK-NEXT: i{{[0-9]+}} 0, label
// CHECK-NEXT: i{{[0-9]+}} 1, label
// CHECK-NEXT: i{{[0-9]+}} 2, label
// CHECK-NEXT: i{{[0-9]+}} 3, label
// CHECK-NEXT: i{{[0-9]+}} 4, label
// CHECK-NEXT: ]
// CHECK: [[DEFAULT]]:
// CHECK-NEXT: unreachable
#[derive(Clone, Copy)]
enum Dir {
    North,
    East,
    South,
    West,
    Up,
}

fn turn(d: Dir) -> u32 {
    match d {
        Dir::North => 10,
        Dir::East => 27,
        Dir::South => 3,
        Dir::West => 91,
        Dir::Up => 44,
    }
}

fn main() {
    let all = [Dir::North, Dir::East, Dir::South, Dir::West, Dir::Up];
    let mut s = 0;
    for d in all.iter() {
        s += turn(*d);
    }
    println!("{}", s);
}
