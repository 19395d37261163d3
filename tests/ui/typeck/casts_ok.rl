//@ run-pass
// Casts that are allowed, including the saturating and truncating ones.
#[derive(Clone, Copy)]
enum Colour {
    Red = 1,
    Blue = 4,
}

fn main() {
    let a = 300i32 as u8;
    let b = -1i32 as u32;
    let c = 1e10f64 as i32;
    let d = 65u8 as char;
    let e = 'z' as u32;
    let f = true as i32;
    let g = Colour::Blue as i32 + Colour::Red as i32;
    println!("{} {} {} {} {} {} {}", a, b, c, d, e, f, g);
}
