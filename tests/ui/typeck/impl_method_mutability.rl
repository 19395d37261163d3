// `&mut self` in the impl where the trait says `&self`.
trait Peek {
    fn peek(&self) -> i32;
}

struct Stack {
    top: i32,
}

impl Peek for Stack {
    fn peek(&mut self) -> i32 { //~ ERROR E0053
        self.top
    }
}

fn main() {}
