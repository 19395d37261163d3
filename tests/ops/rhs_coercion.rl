// The right operand is coerced to the Rhs of the left type's only impl (&String → &str).
use std::ops::Add;

#[derive(Debug, Clone, Copy, PartialEq)]
struct Cents(i64);

impl<'a> Add<&'a Cents> for Cents {
    type Output = Cents;
    fn add(self, other: &Cents) -> Cents {
        Cents(self.0 + other.0)
    }
}

fn main() {
    let a = String::from("ab");
    let b = String::from("cd");
    let mut acc = String::new();
    acc += &a;
    acc += &b.to_string();
    let c = a + &b;
    println!("{} {}", acc, c);
    let boxed = Box::new(Cents(5));
    println!("{:?}", Cents(1) + &boxed);
}
