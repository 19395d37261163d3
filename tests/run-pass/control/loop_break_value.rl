// `loop` as an expression: break with a value, nested loops, loop with return.
fn first_square_above(limit: u32) -> u32 {
    let mut n = 0;
    loop {
        n += 1;
        if n * n > limit {
            break n * n;
        }
    }
}

fn find_pair(target: i32) -> (i32, i32) {
    let mut a = 1;
    loop {
        let mut b = a;
        while b < 50 {
            if a * b == target {
                return (a, b);
            }
            b += 1;
        }
        a += 1;
        if a > 50 {
            return (-1, -1);
        }
    }
}

fn main() {
    let mut counter = 0;
    let result = loop {
        counter += 1;
        if counter == 10 {
            break counter * 2;
        }
    };
    println!("result = {}", result);

    println!("first square above 50: {}", first_square_above(50));
    println!("first square above 1000: {}", first_square_above(1000));
    println!("find_pair(91) = {:?}", find_pair(91));
    println!("find_pair(97) = {:?}", find_pair(97));
    println!("find_pair(10007) = {:?}", find_pair(10007));

    let mut a = 0u64;
    let mut b = 1u64;
    let fib_over = loop {
        let next = a + b;
        a = b;
        b = next;
        if b > 1_000_000 {
            break (a, b);
        }
    };
    println!("consecutive fibs around a million: {:?}", fib_over);

    let mut tries = 0;
    let unit = loop {
        tries += 1;
        if tries > 3 {
            break;
        }
    };
    println!("plain break gives {:?} after {} tries", unit, tries);

    let mut seed = 17u32;
    let found = loop {
        seed = seed * 31 % 1009;
        if seed % 100 == 7 {
            break seed;
        }
    };
    println!("found = {}", found);

    let label = loop {
        if found > 500 {
            break "big";
        }
        break "small";
    };
    println!("label = {}", label);

    let mut outer_count = 0;
    let total = loop {
        outer_count += 1;
        let inner = loop {
            break outer_count * 10;
        };
        if inner >= 40 {
            break inner + outer_count;
        }
    };
    println!("nested loop result = {}", total);
}
