// A guarded arm does not count towards exhaustiveness.
fn main() {
    let v = Some(3);
    match v { //~ ERROR E0004
        Some(x) if x > 0 => println!("{}", x),
        None => println!("none"),
    }
}
