// Closures returned as `impl Fn` and `Box<dyn Fn>`, stored in vectors, called through
// `&dyn Fn` and `&mut dyn FnMut`; fn items and non-capturing closures as fn pointers.
fn make_adder(n: i32) -> impl Fn(i32) -> i32 {
    move |x| x + n
}

fn make_scaler(k: i32) -> Box<dyn Fn(i32) -> i32> {
    Box::new(move |x| x * k)
}

fn compose<A, B, C>(f: impl Fn(A) -> B, g: impl Fn(B) -> C) -> impl Fn(A) -> C {
    move |x| g(f(x))
}

fn twice(f: &dyn Fn(i32) -> i32, x: i32) -> i32 {
    f(f(x))
}

fn feed(sink: &mut dyn FnMut(i32)) {
    for i in 1..4 {
        sink(i);
    }
}

fn double(x: i32) -> i32 {
    x * 2
}

fn apply<F: Fn(i32) -> i32>(f: F, x: i32) -> i32 {
    f(x)
}

fn main() {
    let add3 = make_adder(3);
    println!("{}", add3(4));
    let ops: Vec<Box<dyn Fn(i32) -> i32>> = vec![Box::new(|x| x - 1), make_scaler(10), Box::new(make_adder(100))];
    for op in ops.iter() {
        print!("{} ", op(5));
    }
    println!();
    let inc_then_square = compose(|x: i32| x + 1, |y: i32| y * y);
    println!("{}", inc_then_square(4));
    println!("{}", twice(&add3, 1));
    let mut seen = Vec::new();
    let mut push = |i| seen.push(i * i);
    feed(&mut push);
    println!("{:?}", seen);
    let p: fn(i32) -> i32 = |x| x + 7;
    println!("{} {} {}", p(1), apply(double, 21), apply(p, 0));
}
