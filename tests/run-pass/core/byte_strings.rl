// Byte strings in consts and statics (typed &[u8] and &[u8; N]), as slices, iterated.
const GREETING: &[u8] = b"hey";
const FIXED: &[u8; 4] = b"\x00\x01\xfe\xff";
static TABLE: &[u8] = br"\d";
const FIRST: u8 = b'A';
const COPY: [u8; 2] = *b"ok";

fn count(hay: &[u8], needle: u8) -> usize {
    hay.iter().filter(|&&b| b == needle).count()
}

fn main() {
    println!("{:?} {:?} {:?} {} {:?}", GREETING, FIXED, TABLE, FIRST, COPY);
    println!("{}", count(b"banana", b'a'));
    let word = b"Zebra";
    let mut upper = 0;
    for &c in word {
        if let b'A'..=b'Z' = c {
            upper += 1;
        }
    }
    println!("{}", upper);
    let shifted: Vec<u8> = b"abc".iter().map(|c| c + 1).collect();
    println!("{:?}", shifted);
    let e: &[u8] = b"";
    println!("{:?} {}", e, e.is_empty());
    let sum: u32 = b"\x01\x02".iter().map(|&b| b as u32).sum();
    println!("{}", sum);
    println!("{}", b'\\' as char);
    let p = Packet { magic: *b"RL", tag: b'#', body: b"payload" };
    println!("{:?} {} {}", p.magic, p.tag as char, p.body.len());
    println!("{} {}", b"abc" < b"abd", b"same" == &[b's', b'a', b'm', b'e']);
}

struct Packet<'a> {
    magic: [u8; 2],
    tag: u8,
    body: &'a [u8],
}
