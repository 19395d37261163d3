// A range pattern whose lower bound is above its upper bound.
fn main() {
    let n = 3;
    match n {
        5..=1 => println!("never"), //~ ERROR E0030
        _ => {}
    }
}
