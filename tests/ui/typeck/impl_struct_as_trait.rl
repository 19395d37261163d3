// Only a trait can follow `impl ... for`.
struct Meters(f64);
struct Feet(f64);

impl Meters for Feet {} //~ ERROR E0404

fn main() {}
