// A generic enum's method instantiated for two argument pairs; matching on the
// enum needs no instance of its own.

enum Either<L, R> {
    Left(L),
    Right(R),
}

impl<L: Copy, R: Copy> Either<L, R> {
    fn is_left(&self) -> bool {
        match self {
            Either::Left(_) => true,
            Either::Right(_) => false,
        }
    }
}

fn main() {
    let a: Either<i32, bool> = Either::Left(3);
    let b: Either<u8, f64> = Either::Right(1.5);
    let c: Either<i32, bool> = Either::Right(true);
    println!("{} {} {}", a.is_left(), b.is_left(), c.is_left());
}

//~ MONO_ITEM fn main::main
//~ MONO_ITEM fn main::Either::<i32, bool>::is_left
//~ MONO_ITEM fn main::Either::<u8, f64>::is_left
