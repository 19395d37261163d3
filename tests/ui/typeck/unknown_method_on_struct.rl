// A method that no impl block defines.
struct Stack {
    items: [i32; 4],
}

impl Stack {
    fn top(&self) -> i32 {
        self.items[0]
    }
}

fn main() {
    let s = Stack { items: [1, 2, 3, 4] };
    println!("{}", s.pop()); //~ ERROR E0599
}
