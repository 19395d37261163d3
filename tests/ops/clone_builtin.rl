// Clone without a library impl: references, fn pointers and items, closures of Copy captures.
fn twice<F: Fn(i32) -> i32 + Clone>(f: F) -> i32 {
    let g = f.clone();
    f(1) + g(2)
}

fn dup<T: Clone>(x: &T) -> (T, T) {
    (x.clone(), x.clone())
}

fn triple(x: i32) -> i32 {
    x * 3
}

fn main() {
    let k = 10;
    println!("{}", twice(move |x| x + k));
    let p: fn(i32) -> i32 = |x| x * 2;
    println!("{}", twice(p));
    println!("{}", twice(triple));
    let name = String::from("n");
    let by_ref = |x: i32| x + name.len() as i32;
    println!("{}", twice(by_ref));
    println!("{:?}", dup(&"str"));
    println!("{:?}", dup(&&5u8));
}
