// rustc's instance paths beyond the simple cases: a closure is named after the
// instance of the function that builds it (`main::Stack::<u8>::sum_with::{closure#0}`),
// an inherent method of a generic type takes the type's arguments in value form
// (`main::Stack::<u8>::new`), and an impl outside the module of both its type and
// its trait is named by its module (`main::helpers::<impl main::Total for u16>::total`).

trait Total {
    fn total(&self) -> u32;
}

struct Stack<T> {
    items: Vec<T>,
}

impl<T: Copy + Into<u32>> Stack<T> {
    fn new() -> Stack<T> {
        Stack { items: Vec::new() }
    }

    fn sum_with(&self, bias: u32) -> u32 {
        self.items.iter().map(|x| (*x).into() + bias).sum()
    }
}

mod helpers {
    impl crate::Total for u16 {
        fn total(&self) -> u32 {
            *self as u32
        }
    }
}

fn main() {
    let mut s: Stack<u8> = Stack::new();
    s.items.push(4);
    println!("{} {}", s.sum_with(1), 7u16.total());
}

//~ MONO_ITEM fn main::main
//~ MONO_ITEM fn main::Stack::<u8>::new
//~ MONO_ITEM fn main::Stack::<u8>::sum_with
//~ MONO_ITEM fn main::Stack::<u8>::sum_with::{closure#0}
//~ MONO_ITEM fn main::helpers::<impl main::Total for u16>::total
//~ MONO_ITEM drop-glue Stack<u8>
//~ NO_MONO_ITEM fn main::Stack::<u16>::new
