// The pattern of a `for` loop must be irrefutable.
fn main() {
    let items = [Some(1), None];
    for Some(x) in items { //~ ERROR E0005
        println!("{}", x);
    }
}
