// str splitting and searching from both ends (rsplit, rsplitn, rsplit_terminator,
// split_inclusive, match_indices, lines), patterns, and get with ranges.
fn main() {
    println!("{:?}", "a\nb\r".lines().collect::<Vec<_>>());
    println!("{:?}", "a\r\nb\r\n\n".lines().rev().collect::<Vec<_>>());
    println!("{:?}", "ab".rsplit("").collect::<Vec<_>>());
    println!("{:?}", "aaa".rsplit("aa").collect::<Vec<_>>());
    println!("{:?}", "a,b,,c,".rsplit_terminator(',').collect::<Vec<_>>());
    println!("{:?}", "a,b,,c,".split_terminator(',').rev().collect::<Vec<_>>());
    println!("{:?}", "a,b,c".rsplitn(2, ',').collect::<Vec<_>>());
    println!("{:?}", "a\nb\n".split_inclusive('\n').collect::<Vec<_>>());
    println!("{:?}", "ab".match_indices("").collect::<Vec<_>>());
    println!("{:?}", "éaé".match_indices("").collect::<Vec<_>>());
    println!("{:?}", "éaé".matches("").count());
    println!("{:?}", "abab".rmatch_indices("ab").collect::<Vec<_>>());
    println!("{:?}", " a  b ".split_whitespace().rev().collect::<Vec<_>>());
    println!("{:?}", " a  b ".split(' ').rev().collect::<Vec<_>>());
    patterns();
    get_ranges();
}

// Closure, fn-item and char-array patterns; rsplit_once, rfind, split_ascii_whitespace.
fn patterns() {
    let s = "Hello, World";
    println!("{:?}", s.find(char::is_whitespace));
    println!("{:?}", s.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).collect::<Vec<_>>());
    println!("{:?}", s.trim_matches(|c| c == 'H' || c == 'd'));
    println!("{:?} {:?}", "hello".contains(['x', 'e']), "a-b_c".split(&['-', '_']).collect::<Vec<_>>());
    println!("{:?}", "a-b_c".split(&['-', '_'][..]).collect::<Vec<_>>());
    println!("{:?} {:?}", s.rsplit_once('o'), s.rsplit_once("xyz"));
    println!("{:?} {:?} {:?}", s.rfind('o'), s.rfind("l"), "aaa".rfind("aa"));
    println!("{:?}", "a\u{A0}b c".split_ascii_whitespace().collect::<Vec<_>>());
    println!("{:?}", "a\u{A0}b c".split_whitespace().collect::<Vec<_>>());
    println!("{:?}", "k=v=w".splitn(2, '=').collect::<Vec<_>>());
    println!("{:?}", "k=v=w".splitn(0, '=').collect::<Vec<_>>());
    println!("{:?}", "k=v=w".rsplitn(5, '=').collect::<Vec<_>>());
    println!("{:?}", "a,b".rmatches(char::is_alphabetic).collect::<Vec<_>>());
    println!("{:?} {:?}", "banana".matches("an").collect::<Vec<_>>(), "banana".match_indices('a').rev().collect::<Vec<_>>());
    println!("{:?}", "".split_inclusive('x').collect::<Vec<_>>());
    println!("{:?}", "ab\ncd".split_inclusive('\n').rev().collect::<Vec<_>>());
    println!("{:?}", "".lines().count());
}

// Checked indexing of slices and strings.
fn get_ranges() {
    let v = vec![10, 20, 30, 40];
    println!("{:?} {:?} {:?}", v.get(0), v.get(9), v.get(1..3));
    println!("{:?} {:?} {:?} {:?}", v.get(2..), v.get(..=1), v.get(3..2), v.get(..));
    let mut w = vec![1, 2, 3];
    if let Some(x) = w.get_mut(1) {
        *x = 7;
    }
    if let Some(s) = w.get_mut(..2) {
        s[0] = 9;
    }
    println!("{:?}", w);
    let s = "héllo";
    println!("{:?} {:?} {:?} {:?} {:?}", s.get(0..1), s.get(0..2), s.get(1..), s.get(..=2), s.get(4..99));
    let mut owned = String::from("abc");
    if let Some(part) = owned.get_mut(1..) {
        part.make_ascii_uppercase();
    }
    println!("{}", owned);
}
