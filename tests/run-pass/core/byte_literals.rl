// Byte literals `b'x'` (u8) and byte strings `b"…"` (&'static [u8; N]): escapes,
// raw forms, line continuations, ranges of byte literals in patterns.
fn classify(c: u8) -> &'static str {
    match c {
        b'a'..=b'z' => "lower",
        b'A'..=b'Z' => "upper",
        b'0'..=b'9' => "digit",
        b' ' | b'\t' | b'\n' => "space",
        _ => "other",
    }
}

fn main() {
    let s = b"abc";
    let t: &[u8] = b"Hi\n\t\\\0\'\"\x7f\xff";
    println!("{:?} {}", s, s.len());
    println!("{:?}", t);
    let raw = br"a\nb";
    let raw2 = br#"x"y"#;
    println!("{:?} {:?}", raw, raw2);
    let x = b'x';
    let y = b'\xff';
    let z = b'\'';
    println!("{} {} {}", x, y, z);
    for c in b"aZ5 \t?".iter() {
        println!("{} {}", c, classify(*c));
    }
    let arr: [u8; 3] = *b"xyz";
    println!("{:?}", arr);
    let mut v: Vec<u8> = Vec::new();
    v.extend_from_slice(b"hello");
    v.push(b'!');
    println!("{:?}", v);
    let multi = b"line one \
                  continued";
    println!("{}", multi.len());
    println!("{}", s == b"abc");
    println!("{}", s[1]);
}
