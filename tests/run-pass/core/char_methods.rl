// char methods: classification, case conversion, digits in bases, and char arithmetic via u8/u32.
fn main() {
    let sample = ['a', 'Z', '7', ' ', '_', 'é', 'ß', '\n', 'F', '!'];
    for i in 0..sample.len() {
        let c = sample[i];
        println!(
            "{:?}: alpha={} alnum={} digit={} ascii_digit={} ws={} upper={} lower={} ascii={}",
            c,
            c.is_alphabetic(),
            c.is_alphanumeric(),
            c.is_numeric(),
            c.is_ascii_digit(),
            c.is_whitespace(),
            c.is_uppercase(),
            c.is_lowercase(),
            c.is_ascii()
        );
    }
    println!("to_ascii_uppercase: {} {} {}", 'q'.to_ascii_uppercase(), 'Q'.to_ascii_uppercase(), '3'.to_ascii_uppercase());
    println!("to_ascii_lowercase: {} {}", 'M'.to_ascii_lowercase(), 'é'.to_ascii_lowercase());
    println!("is_ascii_alphabetic: {} {}", 'k'.is_ascii_alphabetic(), 'é'.is_ascii_alphabetic());
    println!("is_ascii_punctuation: {} {}", '?'.is_ascii_punctuation(), 'a'.is_ascii_punctuation());
    println!("is_ascii_hexdigit: {} {}", 'f'.is_ascii_hexdigit(), 'g'.is_ascii_hexdigit());
    println!("to_digit(10): {:?} {:?} {:?}", '7'.to_digit(10), 'a'.to_digit(10), ' '.to_digit(10));
    println!("to_digit(16): {:?} {:?} {:?}", 'a'.to_digit(16), 'F'.to_digit(16), 'g'.to_digit(16));
    println!("to_digit(36): {:?} {:?}", 'z'.to_digit(36), 'Z'.to_digit(36));
    println!("to_digit(2): {:?} {:?}", '1'.to_digit(2), '2'.to_digit(2));
    println!("from_digit: {:?} {:?} {:?}", char::from_digit(7, 10), char::from_digit(11, 16), char::from_digit(10, 10));
    println!("from_u32: {:?} {:?}", char::from_u32(0x41), char::from_u32(0xD800));
    println!("len_utf8: {} {} {} {}", 'a'.len_utf8(), 'é'.len_utf8(), '€'.len_utf8(), '😀'.len_utf8());
    println!("eq_ignore_ascii_case: {}", 'a'.eq_ignore_ascii_case(&'A'));
    println!("char::MAX as u32 = {:#x}", char::MAX as u32);

    let word = ['h', 'e', 'l', 'l', 'o', ',', ' ', 'w', 'o', 'r', 'l', 'd'];
    for i in 0..word.len() {
        print!("{}", word[i].to_ascii_uppercase());
    }
    println!();

    let mut digits_total = 0;
    let text = ['4', 'x', '2', '-', '9'];
    for i in 0..text.len() {
        if let Some(d) = text[i].to_digit(10) {
            digits_total += d;
        }
    }
    println!("sum of digits = {}", digits_total);

    let mut rot13 = ['N', 'o', 'w', ' ', 'y', 'o', 'u', ' ', 's', 'e', 'e'];
    for i in 0..rot13.len() {
        let c = rot13[i];
        rot13[i] = if c.is_ascii_lowercase() {
            ((c as u8 - b'a' + 13) % 26 + b'a') as char
        } else if c.is_ascii_uppercase() {
            ((c as u8 - b'A' + 13) % 26 + b'A') as char
        } else {
            c
        };
    }
    for i in 0..rot13.len() {
        print!("{}", rot13[i]);
    }
    println!();
}
