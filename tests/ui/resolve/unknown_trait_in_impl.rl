// Implementing a trait that does not exist.
struct Meters(f64);

impl Measure for Meters {} //~ ERROR E0405

fn main() {}
