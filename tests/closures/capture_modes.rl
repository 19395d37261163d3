// Capture by reference, by mutable reference and by value; Fn / FnMut / FnOnce
// closures passed to generic functions; 2021 disjoint field captures.
struct Counter {
    hits: u32,
    label: String,
}

fn call_fn<F: Fn(i32) -> i32>(f: F, x: i32) -> i32 {
    f(x) + f(x)
}

fn call_mut<F>(mut f: F)
where
    F: FnMut(),
{
    f();
    f();
    f();
}

fn call_once<F: FnOnce() -> String>(f: F) -> String {
    f()
}

fn main() {
    let base = 10;
    let add = |x| x + base;
    println!("{} {}", add(1), call_fn(add, 5));

    let mut total = 0;
    call_mut(|| total += 2);
    println!("total {}", total);

    let name = String::from("closure");
    let shout = move || {
        let mut s = name;
        s.push('!');
        s
    };
    println!("{}", call_once(shout));

    let mut c = Counter { hits: 0, label: String::from("c") };
    let label = &c.label;
    let mut bump = || c.hits += 1;
    bump();
    bump();
    println!("{} {}", label, c.hits);

    let v = vec![1, 2, 3];
    let sum_v = || v.iter().sum::<i32>();
    println!("{} {}", sum_v(), v.len());

    let mut log: Vec<String> = Vec::new();
    let mut record = |s: &str| log.push(s.to_string());
    record("a");
    record("b");
    println!("{}", log.len());
}
