// Byte-array processing: Caesar and XOR ciphers, run-length encoding, checksums, hex dump.
const MESSAGE: [u8; 26] = [b'A', b't', b't', b'a', b'c', b'k', b' ', b'a', b't', b' ', b'd', b'a', b'w', b'n', b',', b' ', b'1', b'2', b' ', b'o', b'\'', b'c', b'l', b'o', b'c', b'k'];

fn print_bytes_as_text(bytes: &[u8]) {
    for i in 0..bytes.len() {
        print!("{}", bytes[i] as char);
    }
    println!();
}

fn caesar(bytes: &mut [u8], shift: u8) {
    for i in 0..bytes.len() {
        let b = bytes[i];
        bytes[i] = match b {
            b'a'..=b'z' => (b - b'a' + shift) % 26 + b'a',
            b'A'..=b'Z' => (b - b'A' + shift) % 26 + b'A',
            _ => b,
        };
    }
}

fn xor_with_key(bytes: &mut [u8], key: &[u8]) {
    for i in 0..bytes.len() {
        bytes[i] ^= key[i % key.len()];
    }
}

fn adler32(bytes: &[u8]) -> u32 {
    let mut a = 1u32;
    let mut b = 0u32;
    for i in 0..bytes.len() {
        a = (a + bytes[i] as u32) % 65521;
        b = (b + a) % 65521;
    }
    (b << 16) | a
}

fn run_length(bytes: &[u8]) {
    let mut i = 0;
    while i < bytes.len() {
        let mut j = i;
        while j < bytes.len() && bytes[j] == bytes[i] {
            j += 1;
        }
        print!("{}{}", j - i, bytes[i] as char);
        i = j;
    }
    println!();
}

fn hex_dump(bytes: &[u8]) {
    for start in (0..bytes.len()).step_by(8) {
        print!("{:04x}: ", start);
        let end = if start + 8 < bytes.len() { start + 8 } else { bytes.len() };
        for i in start..end {
            print!("{:02x} ", bytes[i]);
        }
        for _ in end..start + 8 {
            print!("   ");
        }
        print!("|");
        for i in start..end {
            let c = bytes[i];
            print!("{}", if c.is_ascii_graphic() || c == b' ' { c as char } else { '.' });
        }
        println!("|");
    }
}

fn main() {
    let mut msg = MESSAGE;
    print_bytes_as_text(&msg);
    println!("adler32 = {:08x}", adler32(&msg));
    caesar(&mut msg, 3);
    print_bytes_as_text(&msg);
    caesar(&mut msg, 23);
    print_bytes_as_text(&msg);
    println!("round trip ok: {}", msg == MESSAGE);

    let key = [0x13u8, 0x37, 0x42];
    xor_with_key(&mut msg, &key);
    hex_dump(&msg);
    xor_with_key(&mut msg, &key);
    print_bytes_as_text(&msg);

    let raw = [b'a', b'a', b'a', b'b', b'c', b'c', b'd', b'd', b'd', b'd', b'd', b'e'];
    run_length(&raw);
    run_length(&[b'z'; 12]);
    run_length(&[b'x', b'y', b'y']);
    run_length(&[]);
    hex_dump(&[0u8, 0x1, 0x7f, 0xff, b' ', b't', b'a', b'b', b'\t', b'n', b'e', b'w', b'l', b'i', b'n', b'e', b'\n']);
}
