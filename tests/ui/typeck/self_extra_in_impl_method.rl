// The impl's method takes `&self`; the trait's does not.
trait Make {
    fn make() -> i32;
}

struct Factory;

impl Make for Factory {
    fn make(&self) -> i32 { //~ ERROR E0185
        1
    }
}

fn main() {}
