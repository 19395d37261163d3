// Drop glue: a type with a Drop impl gets glue that calls its `drop`; a struct
// that contains one gets glue of its own, which drops the field; a type with
// nothing to drop gets none.

struct Noisy {
    id: u32,
}

impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.id);
    }
}

struct Holder {
    n: Noisy,
    k: u8,
}

struct Plain {
    a: u32,
}

fn main() {
    let h = Holder { n: Noisy { id: 1 }, k: 2 };
    let p = Plain { a: 3 };
    println!("{} {}", h.k, p.a);
}

//~ MONO_ITEM fn main::main
//~ MONO_ITEM drop-glue Holder
//~ MONO_ITEM drop-glue Noisy
//~ MONO_ITEM fn <main::Noisy as std::ops::Drop>::drop
//~ NO_MONO_ITEM drop-glue Plain
