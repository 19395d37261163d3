// A default method is instantiated per implementing type that does not override it
// (`Trait::method::<Self>`); an override is the impl's own method.

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
//~ MONO_ITEM fn main::Shape::double::<Sq>
//~ MONO_ITEM fn main::Shape::double::<Rect>
//~ MONO_ITEM fn main::area
//~ MONO_ITEM fn main::area
//~ MONO_ITEM fn main::double
//~ NO_MONO_ITEM fn main::Shape::double::<Dot>
