// `as` casts between integer types: truncation, sign extension, reinterpretation.
fn main() {
    println!("300i32 as u8 = {}", 300i32 as u8);
    println!("-1i32 as u8 = {}", -1i32 as u8);
    println!("-1i32 as u32 = {}", -1i32 as u32);
    println!("-1i64 as u64 = {}", -1i64 as u64);
    println!("200u8 as i8 = {}", 200u8 as i8);
    println!("128u8 as i8 = {}", 128u8 as i8);
    println!("-128i8 as u16 = {}", -128i8 as u16);
    println!("-128i8 as i16 = {}", -128i8 as i16);
    println!("255u8 as i32 = {}", 255u8 as i32);
    println!("65537i32 as i16 = {}", 65537i32 as i16);
    println!("40000u16 as i16 = {}", 40000u16 as i16);
    println!("u64::MAX as i32 = {}", u64::MAX as i32);
    println!("i64::MIN as i32 = {}", i64::MIN as i32);
    println!("0x1_0000_0001u64 as u32 = {}", 0x1_0000_0001u64 as u32);
    println!("-5isize as usize == usize::MAX - 4: {}", -5isize as usize == usize::MAX - 4);
    println!("usize::MAX as u64 = {}", usize::MAX as u64);
    println!("i32::MIN as i64 = {}", i32::MIN as i64);
    println!("u32::MAX as i64 = {}", u32::MAX as i64);
    println!("u32::MAX as i32 = {}", u32::MAX as i32);

    println!("'A' as u8 = {}, 'é' as u8 = {}, '€' as u32 = {}", 'A' as u8, 'é' as u8, '€' as u32);
    println!("'€' as u8 = {} (truncated)", '€' as u8);
    println!("97u8 as char = {}", 97u8 as char);
    println!("233u8 as char = {}", 233u8 as char);
    println!("true as u64 = {}, false as i8 = {}", true as u64, false as i8);

    let bytes = [0x12u8, 0x34, 0x56, 0x78];
    let mut word = 0u32;
    for i in 0..bytes.len() {
        word = (word << 8) | bytes[i] as u32;
    }
    println!("assembled = {:#x}", word);
    let mut i = 0;
    while i < 4 {
        let byte = (word >> (8 * (3 - i))) as u8;
        print!("{:02x} ", byte);
        i += 1;
    }
    println!();

    let small: i8 = -42;
    let chain = small as u8 as i32 as i64 as u16;
    println!("-42i8 as u8 as i32 as i64 as u16 = {}", chain);
    let neg = -1i16;
    println!("-1i16 as u16 as u32 = {}, -1i16 as i32 as u32 = {}", neg as u16 as u32, neg as i32 as u32);
    println!("sum as wider type: {}", 200u8 as u16 + 100u8 as u16);
}
