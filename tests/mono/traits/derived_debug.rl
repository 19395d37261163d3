// `#[derive(Debug)]` on a generic struct: the derived `fmt` is instantiated per
// printed instantiation (`fn <main::Point<i32> as std::fmt::Debug>::fmt`), beside the
// formatting glue that calls it.

#[derive(Debug)]
struct Point<T> {
    x: T,
    y: T,
}

#[derive(Debug)]
enum Tag {
    A,
    B(u8),
}

fn main() {
    let p = Point { x: 1i32, y: 2i32 };
    let q = Point { x: 1.5f32, y: 2.5f32 };
    println!("{:?} {:?} {:?}", p, q, Tag::B(3));
    println!("{:?}", Tag::A);
}

//~ MONO_ITEM fn main::main
//~ MONO_ITEM fmt-glue <Point<i32> as Debug>
//~ MONO_ITEM fmt-glue <Point<f32> as Debug>
//~ MONO_ITEM fmt-glue <Tag as Debug>
//~ MONO_ITEM fmt-glue <i32 as Debug>
//~ MONO_ITEM fmt-glue <f32 as Debug>
//~ MONO_ITEM fn <main::Point<i32> as std::fmt::Debug>::fmt
//~ MONO_ITEM fn <main::Point<f32> as std::fmt::Debug>::fmt
//~ MONO_ITEM fn <main::Tag as std::fmt::Debug>::fmt
