// A trait implemented for several types and called through a generic function:
// one instance of the generic function per type, and each impl's method collected
// once, printed under its impl as rustc prints it (`<main::Dog as main::Speak>::speak`);
// the impl for `bool` is never used, so it has no instance.

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
//~ MONO_ITEM fn main::total::<main::Dog>
//~ MONO_ITEM fn <u8 as main::Speak>::speak
//~ MONO_ITEM fn <main::Dog as main::Speak>::speak
//~ NO_MONO_ITEM fn <bool as main::Speak>::speak
