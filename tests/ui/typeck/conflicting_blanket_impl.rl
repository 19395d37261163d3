// A blanket impl and a specific impl of one trait overlap.
trait Describe {
    fn describe(&self) -> String;
}

impl<T: std::fmt::Debug> Describe for T {
    fn describe(&self) -> String {
        format!("{:?}", self)
    }
}

impl Describe for i32 { //~ ERROR E0119
    fn describe(&self) -> String {
        String::from("int")
    }
}

fn main() {}
