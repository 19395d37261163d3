// A trait implemented for several types and called through a generic function:
// one instance of the generic function per type, and each impl's method collected
// once (the impl methods are printed by their path, so the two `speak` impls are
// two `fn main::speak` items).

trait Speak {
    fn speak(&self) -> u32;
}

struct Dog;

impl Speak for u8 {
    fn speak(&self) -> u32 {
        *self as u32
    }
}

impl Speak for Dog {
    fn speak(&self) -> u32 {
        7
    }
}

impl Speak for bool {
    fn speak(&self) -> u32 {
        1
    }
}

fn total<T: Speak>(x: &T, y: &T) -> u32 {
    x.speak() + y.speak()
}

fn main() {
    println!("{} {}", total(&3u8, &4u8), total(&Dog, &Dog));
}

//~ MONO_ITEM fn main::main
//~ MONO_ITEM fn main::total::<u8>
//~ MONO_ITEM fn main::total::<Dog>
//~ MONO_ITEM fn main::speak
//~ MONO_ITEM fn main::speak
