//@ run-pass
// Foreign traits with a local type somewhere before any uncovered parameter.
use std::fmt;

struct Celsius(i32);

impl fmt::Display for Celsius {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "{}C", self.0)
    }
}

impl From<Celsius> for i32 {
    fn from(c: Celsius) -> i32 {
        c.0
    }
}

impl PartialEq<Celsius> for i32 {
    fn eq(&self, other: &Celsius) -> bool {
        *self == other.0
    }
}

fn main() {
    println!("{}", Celsius(21));
    let n: i32 = Celsius(5).into();
    println!("{} {}", n, 5 == Celsius(5));
}
