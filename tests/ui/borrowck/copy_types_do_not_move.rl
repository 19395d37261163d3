//@ run-pass
// `Copy` values stay usable after being passed by value.
#[derive(Clone, Copy, Debug)]
struct P {
    x: i32,
}

fn show(p: P) -> i32 {
    p.x
}

fn main() {
    let p = P { x: 4 };
    let q = p;
    println!("{} {:?} {:?}", show(p), p, q);
}
