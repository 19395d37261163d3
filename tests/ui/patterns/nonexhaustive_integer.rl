// Integer matches need a catch-all: the witnesses are the ranges around the arms.
fn main() {
    let n: i32 = 4;
    match n { //~ ERROR E0004
        0 => println!("zero"),
        1 => println!("one"),
    }
}
