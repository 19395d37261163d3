// Methods are mangled as rustc does: an inherent method under its type
// (`main::geom::Point::norm`), a trait method under `<Type as Trait>` escaped as
// `_$LT$main..geom..Point$u20$as$u20$main..Area$GT$`.

// CHECK-DAG: define internal {{.*}}@_ZN4main4geom5Point4norm17h{{[0-9a-f]+}}E(
// CHECK-DAG: define internal {{.*}}@"_ZN{{[0-9]+}}_$LT$main..geom..Point$u20$as$u20$main..Area$GT$4area17h{{[0-9a-f]+}}E"(
trait Area {
    fn area(&self) -> i64;
}

mod geom {
    pub struct Point {
        pub x: i64,
        pub y: i64,
    }

    impl Point {
        pub fn norm(&self) -> i64 {
            self.x * self.x + self.y * self.y
        }
    }
}

impl Area for geom::Point {
    fn area(&self) -> i64 {
        self.x * self.y
    }
}

fn main() {
    let p = geom::Point { x: 3, y: 4 };
    println!("{} {}", p.norm(), p.area());
}
