// match on integer, char, bool and &str literals, inclusive ranges, wildcards, exhaustive integer ranges.
fn size_class(n: u8) -> &'static str {
    match n {
        0 => "zero",
        1..=9 => "single digit",
        10..=99 => "two digits",
        100..=u8::MAX => "three digits",
    }
}

fn sign(n: i64) -> i8 {
    match n {
        i64::MIN..=-1 => -1,
        0 => 0,
        1..=i64::MAX => 1,
    }
}

fn char_kind(c: char) -> &'static str {
    match c {
        'a' | 'e' | 'i' | 'o' | 'u' => "vowel",
        'a'..='z' => "consonant",
        'A'..='Z' => "uppercase",
        '0'..='9' => "digit",
        ' ' | '\t' | '\n' => "whitespace",
        _ => "symbol",
    }
}

fn command(s: &str) -> u32 {
    match s {
        "start" => 1,
        "stop" => 2,
        "" => 0,
        _ => 99,
    }
}

fn bools(a: bool, b: bool) -> &'static str {
    match (a, b) {
        (true, true) => "both",
        (true, false) | (false, true) => "one",
        (false, false) => "neither",
    }
}

fn exclusive_range(n: i32) -> &'static str {
    match n {
        ..0 => "negative",
        0..10 => "below ten",
        10.. => "ten or more",
    }
}

fn main() {
    let nums = [0u8, 7, 10, 99, 100, 255];
    for i in 0..nums.len() {
        println!("{} -> {}", nums[i], size_class(nums[i]));
    }
    println!("signs: {} {} {}", sign(-99), sign(0), sign(i64::MAX));
    let chars = ['a', 'x', 'Q', '5', ' ', '!', 'u', '\n'];
    for i in 0..chars.len() {
        println!("{:?} -> {}", chars[i], char_kind(chars[i]));
    }
    let words = ["start", "stop", "", "jump"];
    for i in 0..words.len() {
        println!("{:?} -> {}", words[i], command(words[i]));
    }
    println!("{} {} {} {}", bools(true, true), bools(false, true), bools(true, false), bools(false, false));
    println!("{} {} {}", exclusive_range(-5), exclusive_range(9), exclusive_range(10));

    let x = 42;
    let msg = match x {
        n if n < 0 => "negative",
        0 => "zero",
        _ => "positive",
    };
    println!("42 is {}", msg);

    let f = 2.5f64;
    let bucket = match f as i32 {
        0 | 1 => "low",
        2..=3 => "mid",
        _ => "high",
    };
    println!("2.5 bucket = {}", bucket);

    let unit_match = match () {
        () => "unit matched",
    };
    println!("{}", unit_match);
}
