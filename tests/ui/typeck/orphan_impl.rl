// A foreign trait cannot be implemented for a foreign type.
use std::fmt;

impl fmt::Display for Vec<i32> { //~ ERROR E0117
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "{}", self.len())
    }
}

fn main() {}
