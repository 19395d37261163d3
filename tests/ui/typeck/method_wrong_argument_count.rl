// A method called with one argument too many.
struct Acc {
    total: i32,
}

impl Acc {
    fn add(&mut self, x: i32) {
        self.total += x;
    }
}

fn main() {
    let mut a = Acc { total: 0 };
    a.add(1, 2); //~ ERROR E0061
    println!("{}", a.total);
}
