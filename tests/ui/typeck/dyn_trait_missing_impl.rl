// A `&dyn Trait` needs a type that implements the trait.
trait Speak {
    fn speak(&self) -> String;
}

struct Rock;

fn main() {
    let r = Rock;
    let s: &dyn Speak = &r; //~ ERROR E0277
}
