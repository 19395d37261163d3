// Instances reached only through other instances: outer::<T> → middle::<T> → leaf::<T>,
// and middle::<(T, T)> from outer: every link is substituted.

fn leaf<T>(x: T) -> T {
    x
}

fn middle<T: Copy>(x: T) -> T {
    leaf(x)
}

fn outer<T: Copy>(x: T) -> (T, T) {
    let y = middle(x);
    middle((y, x))
}

fn main() {
    let a = outer(5u64);
    let b = outer('c');
    println!("{} {} {} {}", a.0, a.1, b.0, b.1);
}

//~ MONO_ITEM fn main::main
//~ MONO_ITEM fn main::outer::<u64>
//~ MONO_ITEM fn main::outer::<char>
//~ MONO_ITEM fn main::middle::<u64>
//~ MONO_ITEM fn main::middle::<char>
//~ MONO_ITEM fn main::middle::<(u64, u64)>
//~ MONO_ITEM fn main::middle::<(char, char)>
//~ MONO_ITEM fn main::leaf::<u64>
//~ MONO_ITEM fn main::leaf::<char>
//~ MONO_ITEM fn main::leaf::<(u64, u64)>
//~ MONO_ITEM fn main::leaf::<(char, char)>
