// A non-generic trait given a generic argument.
trait Speak {
    fn speak(&self) -> String;
}

struct Dog;

impl Speak<i32> for Dog { //~ ERROR E0107
    fn speak(&self) -> String {
        String::from("woof")
    }
}

fn main() {}
