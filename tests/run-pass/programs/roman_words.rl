// Integer to Roman numerals and to English words, printing piece by piece (no String).
const VALUES: [u32; 13] = [1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1];
const SYMBOLS: [&str; 13] = ["M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"];
const ONES: [&str; 20] = [
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
    "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
];
const TENS: [&str; 10] = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];

fn print_roman(mut n: u32) {
    for i in 0..VALUES.len() {
        while n >= VALUES[i] {
            print!("{}", SYMBOLS[i]);
            n -= VALUES[i];
        }
    }
}

fn roman_value(c: char) -> u32 {
    match c {
        'I' => 1,
        'V' => 5,
        'X' => 10,
        'L' => 50,
        'C' => 100,
        'D' => 500,
        'M' => 1000,
        _ => 0,
    }
}

fn parse_roman(s: &[char]) -> i32 {
    let mut total = 0i32;
    for i in 0..s.len() {
        let v = roman_value(s[i]) as i32;
        if i + 1 < s.len() && v < roman_value(s[i + 1]) as i32 {
            total -= v;
        } else {
            total += v;
        }
    }
    total
}

fn print_below_thousand(n: u32) {
    let hundreds = n / 100;
    let rest = n % 100;
    if hundreds > 0 {
        print!("{} hundred", ONES[hundreds as usize]);
        if rest > 0 {
            print!(" and ");
        }
    }
    if rest > 0 || hundreds == 0 {
        if rest < 20 {
            print!("{}", ONES[rest as usize]);
        } else {
            print!("{}", TENS[(rest / 10) as usize]);
            if rest % 10 > 0 {
                print!("-{}", ONES[(rest % 10) as usize]);
            }
        }
    }
}

fn print_words(n: u32) {
    let thousands = n / 1000;
    let rest = n % 1000;
    if thousands > 0 {
        print_below_thousand(thousands);
        print!(" thousand");
        if rest > 0 {
            print!(" ");
        }
    }
    if rest > 0 || thousands == 0 {
        print_below_thousand(rest);
    }
}

fn main() {
    let samples = [1u32, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999, 0, 17, 101, 7_015, 999_999];
    for i in 0..samples.len() {
        let n = samples[i];
        print!("{:>6} ", n);
        if n > 0 && n < 4000 {
            print_roman(n);
        } else {
            print!("-");
        }
        print!(" | ");
        print_words(n);
        println!();
    }
    println!("MCMXCIV = {}", parse_roman(&['M', 'C', 'M', 'X', 'C', 'I', 'V']));
    println!("XLII = {}", parse_roman(&['X', 'L', 'I', 'I']));
    println!("MMMCMXCIX = {}", parse_roman(&['M', 'M', 'M', 'C', 'M', 'X', 'C', 'I', 'X']));
}
