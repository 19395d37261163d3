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
//~ MONO_ITEM fn main::Wrapper::<i32>::new
//~ MONO_ITEM fn main::Wrapper::<f64>::new
//~ MONO_ITEM fn main::Wrapper::<i32>::get
//~ MONO_ITEM fn main::Wrapper::<f64>::get
//~ MONO_ITEM fn main::Wrapper::<bool>::get
//~ NO_MONO_ITEM fn main::Wrapper::<i32>::never_called
