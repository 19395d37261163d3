// The same arithmetic in every integer type, to check each width and signedness.
fn main() {
    let a8: i8 = -100;
    let b8: i8 = 27;
    println!("i8:    {} {} {} {} {}", a8 + b8, a8 - b8 / 2, a8 / b8, a8 % b8, b8 * 4);
    let a16: i16 = -30_000;
    let b16: i16 = 1_234;
    println!("i16:   {} {} {} {} {}", a16 + b16, a16 / b16, a16 % b16, b16 * 20, -a16);
    let a32: i32 = -2_000_000_000;
    let b32: i32 = 77_777;
    println!("i32:   {} {} {} {}", a32 + b32, a32 / b32, a32 % b32, b32 * 25_000);
    let a64: i64 = -9_000_000_000_000_000_000;
    let b64: i64 = 1_000_003;
    println!("i64:   {} {} {} {}", a64 + b64, a64 / b64, a64 % b64, b64 * b64);
    let as_: isize = -123_456_789;
    let bs: isize = 1000;
    println!("isize: {} {} {} {}", as_ * bs, as_ / bs, as_ % bs, as_ - bs);
    let c8: u8 = 250;
    let d8: u8 = 7;
    println!("u8:    {} {} {} {} {}", c8 - d8, c8 / d8, c8 % d8, d8 * 36, c8 >> 3);
    let c16: u16 = 65_000;
    let d16: u16 = 255;
    println!("u16:   {} {} {} {}", c16 + 535, c16 / d16, c16 % d16, d16 * 257);
    let c32: u32 = 4_000_000_000;
    let d32: u32 = 65_536;
    println!("u32:   {} {} {} {}", c32 + 294_967_295, c32 / d32, c32 % d32, d32 * 65_535);
    let c64: u64 = 18_000_000_000_000_000_000;
    let d64: u64 = 3;
    println!("u64:   {} {} {} {}", c64 + 446_744_073_709_551_615, c64 / d64, c64 % 7, d64 * 6_000_000_000_000_000_000);
    let cs: usize = 1 << 40;
    let ds: usize = 12_345;
    println!("usize: {} {} {} {}", cs + ds, cs / ds, cs % ds, ds * ds);

    let mut mixed = 0i64;
    mixed += a8 as i64;
    mixed += b16 as i64;
    mixed += c8 as i64;
    mixed += d32 as i64;
    mixed += as_ as i64;
    println!("mixed sum via i64 = {}", mixed);

    let mut t8 = 1u8;
    let mut t16 = 1u16;
    let mut t32 = 1u32;
    let mut t64 = 1u64;
    for _ in 0..7 {
        t8 *= 2;
        t16 *= 4;
        t32 *= 16;
        t64 *= 256;
    }
    println!("powers: {} {} {} {}", t8, t16, t32, t64);
    println!("mins negated through wider types: {} {} {}", -(i8::MIN as i16), -(i16::MIN as i32), -(i32::MIN as i64));
    println!("unsigned compare: {} {}", 200u8 > 100u8, (-1i8 as u8) > 1u8);
    println!("signed compare: {} {}", -1i8 < 1i8, i64::MIN < 0);
}
