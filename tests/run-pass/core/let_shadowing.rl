// Bindings: let, let mut, shadowing across types and scopes.
fn main() {
    let x = 5;
    println!("x = {}", x);
    let x = x * 2;
    println!("shadowed x = {}", x);
    {
        let x = "inner";
        println!("inner x = {}", x);
        let x = x.len();
        println!("inner x len = {}", x);
    }
    println!("outer x again = {}", x);

    let mut counter = 0u32;
    counter += 3;
    counter *= 4;
    counter -= 2;
    println!("counter = {}", counter);

    let (a, b) = (1, 2);
    let (a, b) = (b, a);
    println!("swapped: a={} b={}", a, b);

    let mut total: i64 = 0;
    let mut step = 1;
    while step <= 5 {
        let step_sq = step * step;
        total += step_sq;
        step += 1;
    }
    println!("sum of squares 1..=5 = {}", total);

    let late;
    if total > 50 {
        late = "big";
    } else {
        late = "small";
    }
    println!("late-initialised: {}", late);

    let value = 7u8;
    let value = value as i32 - 10;
    let value = value as f64 / 2.0;
    println!("value through types: {}", value);

    let _unused = 99;
    let flag = true;
    let flag = !flag;
    println!("flag = {}", flag);

    let mut a = 10;
    let mut b = 20;
    std::mem::swap(&mut a, &mut b);
    println!("mem::swap: a={} b={}", a, b);
}
