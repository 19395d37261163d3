// bool, char and &str values: operators, comparisons, casts, Debug escapes.
fn describe(c: char) -> &'static str {
    if c.is_ascii_digit() {
        "digit"
    } else if c.is_alphabetic() {
        "letter"
    } else if c == ' ' {
        "space"
    } else {
        "other"
    }
}

fn main() {
    let t = true;
    let f = false;
    println!("t && f = {}, t || f = {}, !t = {}, t ^ f = {}", t && f, t || f, !t, t ^ f);
    println!("t & t = {}, f | f = {}", t & t, f | f);
    println!("t == f: {}, t != f: {}, f < t: {}", t == f, t != f, f < t);
    println!("true as i32 = {}, false as u8 = {}", t as i32, f as u8);

    let c = 'A';
    println!("c = {}, as u32 = {}, as u8 = {}", c, c as u32, c as u8);
    let next = (c as u8 + 2) as char;
    println!("c + 2 = {}", next);
    println!("'a' < 'b' = {}, 'Z' < 'a' = {}", 'a' < 'b', 'Z' < 'a');
    let heart = '\u{2764}';
    println!("heart = {} code {}", heart, heart as u32);
    println!("{:?} {:?} {:?} {:?} {:?}", 'x', '\n', '\'', '"', '\\');
    println!("{:?} {:?}", '\t', '\0');

    let sample = ['7', 'q', ' ', '#', 'Z', '0'];
    for i in 0..sample.len() {
        println!("{:?} is {}", sample[i], describe(sample[i]));
    }

    let s = "hello, world";
    println!("s = {}, len = {}", s, s.len());
    println!("{:?}", s);
    let multi = "line one\nline two\ttabbed";
    println!("{}", multi);
    println!("{:?}", multi);
    let quoted = "she said \"hi\" \\o/";
    println!("{}", quoted);
    println!("{:?}", quoted);
    let utf8 = "héllo";
    println!("{} has {} bytes", utf8, utf8.len());
    let empty = "";
    println!("empty: [{}] len {} {:?}", empty, empty.len(), empty);
    let raw = r"C:\path\no\escape";
    println!("{}", raw);
    println!("str equality: {} {}", s == "hello, world", s == "hello");
    let b = 0x41u8 as char;
    println!("0x41 as char = {}", b);
    println!("char from digit cast: {}", (b'0' + 7) as char);
    println!("byte literal b'z' = {}", b'z');
}
