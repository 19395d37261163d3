// Drop glue for a generic container is instantiated per element type that needs
// dropping, with the element's glue reached through it.

struct Noisy {
    id: u32,
}

impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.id);
    }
}

struct Pair<T> {
    a: T,
    b: T,
}

fn main() {
    let p = Pair { a: Noisy { id: 1 }, b: Noisy { id: 2 } };
    let q = Pair { a: 1u8, b: 2u8 };
    println!("{} {} {}", p.a.id, p.b.id, q.a + q.b);
}

//~ MONO_ITEM fn main::main
//~ MONO_ITEM drop-glue Pair<Noisy>
//~ MONO_ITEM drop-glue Noisy
//~ MONO_ITEM fn <main::Noisy as std::ops::Drop>::drop
//~ NO_MONO_ITEM drop-glue Pair<u8>
