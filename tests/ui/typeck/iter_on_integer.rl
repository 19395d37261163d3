// `iter` on an integer.
fn main() {
    let n: u32 = 7;
    for d in n.iter() { //~ ERROR E0599
        println!("{}", d);
    }
}
