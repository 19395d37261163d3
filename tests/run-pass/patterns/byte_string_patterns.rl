// Byte string literal patterns: against `&[u8]` (typed as a slice, as rustc does) and
// `&[u8; N]`, in match arms, `if let`, tuples with guards.
fn kind(x: &[u8]) -> u32 {
    match x {
        b"GET" => 1,
        b"POST" => 2,
        b"" => 3,
        _ => 0,
    }
}
fn tag(t: &[u8; 2]) -> &'static str {
    match t {
        b"ok" => "fine",
        b"no" => "refused",
        _ => "?",
    }
}
fn main() {
    let a: &[u8; 3] = b"abc";
    match a { b"abc" => println!("yes"), _ => println!("no") }
    println!("{} {} {} {}", kind(b"GET"), kind(b"POST"), kind(b"PUT"), kind(b""));
    println!("{} {} {}", tag(b"ok"), tag(b"no"), tag(b"hm"));
    let words: Vec<&[u8]> = vec![b"GET", b"POS", b"POST"];
    for w in words {
        if let b"POST" = w {
            println!("post!");
        }
    }
    let pair = (b"xy", 3);
    match pair {
        (b"xy", n) if n > 2 => println!("xy big"),
        _ => println!("other"),
    }
}
