// An associated function the trait does not declare.
trait Animal {
    fn name(&self) -> String;
}

struct Dog;

impl Animal for Dog {
    fn name(&self) -> String {
        String::from("dog")
    }

    fn bark(&self) {} //~ ERROR E0407
}

fn main() {}
