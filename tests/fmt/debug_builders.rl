// The debug_* builders, compact and pretty ({:#?}), nested in each other.
use std::fmt;

struct Point {
    x: i32,
    y: i32,
}

impl fmt::Debug for Point {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.debug_struct("Point").field("x", &self.x).field("y", &self.y).finish()
    }
}

struct Opaque(u8);

impl fmt::Debug for Opaque {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.debug_struct("Opaque").field("id", &self.0).finish_non_exhaustive()
    }
}

struct Pair(Point, &'static str);

impl fmt::Debug for Pair {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.debug_tuple("Pair").field(&self.0).field(&self.1).finish()
    }
}

struct Items([i32; 3]);

impl fmt::Debug for Items {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.debug_list().entries(self.0.iter()).entry(&"end").finish()
    }
}

struct Set;

impl fmt::Debug for Set {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.debug_set().entry(&1).entry(&Point { x: 0, y: 1 }).finish()
    }
}

struct Map;

impl fmt::Debug for Map {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.debug_map().entry(&"a", &1).key(&"b").value(&Opaque(2)).finish()
    }
}

struct Empty;

impl fmt::Debug for Empty {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.debug_struct("Empty").finish();
        f.debug_tuple("").finish();
        f.debug_list().finish();
        f.debug_map().finish()
    }
}

fn main() {
    let p = Point { x: 1, y: -2 };
    println!("{:?}", p);
    println!("{:#?}", p);
    println!("{:?} {:?}", Opaque(7), Pair(Point { x: 3, y: 4 }, "hi"));
    println!("{:#?}", Pair(Point { x: 3, y: 4 }, "hi"));
    println!("{:#?}", Opaque(7));
    println!("{:?}", Items([1, 2, 3]));
    println!("{:#?}", Items([1, 2, 3]));
    println!("{:?} {:#?}", Set, Set);
    println!("{:?}", Map);
    println!("{:#?}", Map);
    println!("{:?}", Empty);
    println!("{:5?}|{:<4?}", p, Pair(Point { x: 3, y: 4 }, "hi"));
    println!("{:?}", (p, [Some(1), None], ((), 'x')));
}
