// Generic functions that are never called have no instance, even when a
// non-generic function that is itself unused would call them; a non-generic unused
// function is not collected either (collection starts at main).

fn unused_generic<T>(x: T) -> T {
    x
}

fn only_from_unused<T: Copy>(x: T) -> T {
    x
}

#[allow(dead_code)]
fn unused_plain() -> u32 {
    only_from_unused(4u32)
}

fn used(x: u32) -> u32 {
    x + 1
}

fn main() {
    println!("{}", used(1));
}

//~ MONO_ITEM fn main::main
//~ MONO_ITEM fn main::used
//~ NO_MONO_ITEM fn main::unused_plain
//~ NO_MONO_ITEM fn main::only_from_unused::<u32>
