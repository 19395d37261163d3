// A `T: 'static` bound (on the parameter, in a where clause, on `impl Trait`) is
// required at the call: a closure borrowing a local cannot be passed.
fn keep<F: Fn() -> i32 + 'static>(f: F) -> i32 {
    f()
}

fn keep_where<F>(f: F) -> i32
where
    F: Fn() -> i32 + 'static,
{
    f()
}

fn keep_impl(f: impl Fn() -> i32 + 'static) -> i32 {
    f()
}

fn hold<'a, T: 'a>(x: T, _r: &'a i32) -> T {
    x
}

fn main() {
    let n = 5;
    let m = 6;
    println!("{}", keep(move || n + 1));
    println!("{}", keep(|| m + 1)); //~ ERROR E0373
    println!("{}", keep_where(|| m + 2)); //~ ERROR E0373
    println!("{}", keep_impl(|| m + 3)); //~ ERROR E0373
    println!("{}", hold(&n, &m));
}
