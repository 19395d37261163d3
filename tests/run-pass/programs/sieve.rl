// Sieve of Eratosthenes over a fixed array, then statistics on the primes found.
const LIMIT: usize = 200;

fn sieve(is_prime: &mut [bool]) {
    for i in 0..is_prime.len() {
        is_prime[i] = i >= 2;
    }
    let mut p = 2;
    while p * p < is_prime.len() {
        if is_prime[p] {
            for multiple in (p * p..is_prime.len()).step_by(p) {
                is_prime[multiple] = false;
            }
        }
        p += 1;
    }
}

fn main() {
    let mut flags = [false; LIMIT];
    sieve(&mut flags);
    let mut count = 0;
    let mut largest_gap = 0;
    let mut gap_start = 0;
    let mut previous = 0;
    let mut twin_pairs = 0;
    for n in 0..LIMIT {
        if !flags[n] {
            continue;
        }
        count += 1;
        print!("{:>4}", n);
        if count % 10 == 0 {
            println!();
        }
        if previous != 0 {
            if n - previous > largest_gap {
                largest_gap = n - previous;
                gap_start = previous;
            }
            if n - previous == 2 {
                twin_pairs += 1;
            }
        }
        previous = n;
    }
    println!();
    println!("{} primes below {}", count, LIMIT);
    println!("largest gap {} after {}", largest_gap, gap_start);
    println!("{} twin prime pairs", twin_pairs);
    let mut last_digit = [0u32; 10];
    for n in 0..LIMIT {
        if flags[n] {
            last_digit[n % 10] += 1;
        }
    }
    for d in 0..10 {
        if last_digit[d] > 0 {
            println!("ending in {}: {}", d, last_digit[d]);
        }
    }
}
