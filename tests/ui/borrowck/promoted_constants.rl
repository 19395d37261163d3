//@ run-pass
// Borrows of constant temporaries are promoted to statics (`&'static`), as rustc does:
// they may be returned and used after the statement that created them.
#[derive(Debug, PartialEq)]
struct Point {
    x: i32,
    y: i32,
}

#[derive(Debug, PartialEq)]
enum Shape {
    Dot(Point),
    Empty,
}

const LIMITS: [i32; 3] = [10, 20, 30];
const ORIGIN: Point = Point { x: 0, y: 0 };

fn limits() -> &'static [i32; 3] {
    &LIMITS
}

fn named_origin() -> &'static Point {
    &ORIGIN
}

fn tagged() -> &'static (&'static str, i32) {
    &("tag", 1)
}

fn five() -> &'static i32 {
    &5
}

fn table() -> &'static [i32] {
    &[1, 2, 3]
}

fn grid() -> &'static [[u8; 2]] {
    &[[1, 2], [3, 4]]
}

fn origin() -> &'static Point {
    &Point { x: 0, y: 0 }
}

fn shape(empty: bool) -> &'static Shape {
    if empty { &Shape::Empty } else { &Shape::Dot(Point { x: 1, y: 2 }) }
}

fn main() {
    let longest = ["pear", "banana", "kiwi"].iter().max_by_key(|s| s.len());
    let zero = &0;
    let pair = &(1.5, 'x', true);
    assert_eq!(*five(), 5);
    assert_eq!(limits()[2], 30);
    assert_eq!(named_origin().y, 0);
    assert_eq!(*tagged(), ("tag", 1));
    assert_eq!(table().iter().sum::<i32>(), 6);
    assert_eq!(grid()[1][0], 3);
    assert_eq!(*origin(), Point { x: 0, y: 0 });
    assert_eq!(*shape(false), Shape::Dot(Point { x: 1, y: 2 }));
    assert_eq!(*shape(true), Shape::Empty);
    assert_eq!(longest, Some(&"banana"));
    assert_eq!(*zero + pair.0 as i32, 1);
    assert!(pair.2 && pair.1 == 'x');
}
