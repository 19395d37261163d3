// while loops: counting, early break, continue, nested, and conditions with side-effect-free calls.
fn collatz_steps(mut n: u64) -> u32 {
    let mut steps = 0;
    while n != 1 {
        n = if n % 2 == 0 { n / 2 } else { 3 * n + 1 };
        steps += 1;
    }
    steps
}

fn digit_sum(mut n: u32) -> u32 {
    let mut s = 0;
    while n > 0 {
        s += n % 10;
        n /= 10;
    }
    s
}

fn main() {
    let mut i = 0;
    while i < 5 {
        print!("{} ", i);
        i += 1;
    }
    println!();

    let mut n = 1;
    while n < 1000 {
        n *= 3;
    }
    println!("first power of 3 >= 1000: {}", n);

    let mut k = 0;
    while k < 20 {
        k += 1;
        if k % 3 != 0 {
            continue;
        }
        if k > 15 {
            break;
        }
        print!("{} ", k);
    }
    println!("| stopped at {}", k);

    let starts = [1u64, 7, 27, 97, 871];
    let mut idx = 0;
    while idx < starts.len() {
        println!("collatz({}) takes {} steps", starts[idx], collatz_steps(starts[idx]));
        idx += 1;
    }

    let mut row = 1;
    while row <= 4 {
        let mut col = 1;
        while col <= 4 {
            print!("{:>3}", row * col);
            col += 1;
        }
        println!();
        row += 1;
    }

    let mut x = 987_654_321u32;
    while x >= 10 {
        x = digit_sum(x);
        println!("digit sum -> {}", x);
    }

    let mut never = false;
    while never {
        println!("unreachable body");
        never = false;
    }
    println!("done: never = {}", never);
}
