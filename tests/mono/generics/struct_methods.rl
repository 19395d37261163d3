// Methods of a generic struct are instantiated per type of the receiver, and only
// the methods that are called.

struct Wrapper<T> {
    v: T,
}

impl<T: Copy> Wrapper<T> {
    fn new(v: T) -> Wrapper<T> {
        Wrapper { v }
    }

    fn get(&self) -> T {
        self.v
    }

    fn never_called(&self) -> T {
        self.v
    }
}

fn main() {
    let w = Wrapper::new(3i32);
    let z = Wrapper::new(2.5f64);
    let b = Wrapper { v: false };
    println!("{} {} {}", w.get(), z.get(), b.get());
}

//~ MONO_ITEM fn main::main
//~ MONO_ITEM fn main::new::<i32>
//~ MONO_ITEM fn main::new::<f64>
//~ MONO_ITEM fn main::get::<i32>
//~ MONO_ITEM fn main::get::<f64>
//~ MONO_ITEM fn main::get::<bool>
//~ NO_MONO_ITEM fn main::never_called::<i32>
