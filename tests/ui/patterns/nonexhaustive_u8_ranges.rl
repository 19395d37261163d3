// The ranges stop one short of `u8::MAX`.
fn main() {
    let b: u8 = 7;
    match b { //~ ERROR E0004
        0..=99 => println!("low"),
        100..=254 => println!("high"),
    }
}
