//@ run-pass
// `Self` as the constructor of a tuple or unit struct, in expressions and patterns.
struct Wrapper(i32);
struct Marker;

impl Wrapper {
    fn new(v: i32) -> Self {
        Self(v)
    }

    fn get(&self) -> i32 {
        let Self(v) = self;
        *v
    }
}

impl Marker {
    fn make() -> Self {
        Self
    }
}

fn main() {
    let w = Wrapper::new(7);
    let _m = Marker::make();
    println!("{}", w.get());
}
