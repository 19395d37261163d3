// Constant evaluation fails on overflow.
const BIG: u8 = 200 + 100; //~ ERROR E0080

fn main() {
    println!("{}", BIG);
}
