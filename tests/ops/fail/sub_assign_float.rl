fn main() {
    let mut c = 1u8;
    c -= 1.0; //~ ERROR E0277 cannot subtract-assign `{float}` from `u8`
    println!("{}", c);
}
