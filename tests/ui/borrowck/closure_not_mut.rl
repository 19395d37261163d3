// Calling an `FnMut` closure needs a `mut` binding.
fn main() {
    let mut count = 0;
    let inc = || count += 1;
    inc(); //~ ERROR E0596
    println!("{}", count);
}
