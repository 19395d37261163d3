// write!/writeln! on a Formatter (format_args! as fmt::Arguments), nested {:#?}.
use std::fmt;
struct V(f64, f64);
impl fmt::Display for V {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "({:.2}, {:>5})", self.0, self.1)
    }
}
#[derive(Debug)]
struct W { v: Vec2, n: u8 }
#[derive(Debug)]
struct Vec2 { a: i32 }
impl fmt::Display for W {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(f, "W:");
        write!(f, "  {:?}", self.v)
    }
}
fn main() {
    println!("[{}]", V(1.0, 2.5));
    println!("{}", W { v: Vec2 { a: 3 }, n: 1 });
    println!("{:#?}", W { v: Vec2 { a: 3 }, n: 1 });
}
