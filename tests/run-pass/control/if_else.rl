// if / else if / else chains, nested conditions, lazy && and || with side-free calls.
fn fizzbuzz(n: u32) -> &'static str {
    if n % 15 == 0 {
        "FizzBuzz"
    } else if n % 3 == 0 {
        "Fizz"
    } else if n % 5 == 0 {
        "Buzz"
    } else {
        ""
    }
}

fn is_leap(year: u32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

fn safe_ratio(a: i32, b: i32) -> i32 {
    if b != 0 && a / b > 2 { 1 } else { 0 }
}

fn grade(score: u32) -> char {
    if score >= 90 {
        'A'
    } else if score >= 80 {
        'B'
    } else if score >= 70 {
        'C'
    } else {
        'F'
    }
}

fn main() {
    for n in 1..=15 {
        let word = fizzbuzz(n);
        if word.len() == 0 {
            println!("{}", n);
        } else {
            println!("{}", word);
        }
    }
    let years = [1900u32, 2000, 2023, 2024, 2100];
    for i in 0..years.len() {
        println!("{} leap: {}", years[i], is_leap(years[i]));
    }
    println!("safe_ratio(9, 0) = {}", safe_ratio(9, 0));
    println!("safe_ratio(9, 2) = {}", safe_ratio(9, 2));
    println!("safe_ratio(9, 4) = {}", safe_ratio(9, 4));

    let scores = [95u32, 85, 75, 12, 90, 80, 70];
    for i in 0..scores.len() {
        print!("{}:{} ", scores[i], grade(scores[i]));
    }
    println!();

    let x = 7;
    if x > 5 {
        if x % 2 == 1 {
            println!("x is odd and greater than 5");
        } else {
            println!("x is even and greater than 5");
        }
    }
    let temperature = -3;
    let description = if temperature < 0 { "freezing" } else if temperature < 15 { "cold" } else { "warm" };
    println!("{} degrees is {}", temperature, description);
    let abs = if temperature < 0 { -temperature } else { temperature };
    println!("abs = {}", abs);
    let both = x > 0 && temperature > 0;
    let either = x > 0 || temperature > 0;
    println!("both = {}, either = {}", both, either);
}
