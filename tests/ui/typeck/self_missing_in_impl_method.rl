// The trait's method takes `&self`; the impl's does not.
trait Describe {
    fn describe(&self) -> String;
}

struct Cat;

impl Describe for Cat {
    fn describe() -> String { //~ ERROR E0186
        String::from("cat")
    }
}

fn main() {}
