// if let, if let ... else, while let, and let-else with user enums and checked arithmetic.
enum Stack {
    Empty,
    Top(i32, usize),
}

enum Parse {
    Digit(u32),
    Letter(char),
    Junk,
}

fn peek(items: &[i32], len: usize) -> Stack {
    if len == 0 { Stack::Empty } else { Stack::Top(items[len - 1], len - 1) }
}

fn parse(c: char) -> Parse {
    if let Some(d) = c.to_digit(10) {
        Parse::Digit(d)
    } else if c.is_alphabetic() {
        Parse::Letter(c)
    } else {
        Parse::Junk
    }
}

fn digit_value(c: char) -> u32 {
    let Parse::Digit(d) = parse(c) else {
        return 0;
    };
    d * 10
}

fn halve_even(n: i32) -> i32 {
    let 0 = n % 2 else { return -1 };
    n / 2
}

fn main() {
    let items = [5, 8, 13, 21];
    let mut len = items.len();
    while let Stack::Top(value, rest) = peek(&items, len) {
        println!("popped {} ({} left)", value, rest);
        len = rest;
    }
    if let Stack::Empty = peek(&items, len) {
        println!("stack is empty");
    }

    let input = ['4', 'x', '?', '9', 'B'];
    for i in 0..input.len() {
        if let Parse::Digit(d) = parse(input[i]) {
            println!("{:?}: digit {}", input[i], d);
        } else if let Parse::Letter(c) = parse(input[i]) {
            println!("{:?}: letter, upper {}", input[i], c.to_ascii_uppercase());
        } else {
            println!("{:?}: junk", input[i]);
        }
    }
    println!("digit_value('7') = {}, digit_value('k') = {}", digit_value('7'), digit_value('k'));
    println!("halve_even(10) = {}, halve_even(7) = {}", halve_even(10), halve_even(7));

    let mut n = 1u8;
    while let Some(next) = n.checked_mul(3) {
        n = next;
        print!("{} ", n);
    }
    println!("<- powers of 3 that fit in u8");

    let mut countdown = 5i32;
    while let 1..=5 = countdown {
        print!("{}.. ", countdown);
        countdown -= 1;
    }
    println!("liftoff");

    let pair = (3, -3);
    if let (3, y) = pair {
        println!("tuple if let: {}", y);
    }
    if let (a, 0) | (0, a) = (0, 9) {
        println!("or-pattern in if let: {}", a);
    }
    let maybe = 250u8.checked_add(10);
    if let Some(v) = maybe {
        println!("fits: {}", v);
    } else {
        println!("250 + 10 overflows u8");
    }
    let Some(big) = 250u32.checked_add(10) else {
        println!("unreachable");
        return;
    };
    println!("as u32 it is {}", big);
}
