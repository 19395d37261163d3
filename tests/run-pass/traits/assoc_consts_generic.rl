// Associated constants used through generics: T::C, Self::C in default methods,
// <T as Trait>::C, trait defaults overridden by impls, defaults computed from other
// constants, impls of generic types, struct/enum/tuple/array values, generic inherent impls.
trait Shape {
    const SIDES: u32;
    const NAME: &'static str = "polygon";
    const DOUBLE: u32 = Self::SIDES * 2;
    const ORIGIN: Point = Point { x: 0, y: 0 };
    fn describe(&self) -> String {
        format!("{} with {} sides (double {})", Self::NAME, Self::SIDES, Self::DOUBLE)
    }
}

#[derive(Debug, Clone, Copy, PartialEq)]
struct Point {
    x: i32,
    y: i32,
}

#[derive(Debug)]
#[allow(dead_code)]
enum Kind {
    Flat,
    Solid(u8),
}

struct Tri;
struct Sq;
struct Wrapper<T>(T);

impl Shape for Tri {
    const SIDES: u32 = 3;
}
impl Shape for Sq {
    const SIDES: u32 = 4;
    const NAME: &'static str = "square";
    const ORIGIN: Point = Point { x: 1, y: -1 };
}
impl<T: Shape> Shape for Wrapper<T> {
    const SIDES: u32 = T::SIDES + 10;
    const NAME: &'static str = "wrapper";
}

trait Tagged {
    const TAG: Kind;
    const LIMITS: (u8, [i16; 3]);
}
impl Tagged for Tri {
    const TAG: Kind = Kind::Flat;
    const LIMITS: (u8, [i16; 3]) = (1, [-1, 0, 1]);
}
impl Tagged for Sq {
    const TAG: Kind = Kind::Solid(7);
    const LIMITS: (u8, [i16; 3]) = (2, [i16::MIN, 0, i16::MAX]);
}

fn sides<S: Shape>() -> u32 {
    S::SIDES
}

fn total<A: Shape, B: Shape>() -> u32 {
    <A as Shape>::SIDES + <B as Shape>::SIDES + A::DOUBLE * B::DOUBLE
}

fn origin_of<S: Shape>(_s: &S) -> Point {
    S::ORIGIN
}

fn tags<T: Tagged>() -> String {
    let (lo, arr) = T::LIMITS;
    format!("{:?} {} {:?} {}", T::TAG, lo, arr, T::LIMITS.1[2])
}

struct Grid<T> {
    cells: Vec<T>,
}
impl<T> Grid<T> {
    const WIDTH: usize = 4;
    fn width(&self) -> usize {
        Self::WIDTH + self.cells.len()
    }
}

fn main() {
    println!("{} {} {}", sides::<Tri>(), sides::<Sq>(), sides::<Wrapper<Wrapper<Tri>>>());
    println!("{}", total::<Tri, Sq>());
    println!("{}", Tri.describe());
    println!("{}", Sq.describe());
    println!("{}", Wrapper(Sq).describe());
    println!("{:?} {:?}", origin_of(&Tri), origin_of(&Sq));
    println!("{} {} {}", Tri::SIDES, <Sq as Shape>::NAME, Wrapper::<Tri>::DOUBLE);
    println!("{}", tags::<Tri>());
    println!("{}", tags::<Sq>());
    let g = Grid { cells: vec![1u8, 2] };
    println!("{} {}", g.width(), Grid::<u8>::WIDTH);
    let arr = [0u32; 3];
    println!("{}", arr.len() as u32 + <Wrapper<Sq> as Shape>::SIDES);
    if Sq::ORIGIN == (Point { x: 1, y: -1 }) {
        println!("origin matches");
    }
}
