// Reference patterns (&x), ref / ref mut bindings, matching through & and &mut.
struct Counter {
    name: &'static str,
    hits: u32,
}

enum Slot {
    Free,
    Used(u32),
}

fn sum_pairs(pairs: &[(i32, i32)]) -> i32 {
    let mut s = 0;
    for i in 0..pairs.len() {
        let &(a, b) = &pairs[i];
        s += a * b;
    }
    s
}

fn bump_all(slots: &mut [Slot]) {
    for i in 0..slots.len() {
        match &mut slots[i] {
            Slot::Used(n) => *n += 1,
            Slot::Free => {}
        }
    }
}

fn show(slots: &[Slot]) {
    for i in 0..slots.len() {
        match slots[i] {
            Slot::Free => print!("[free] "),
            Slot::Used(ref n) => print!("[{}] ", n),
        }
    }
    println!();
}

fn main() {
    let values = [1, 2, 3, 4];
    let r = &values[2];
    match r {
        &3 => println!("matched &3"),
        &other => println!("matched other {}", other),
    }
    let &copied = r;
    println!("copied = {}", copied);

    println!("sum_pairs = {}", sum_pairs(&[(1, 2), (3, 4), (5, 6)]));

    let mut c = Counter { name: "clicks", hits: 0 };
    {
        let Counter { ref name, ref mut hits } = c;
        *hits += 10;
        println!("{} via ref mut now {}", name, hits);
    }
    println!("counter after = {}", c.hits);

    let mut tuple = (1, 100);
    {
        let (ref mut first, ref second) = tuple;
        *first += *second;
    }
    println!("tuple after ref mut = {:?}", tuple);

    let mut slots = [Slot::Used(1), Slot::Free, Slot::Used(41), Slot::Free];
    show(&slots);
    bump_all(&mut slots);
    bump_all(&mut slots[2..]);
    show(&slots);

    match &c {
        Counter { hits: 0, .. } => println!("no hits"),
        Counter { name, hits } => println!("{} has {} hits", name, hits),
    }
    let cr = &mut c;
    match cr {
        Counter { hits, .. } if *hits > 5 => {
            *hits = 0;
            println!("reset through &mut match");
        }
        _ => println!("left alone"),
    }
    println!("hits = {}", c.hits);

    let opt = 5u8.checked_sub(2);
    match &opt {
        Some(v) => println!("inside a reference: {}", v),
        None => println!("none"),
    }
    let nested = &&7;
    let &&seven = nested;
    println!("double reference pattern: {}", seven);
    let x = 5;
    match x {
        ref r => println!("ref binding to {}", r),
    }
}
