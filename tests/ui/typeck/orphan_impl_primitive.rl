// A foreign trait for a primitive type.
use std::fmt;

impl fmt::Display for bool { //~ ERROR E0117
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "yes")
    }
}

fn main() {}
