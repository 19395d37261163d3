// An impl of a trait may only define the trait's items.
trait Greet {
    fn hello(&self) -> String;
}

struct En;

impl Greet for En {
    fn hello(&self) -> String {
        String::from("hello")
    }
    fn bye(&self) -> String { //~ ERROR E0407
        String::from("bye")
    }
}

fn main() {
    println!("{}", En.hello());
}
