trait Speak {
    fn speak(&self) -> String;
}

struct Dog;
struct Stone;

impl Speak for Dog {
    fn speak(&self) -> String {
        String::from("woof")
    }
}

fn main() {
    let a: &dyn Speak = &Dog;
    let b: &dyn Speak = &Stone; //~ ERROR E0277
    println!("{} {}", a.speak(), b.speak());
}
