//! The process environment: command-line arguments (`std::env::args`).

use crate::intrinsics;
use crate::string::String;

/// The program's arguments, the program name first.
pub fn args() -> Args {
    Args { index: 0, end: intrinsics::args_count() }
}

/// The iterator of `std::env::args()`: each argument as an owned `String`.
pub struct Args {
    index: usize,
    end: usize,
}

impl Iterator for Args {
    type Item = String;

    fn next(&mut self) -> Option<String> {
        if self.index < self.end {
            let arg = String::from(intrinsics::arg(self.index));
            self.index += 1;
            Some(arg)
        } else {
            None
        }
    }
}

impl DoubleEndedIterator for Args {
    fn next_back(&mut self) -> Option<String> {
        if self.index < self.end {
            self.end -= 1;
            Some(String::from(intrinsics::arg(self.end)))
        } else {
            None
        }
    }
}

impl Args {
    pub fn len(&self) -> usize {
        self.end - self.index
    }
}
