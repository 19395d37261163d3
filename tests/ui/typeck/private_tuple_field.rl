// A private field of a tuple struct.
mod units {
    pub struct Meters(f64);

    pub fn meters(v: f64) -> Meters {
        Meters(v)
    }
}

fn main() {
    let m = units::meters(2.0);
    println!("{}", m.0); //~ ERROR E0616
}
