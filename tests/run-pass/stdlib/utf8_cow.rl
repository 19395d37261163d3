// std::str::from_utf8, String::from_utf8 / from_utf8_lossy, Utf8Error and
// FromUtf8Error (Debug, Display, accessors), ToOwned, and the Cow they return.
fn show(bytes: &[u8]) {
    match std::str::from_utf8(bytes) {
        Ok(s) => println!("ok {:?}", s),
        Err(e) => println!("err {:?} / {} / {} {:?}", e, e, e.valid_up_to(), e.error_len()),
    }
}

fn main() {
    show(b"hello");
    show("héllo wörld €𝄞".as_bytes());
    show(&[0x66, 0x6f, 0x80, 0x6f]);
    show(&[0x61, 0xC3]);
    show(&[0x61, 0xE2, 0x82]);
    show(&[0x61, 0xE2, 0x41, 0x41]);
    show(&[0x61, 0xE2, 0x82, 0x41]);
    show(&[0xF0, 0x9D, 0x84, 0x41]);
    show(&[0xED, 0xA0, 0x80]);
    show(&[0xC0, 0xAF]);
    show(&[0xF4, 0x90, 0x80, 0x80]);
    show(&[0xFF]);
    let bytes = vec![b'o', b'k', 0xC3, 0xA9];
    let s = String::from_utf8(bytes).unwrap();
    println!("{} {}", s, s.len());
    let bad = String::from_utf8(vec![b'a', 0xFF, b'b']);
    match bad {
        Ok(_) => println!("unexpected"),
        Err(e) => {
            println!("{:?}", e);
            println!("{}", e);
            println!("{:?} {:?}", e.as_bytes(), e.utf8_error());
            println!("{:?}", e.into_bytes());
        }
    }
    let raw = [b'a', 0xFF, b'b', 0xE2, 0x82, b'c', 0xE2];
    let lossy = String::from_utf8_lossy(&raw);
    println!("{:?} {} {}", lossy, lossy, lossy.len());
    let clean = String::from_utf8_lossy(b"clean");
    println!("{:?} {} {}", clean, clean == "clean", clean.to_uppercase());
    let owned: String = clean.into_owned();
    println!("{}", owned);
    let mut cow = String::from_utf8_lossy(b"abc");
    cow.to_mut().push('d');
    println!("{} {}", cow, cow.clone() + "e");
    let s2: String = "to owned".to_owned();
    let v2: Vec<i32> = [1, 2][..].to_owned();
    let n: i32 = 5.to_owned();
    println!("{} {:?} {}", s2, v2, n);
    let text = "Ünïcödé";
    let first = text.chars().next().unwrap();
    let rest: String = text.chars().skip(1).collect();
    println!("{}", first.to_lowercase().collect::<String>() + rest.as_str());
    let mut buf = [0u8; 4];
    let enc = 'ß'.encode_utf8(&mut buf);
    println!("{} {}", enc, enc.len());
}
