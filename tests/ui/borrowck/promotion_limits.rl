// What is not promoted: a mutable borrow, a user variable, a value with a `Drop` impl,
// a call's result.
struct Guard(i32);

impl Drop for Guard {
    fn drop(&mut self) {}
}

fn mutable() -> &'static mut [i32] {
    &mut [1, 2, 3] //~ ERROR E0515
}

fn variable() -> &'static i32 {
    let x = 5;
    &x //~ ERROR E0515
}

fn guard() -> &'static Guard {
    &Guard(1) //~ ERROR E0515
}

fn call() -> &'static i32 {
    &i32::abs(-1) //~ ERROR E0515
}

fn main() {
    println!("{} {} {} {}", mutable().len(), variable(), guard().0, call());
}
