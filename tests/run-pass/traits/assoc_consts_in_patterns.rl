// Trait constants named through concrete types in patterns: the impl's value (or the
// trait's default), `<T as Trait>::C` paths, and range bounds.
trait Shape {
    const SIDES: u32;
    const KIND: u8 = 1;
}

struct Tri;
struct Sq;

impl Shape for Tri {
    const SIDES: u32 = 3;
}

impl Shape for Sq {
    const SIDES: u32 = 4;
    const KIND: u8 = 2;
}

trait Limits {
    const LO: u8;
    const HI: u8 = 9;
}

struct Narrow;

impl Limits for Narrow {
    const LO: u8 = 3;
    const HI: u8 = 5;
}

fn name(n: u32) -> &'static str {
    match n {
        Tri::SIDES => "triangle",
        <Sq as Shape>::SIDES => "square",
        _ => "other",
    }
}

fn kind(k: u8) -> &'static str {
    match k {
        Sq::KIND => "square kind",
        Tri::KIND => "default kind",
        _ => "no kind",
    }
}

fn main() {
    println!("{} {} {}", name(3), name(4), name(5));
    println!("{} {} {}", kind(1), kind(2), kind(3));
    for n in [1u8, 3, 5, 7] {
        match n {
            Narrow::LO..=<Narrow as Limits>::HI => println!("{} inside", n),
            _ => println!("{} outside", n),
        }
    }
}
