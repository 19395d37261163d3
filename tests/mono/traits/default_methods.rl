// A default method is instantiated per implementing type that does not override it
// (printed as rustc does, under the type: `<main::Sq as main::Shape>::double`); an
// override is the impl's own method, and the default is not instantiated for its type
// (`<main::Dot as main::Shape>::double` is collected once).

trait Shape {
    fn area(&self) -> u32;
    fn double(&self) -> u32 {
        self.area() * 2
    }
}

struct Sq(u32);
struct Rect(u32, u32);
struct Dot;

impl Shape for Sq {
    fn area(&self) -> u32 {
        self.0 * self.0
    }
}

impl Shape for Rect {
    fn area(&self) -> u32 {
        self.0 * self.1
    }
}

impl Shape for Dot {
    fn area(&self) -> u32 {
        0
    }
    fn double(&self) -> u32 {
        1
    }
}

fn main() {
    println!("{} {} {}", Sq(3).double(), Rect(2, 5).double(), Dot.double());
}

//~ MONO_ITEM fn main::main
//~ MONO_ITEM fn <main::Sq as main::Shape>::double
//~ MONO_ITEM fn <main::Rect as main::Shape>::double
//~ MONO_ITEM fn <main::Sq as main::Shape>::area
//~ MONO_ITEM fn <main::Rect as main::Shape>::area
//~ MONO_ITEM fn <main::Dot as main::Shape>::double
//~ NO_MONO_ITEM fn <main::Dot as main::Shape>::area
