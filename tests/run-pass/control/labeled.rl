// Labeled break and continue across nested loops of every kind.
fn main() {
    'outer: for i in 0..5 {
        for j in 0..5 {
            if j > i {
                continue 'outer;
            }
            if i + j == 6 {
                break 'outer;
            }
            print!("({},{}) ", i, j);
        }
    }
    println!();

    let mut count = 0;
    'rows: while count < 100 {
        count += 1;
        let mut k = 0;
        loop {
            k += 1;
            if k == 3 {
                continue 'rows;
            }
            if count == 4 {
                break 'rows;
            }
        }
    }
    println!("count stopped at {}", count);

    let found = 'search: loop {
        for a in 1..20 {
            for b in a..20 {
                let c2 = a * a + b * b;
                let mut c = 1;
                while c * c < c2 {
                    c += 1;
                }
                if c * c == c2 && c > 15 {
                    break 'search (a, b, c);
                }
            }
        }
        break (0, 0, 0);
    };
    println!("first triple with c > 15: {:?}", found);

    let mut primes_found = 0;
    'candidates: for n in 2..60 {
        let mut d = 2;
        while d * d <= n {
            if n % d == 0 {
                continue 'candidates;
            }
            d += 1;
        }
        primes_found += 1;
        print!("{} ", n);
    }
    println!("\n{} primes below 60", primes_found);

    let grid = [[1, 2, 3], [4, -5, 6], [7, 8, -9]];
    let mut first_negative = (9, 9);
    'scan: for r in 0..3 {
        for c in 0..3 {
            if grid[r][c] < 0 {
                first_negative = (r, c);
                break 'scan;
            }
        }
    }
    println!("first negative at {:?}", first_negative);

    let value = 'block: {
        if grid[0][0] == 1 {
            break 'block "starts with one";
        }
        "does not start with one"
    };
    println!("{}", value);

    let mut skipped = 0;
    'a: for x in 0..4 {
        'b: for y in 0..4 {
            'c: for z in 0..4 {
                if z == 1 {
                    continue 'b;
                }
                if y == 2 {
                    continue 'a;
                }
                if x == 3 {
                    break 'c;
                }
                skipped += 1;
            }
        }
    }
    println!("innermost bodies run: {}", skipped);

    let mut n = 0u32;
    'count: while n < 30 {
        n += 1;
        let mut d = 2;
        while d < n {
            if n % d == 0 {
                continue 'count;
            }
            d += 1;
        }
        if n > 20 {
            println!("first prime above 20: {}", n);
            break 'count;
        }
    }
    for round in 1..=3 {
        let stop_at = 'inner: loop {
            for k in 1..10 {
                if k * round >= 6 {
                    break 'inner k;
                }
            }
            break 0;
        };
        println!("round {}: stopped at k = {}", round, stop_at);
    }
}
