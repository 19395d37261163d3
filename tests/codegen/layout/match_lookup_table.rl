//@ compile-flags: -O
//@ fails-with: --opt-level 0
// At -O a dense match returning constants becomes a lookup table: no branch at all.

// CHECK: @switch.table._ZN4main4turn17h{{[0-9a-f]+}}E = {{.*}}[i32 10, i32 27, i32 3, i32 91, i32 44]
// CHECK-LABEL: define internal {{.*}}@_ZN4main4turn17h{{[0-9a-f]+}}E(
// CHECK-NOT: br
// CHECK-NOT: switch i
// CHECK: load i32, ptr %switch.gep
// CHECK-NEXT: ret i32
#[derive(Clone, Copy)]
enum Dir {
    North,
    East,
    South,
    West,
    Up,
}

#[inline(never)]
fn turn(d: Dir) -> u32 {
    match d {
        Dir::North => 10,
        Dir::East => 27,
        Dir::South => 3,
        Dir::West => 91,
        Dir::Up => 44,
    }
}

#[inline(never)]
fn opaque(seed: u64) -> u64 {
    let mut x = seed;
    let mut i = 0;
    while i < 1000 {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        i += 1;
    }
    x
}

fn main() {
    let all = [Dir::North, Dir::East, Dir::South, Dir::West, Dir::Up];
    let d = all[(opaque(5) % 5) as usize];
    let e = all[(opaque(6) % 5) as usize];
    println!("{} {}", turn(d), turn(e));
}
