// Calling a generic function with a type that lacks the bound.
trait Describe {
    fn describe(&self) -> String;
}

fn show<T: Describe>(x: T) -> String {
    x.describe()
}

struct Plain;

fn main() {
    println!("{}", show(Plain)); //~ ERROR E0277
}
