// An iterator impl without its `Item` type.
struct Counter;

impl Iterator for Counter { //~ ERROR E0046
    fn next(&mut self) -> Option<u32> {
        None
    }
}

fn main() {}
