// A closure borrowing a local, coerced to `Box<dyn Fn>` (implicitly `+ 'static`) and
// passed on: rustc reports E0597 at the captured variable, blaming the coercion.
struct Registry {
    handlers: Vec<Box<dyn Fn(i32) -> i32>>,
}

impl Registry {
    fn add(&mut self, f: Box<dyn Fn(i32) -> i32>) {
        self.handlers.push(f);
    }
}

fn main() {
    let mut reg = Registry { handlers: Vec::new() };
    let offset = 10;
    reg.add(Box::new(|x| x + offset)); //~ ERROR E0597
    println!("{}", (reg.handlers[0])(1));
}
