struct Token {
    id: i32,
}

fn take(t: Token) -> i32 {
    t.id
}

fn pick(flag: bool) -> i32 {
    let x: i32;
    if flag {
        x = 1;
    } else {
        x = 2;
    }
    x
}

struct Counter {
    n: i32,
}

impl Counter {
    fn incr(&mut self) {
        self.n += 1;
    }
}

fn bump(c: &mut Counter) {
    c.incr();
    c.incr();
}

fn main() {
    let mut t = Token { id: 1 };
    let n = take(t);
    t = Token { id: n + 1 };
    let m = take(t);
    let mut v = Counter { n: 0 };
    bump(&mut v);
    let r = &mut v;
    bump(r);
    bump(r);
    let opt = Some(Token { id: 9 });
    let k = match opt {
        Some(tok) if tok.id > 100 => 0,
        Some(tok) => tok.id,
        None => -1,
    };
    println!("{} {} {} {}", m, v.n, k, pick(true));
}
