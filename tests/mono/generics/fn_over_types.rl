// One instance of a generic function per distinct type argument; repeated calls
// with the same type share it.

fn id<T>(x: T) -> T {
    x
}

fn main() {
    let a = id(1i32);
    let b = id(2i32);
    let c = id(2.5f64);
    let d = id(true);
    let e = id(7u8);
    println!("{} {} {} {} {}", a, b, c, d, e);
}

//~ MONO_ITEM fn main::main
//~ MONO_ITEM fn main::id::<i32>
//~ MONO_ITEM fn main::id::<f64>
//~ MONO_ITEM fn main::id::<bool>
//~ MONO_ITEM fn main::id::<u8>
//~ NO_MONO_ITEM fn main::id::<i64>
