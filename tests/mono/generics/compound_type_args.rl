// Type arguments that are tuples, arrays and references each make their own instance.

fn first<T: Copy>(xs: &[T]) -> T {
    xs[0]
}

fn id<T>(x: T) -> T {
    x
}

fn main() {
    let pair = id((3i32, 4u8));
    let arr = id([1u16, 2, 3]);
    let s = id("text");
    let r = id(&arr);
    println!("{} {} {} {} {}", pair.0, arr[1], s, r[2], first(&arr));
    println!("{}", first(&[1.5f32, 2.5]));
}

//~ MONO_ITEM fn main::main
//~ MONO_ITEM fn main::id::<(i32, u8)>
//~ MONO_ITEM fn main::id::<[u16; 3]>
//~ MONO_ITEM fn main::id::<&str>
//~ MONO_ITEM fn main::id::<&[u16; 3]>
//~ MONO_ITEM fn main::first::<u16>
//~ MONO_ITEM fn main::first::<f32>
