// The same trait implemented twice for one type.
trait Name {
    fn name(&self) -> String;
}

struct Cat;

impl Name for Cat {
    fn name(&self) -> String {
        String::from("cat")
    }
}

impl Name for Cat { //~ ERROR E0119
    fn name(&self) -> String {
        String::from("kitty")
    }
}

fn main() {}
