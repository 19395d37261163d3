// A small tier-1 program: functions, loops and formatted printing.

fn fib(n: u64) -> u64 {
    let mut a = 0;
    let mut b = 1;
    let mut i = 0;
    while i < n {
        let next = a + b;
        a = b;
        b = next;
        i += 1;
    }
    a
}

fn is_prime(n: u32) -> bool {
    if n < 2 {
        return false;
    }
    let mut d = 2;
    while d * d <= n {
        if n % d == 0 {
            return false;
        }
        d += 1;
    }
    true
}

fn main() {
    println!("Hello from rustlet!");
    for n in 0..10 {
        println!("fib({:>2}) = {:<4}|  {:#06x}", n, fib(n), fib(n));
    }
    let mut primes = 0;
    for n in 1..=100 {
        if is_prime(n) {
            primes += 1;
        }
    }
    println!("{} primes below 100", primes);
    let ratio = fib(40) as f64 / fib(39) as f64;
    println!("golden ratio ~ {:.6} ({:?})", ratio, ratio);
    let label = "done";
    println!("[{:^10}] [{:*<6}] [{:+}]", label, "ok", primes);
}
