// The names of impl methods as rustc prints them (`-Z print-mono-items`): an inherent
// method under its type, a trait method under `<Type as Trait>`, so two impls of one
// trait method are two distinct names.

trait Speak {
    fn speak(&self) -> u32;
}

struct Dog;

impl Dog {
    fn bark(&self) -> u32 {
        3
    }
}

impl Speak for Dog {
    fn speak(&self) -> u32 {
        7
    }
}

impl Speak for u8 {
    fn speak(&self) -> u32 {
        *self as u32
    }
}

fn main() {
    println!("{} {} {}", Dog.bark(), Dog.speak(), 4u8.speak());
}

//~ MONO_ITEM fn main::main
//~ MONO_ITEM fn main::Dog::bark
//~ MONO_ITEM fn <main::Dog as main::Speak>::speak
//~ MONO_ITEM fn <u8 as main::Speak>::speak
