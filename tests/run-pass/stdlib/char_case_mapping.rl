// char::to_uppercase / to_lowercase as iterators (Iterator, DoubleEndedIterator,
// ExactSizeIterator, Display, Debug, Clone), str case conversion with the final sigma,
// and the char ASCII helpers.
fn capitalize(word: &str) -> String {
    let mut cs = word.chars();
    match cs.next() {
        Some(first) => first.to_uppercase().collect::<String>() + cs.as_str(),
        None => String::new(),
    }
}

fn main() {
    println!("{} {} {}", capitalize("hello"), capitalize("ßtraße"), capitalize(""));
    println!("{:?}", 'ß'.to_uppercase());
    println!("{:?}", 'a'.to_uppercase());
    println!("{}", 'ß'.to_uppercase());
    let mut it = 'ß'.to_uppercase();
    it.next();
    println!("{:?} {} {:?}", it, it.len(), it.size_hint());
    println!("{:?}", 'İ'.to_lowercase());
    println!("[{:>5}]", 'a'.to_uppercase());
    println!("{:?}", 'ﬃ'.to_uppercase().rev().collect::<Vec<char>>());
    let up = 'x'.to_uppercase();
    let copy = up.clone();
    println!("{} {} {}", up.count(), copy, 'Q'.to_lowercase().to_string());
    println!("{}", "ὈΔΥΣΣΕΎΣ".to_lowercase());
    println!("{}", "ΣΑΣ Σ ΑΣ. ΑΣ'Α".to_lowercase());
    println!("{}", "Hello, Wörld! ǅ".to_uppercase());
    println!("{}", "Hello, Wörld! ǅ".to_lowercase());
    let mut c = 'q';
    c.make_ascii_uppercase();
    println!("{} {}", c, '𝄞'.len_utf16());
    for &ch in ['a', 'Z', '5', ' ', 'é', '\n', '!'].iter() {
        println!("{:?}: {} {} {} {} {} {} {}", ch, ch.is_alphabetic(), ch.is_numeric(), ch.is_alphanumeric(),
                 ch.is_whitespace(), ch.is_uppercase(), ch.is_lowercase(), ch.is_ascii_punctuation());
    }
}
