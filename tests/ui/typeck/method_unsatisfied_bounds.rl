// A method that exists only in impls whose bounds fail is E0599 "exists … but its
// trait bounds were not satisfied" (rustc's wording), not E0277 and not "no method":
// an inherent impl's where-clause (`K: Hash` of HashMap's `insert`), a user impl's
// several bounds, and a trait impl's bound (reported with the goal that needs it:
// `Foo: Clone` which is required by `Vec<Foo>: Clone`).
use std::collections::HashMap;
use std::fmt::Display;

#[derive(PartialEq, Eq)]
struct Cell {
    row: i32,
}

struct Foo;

struct W<T> {
    t: T,
}

impl<T: Display + Clone> W<T> {
    fn show(&self) -> String {
        format!("{}", self.t)
    }
}

trait Speak {
    fn speak(&self) -> u32;
}

impl<T: Clone> Speak for W<T> {
    fn speak(&self) -> u32 {
        1
    }
}

fn main() {
    let mut board: HashMap<Cell, char> = HashMap::new();
    board.insert(Cell { row: 0 }, 'X'); //~ ERROR E0599
    let w = W { t: Foo };
    w.show(); //~ ERROR E0599
    w.speak(); //~ ERROR E0599
    let foos: Vec<Foo> = Vec::new();
    let copy = foos.clone(); //~ ERROR E0599
    let ok = W { t: 5u8 };
    println!("{} {}", ok.show(), ok.speak());
}
