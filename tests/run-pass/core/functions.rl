// Free functions: parameters, returns, recursion, mutual recursion, early return.
fn add(a: i32, b: i32) -> i32 {
    a + b
}

fn factorial(n: u64) -> u64 {
    if n <= 1 { 1 } else { n * factorial(n - 1) }
}

fn fib(n: u32) -> u64 {
    if n < 2 {
        return n as u64;
    }
    fib(n - 1) + fib(n - 2)
}

fn is_even(n: u32) -> bool {
    if n == 0 { true } else { is_odd(n - 1) }
}

fn is_odd(n: u32) -> bool {
    if n == 0 { false } else { is_even(n - 1) }
}

fn gcd(a: u64, b: u64) -> u64 {
    if b == 0 { a } else { gcd(b, a % b) }
}

fn first_divisor(n: u32) -> u32 {
    let mut d = 2;
    while d * d <= n {
        if n % d == 0 {
            return d;
        }
        d += 1;
    }
    n
}

fn ackermann(m: u64, n: u64) -> u64 {
    if m == 0 {
        n + 1
    } else if n == 0 {
        ackermann(m - 1, 1)
    } else {
        ackermann(m - 1, ackermann(m, n - 1))
    }
}

fn returns_tuple(x: i32) -> (i32, i32, bool) {
    (x / 3, x % 3, x % 3 == 0)
}

fn no_return_value(label: &str, n: i32) {
    println!("{}: {}", label, n);
}

fn main() {
    println!("add(2, 3) = {}", add(2, 3));
    println!("add(-7, 3) = {}", add(-7, 3));
    for n in 0..=20 {
        if n % 5 == 0 {
            println!("{}! = {}", n, factorial(n));
        }
    }
    for n in (0..30).step_by(7) {
        println!("fib({}) = {}", n, fib(n));
    }
    println!("is_even(10) = {}, is_odd(10) = {}", is_even(10), is_odd(10));
    println!("is_even(7) = {}, is_odd(7) = {}", is_even(7), is_odd(7));
    println!("gcd(1071, 462) = {}", gcd(1071, 462));
    println!("gcd(17, 5) = {}", gcd(17, 5));
    let probes = [91u32, 97, 221, 1024, 7919];
    for i in 0..probes.len() {
        println!("first_divisor({}) = {}", probes[i], first_divisor(probes[i]));
    }
    println!("ackermann(2, 3) = {}", ackermann(2, 3));
    println!("ackermann(3, 3) = {}", ackermann(3, 3));
    let (q, r, exact) = returns_tuple(17);
    println!("17 / 3 -> q={} r={} exact={}", q, r, exact);
    let t = returns_tuple(18);
    println!("18 / 3 -> {:?}", t);
    no_return_value("label", 5);
}
