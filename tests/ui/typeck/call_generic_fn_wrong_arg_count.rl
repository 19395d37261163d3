// A closure passed as `F: Fn(i32) -> i32` called with two arguments.
fn apply<F: Fn(i32) -> i32>(f: F) -> i32 {
    f(1, 2) //~ ERROR E0057
}

fn main() {
    println!("{}", apply(|x| x + 1));
}
