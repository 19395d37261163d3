// Two required methods missing from one impl.
trait Shape {
    fn area(&self) -> f64;
    fn perimeter(&self) -> f64;
    fn name(&self) -> String {
        String::from("shape")
    }
}

struct Square(f64);

impl Shape for Square {} //~ ERROR E0046

fn main() {}
