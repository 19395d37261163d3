// Moving out of a box frees the box without dropping the moved value twice.
struct Noisy(String);

impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

struct Pair {
    a: Noisy,
    b: Noisy,
}

enum Tree {
    Leaf(String),
    Node(Box<Tree>, Box<Tree>),
}

impl Tree {
    fn into_sum(self) -> usize {
        match self {
            Tree::Leaf(s) => s.len(),
            Tree::Node(l, r) => l.into_sum() + r.into_sum(),
        }
    }
}

impl Noisy {
    fn consume(self) -> usize {
        self.0.len()
    }
}

fn take_whole(b: Box<Noisy>) -> Noisy {
    *b
}

fn maybe_move(b: Box<Noisy>, c: bool) {
    if c {
        let n = *b;
        println!("moved {}", n.0);
    }
    println!("end of maybe_move {}", c);
}

fn main() {
    let b = Box::new(Noisy(String::from("one")));
    let v = *b;
    println!("got {}", v.0);

    let n = take_whole(Box::new(Noisy(String::from("two"))));
    println!("took {}", n.0);

    let c = Box::new(Noisy(String::from("three")));
    println!("len {}", (*c).consume());

    let p = Box::new(Pair { a: Noisy(String::from("pa")), b: Noisy(String::from("pb")) });
    let a = p.a;
    println!("partial {}", a.0);

    let t = Box::new(Tree::Node(Box::new(Tree::Leaf(String::from("ab"))), Box::new(Tree::Leaf(String::from("cde")))));
    match *t {
        Tree::Leaf(s) => println!("leaf {}", s),
        Tree::Node(l, r) => println!("sum {}", l.into_sum() + r.into_sum()),
    }

    maybe_move(Box::new(Noisy(String::from("four"))), true);
    maybe_move(Box::new(Noisy(String::from("five"))), false);

    let mut r = Box::new(Noisy(String::from("six")));
    let old = *r;
    *r = Noisy(String::from("seven"));
    println!("replaced {} with {}", old.0, r.0);
    println!("done");
}
