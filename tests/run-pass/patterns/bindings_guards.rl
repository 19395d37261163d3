// Bindings with `x @ pat`, guards, or-patterns, and binding modes in match arms.
fn classify(n: i32) -> &'static str {
    match n {
        x if x % 2 == 0 && x > 100 => "big even",
        x if x % 2 == 0 => "even",
        1 | 3 | 5 | 7 | 9 => "small odd",
        _ => "other odd",
    }
}

fn age_group(age: u32) -> (u32, &'static str) {
    match age {
        a @ 0..=12 => (a, "child"),
        a @ 13..=19 => (a, "teen"),
        a @ (20 | 30 | 40 | 50) => (a, "round adult"),
        a => (a, "adult"),
    }
}

fn describe(pair: (i32, i32)) -> &'static str {
    match pair {
        (0, 0) => "origin",
        (x, 0) | (0, x) if x > 0 => "positive axis",
        (_, 0) | (0, _) => "negative axis",
        (x, y) if x == y => "diagonal",
        (x, y) if x == -y => "anti-diagonal",
        _ => "elsewhere",
    }
}

fn main() {
    let nums = [102, 8, 3, 11, -4, 9];
    for i in 0..nums.len() {
        println!("{} is {}", nums[i], classify(nums[i]));
    }
    let ages = [5u32, 13, 19, 30, 31];
    for i in 0..ages.len() {
        let (a, g) = age_group(ages[i]);
        println!("age {} -> {}", a, g);
    }
    let points = [(0, 0), (3, 0), (0, 7), (-2, 0), (0, -1), (4, 4), (5, -5), (1, 2)];
    for i in 0..points.len() {
        println!("{:?} -> {}", points[i], describe(points[i]));
    }

    let msg_id = 7;
    match msg_id {
        id @ 3..=7 => println!("found an id in range: {}", id),
        id @ 10..=12 => println!("found an id in another range: {}", id),
        id => println!("found some other id: {}", id),
    }

    let value = 15u8;
    let label = match value {
        small @ 0..=9 => small as u32 * 100,
        big @ (10..=19 | 200..=255) => big as u32 + 1000,
        _ => 0,
    };
    println!("label = {}", label);

    let guard_uses_outer = 5;
    for n in 3..8 {
        let r = match n {
            m if m == guard_uses_outer => "matches outer",
            m if m < guard_uses_outer => "below outer",
            _ => "above outer",
        };
        println!("{}: {}", n, r);
    }
}
