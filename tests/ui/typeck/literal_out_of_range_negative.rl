// `-129` does not fit in an `i8`; `-128` does.
fn main() {
    let ok: i8 = -128;
    let bad: i8 = -129; //~ ERROR literal out of range for `i8`
    println!("{} {}", ok, bad);
}
