// Static dispatch through bounds: a generic function calling a trait method of its
// parameter resolves it to the impl for each instantiation, including a blanket
// generic impl (`impl<T: Copy> Twice for (T, T)`), instantiated per `T`.

trait Twice {
    fn twice(&self) -> u32;
}

impl Twice for u32 {
    fn twice(&self) -> u32 {
        *self * 2
    }
}

impl<T: Copy> Twice for (T, T) {
    fn twice(&self) -> u32 {
        2
    }
}

fn apply<T>(x: T) -> u32
where
    T: Twice,
{
    x.twice()
}

fn main() {
    println!("{} {} {}", apply(4u32), apply((1u8, 2u8)), apply((true, false)));
}

//~ MONO_ITEM fn main::main
//~ MONO_ITEM fn main::apply::<u32>
//~ MONO_ITEM fn main::apply::<(u8, u8)>
//~ MONO_ITEM fn main::apply::<(bool, bool)>
//~ MONO_ITEM fn <u32 as main::Twice>::twice
//~ MONO_ITEM fn <(u8, u8) as main::Twice>::twice
//~ MONO_ITEM fn <(bool, bool) as main::Twice>::twice
