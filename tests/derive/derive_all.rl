// Every derivable trait on structs, tuple structs, generic structs and enums.
use std::cmp::Ordering;
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
struct Point { x: i32, y: i32 }
#[derive(Debug, Clone, PartialEq, PartialOrd)]
struct Pair<T>(T, T);
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Default)]
enum Shape { #[default] Empty, Circle(i32), Rect { w: i32, h: i32 } }
#[derive(Debug, Default)]
struct Unit;
#[derive(Debug, PartialEq, Eq, PartialOrd, Ord, Clone, Copy)]
enum Level { Low = 10, High = 1 }
fn main() {
    let p = Point { x: 1, y: 2 };
    let q = p;
    println!("{:?} {:?} {}", p, q, p == q);
    println!("{:#?}", p);
    println!("{:?}", Pair(1.5, 2.0).clone());
    println!("{:?}", Pair("a", "b") < Pair("a", "c"));
    let shapes = [Shape::Empty, Shape::Circle(3), Shape::Rect { w: 2, h: 5 }];
    println!("{:?}", shapes);
    println!("{:#?}", shapes[2]);
    println!("{:?} {:?}", Shape::default(), Point::default());
    println!("{:?}", Shape::Circle(3).cmp(&Shape::Circle(4)));
    println!("{:?}", Shape::Rect { w: 1, h: 1 }.partial_cmp(&Shape::Circle(9)));
    println!("{:?} {:?}", Unit, Level::Low > Level::High);
    println!("{:?}", p.cmp(&Point { x: 1, y: 0 }));
    println!("{:?}", Some(Pair(1, 2)));
    let r: Result<i32, Unit> = Err(Unit);
    println!("{:?} {:?}", r, Ordering::Less);
}
