struct Token {
    id: i32,
}

struct Pair {
    a: Token,
    b: Token,
}

fn take(t: Token) -> i32 {
    t.id
}

fn main() {
    let t = Token { id: 1 };
    let u = t;
    println!("{}", t.id); //~ ERROR E0382
    let p = Pair { a: Token { id: 2 }, b: Token { id: 3 } };
    let a = p.a;
    let r = &p; //~ ERROR E0382
    let c = Token { id: 4 };
    for _ in 0..2 {
        take(c); //~ ERROR E0382
    }
    println!("{} {}", u.id, a.id);
}
