// The trait's method is generic; the impl's is not.
trait Store {
    fn put<T>(&mut self, value: T);
}

struct Sink;

impl Store for Sink {
    fn put(&mut self, value: i32) {} //~ ERROR E0049
}

fn main() {}
