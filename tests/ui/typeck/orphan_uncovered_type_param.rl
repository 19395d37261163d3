// A foreign trait implemented for every type.
trait Local {}

impl<T> Default for T { //~ ERROR E0210
    fn default() -> T {
        loop {}
    }
}

fn main() {}
