// for over ranges: exclusive, inclusive, reversed, stepped, empty, with various integer types.
fn main() {
    for i in 0..5 {
        print!("{} ", i);
    }
    println!("<- 0..5");
    for i in 1..=5 {
        print!("{} ", i);
    }
    println!("<- 1..=5");
    for i in (0..5).rev() {
        print!("{} ", i);
    }
    println!("<- (0..5).rev()");
    for i in (1..=5).rev() {
        print!("{} ", i);
    }
    println!("<- (1..=5).rev()");
    for i in (0..20).step_by(3) {
        print!("{} ", i);
    }
    println!("<- (0..20).step_by(3)");
    for i in (0..=20).step_by(5) {
        print!("{} ", i);
    }
    println!("<- (0..=20).step_by(5)");
    for i in (-10i32..10).step_by(4) {
        print!("{} ", i);
    }
    println!("<- negative start step_by(4)");
    for i in (0..10).rev().step_by(3) {
        print!("{} ", i);
    }
    println!("<- (0..10).rev().step_by(3)");
    for i in -3..3 {
        print!("{} ", i);
    }
    println!("<- -3..3");
    for _ in 5..5 {
        print!("never ");
    }
    println!("<- empty 5..5");
    for _ in 5..2 {
        print!("never ");
    }
    println!("<- empty 5..2");
    for i in 5..=5 {
        print!("{} ", i);
    }
    println!("<- single 5..=5");
    for c in 250u8..=255 {
        print!("{} ", c);
    }
    println!("<- u8 up to MAX inclusive");
    for i in (i64::MAX - 2)..=i64::MAX {
        print!("{} ", i);
    }
    println!("<- i64 up to MAX");
    for c in 'a'..='e' {
        print!("{}", c);
    }
    println!(" <- char range");

    let lo = 3;
    let hi = lo * 3;
    let mut sum = 0;
    for i in lo..hi {
        sum += i;
    }
    println!("sum of {}..{} = {}", lo, hi, sum);

    let arr = [10, 20, 30, 40, 50];
    for i in (0..arr.len()).rev() {
        print!("{} ", arr[i]);
    }
    println!("<- array backwards");

    let mut triangle = 0u64;
    for n in 1..=100u64 {
        triangle += n;
    }
    println!("1 + ... + 100 = {}", triangle);

    for row in 1..=4 {
        for _ in 0..(4 - row) {
            print!(" ");
        }
        for _ in 0..(2 * row - 1) {
            print!("*");
        }
        println!();
    }
    let mut i = 100;
    for i in 0..2 {
        print!("loop i = {} ", i);
    }
    i += 1;
    println!("| outer i = {}", i);
}
