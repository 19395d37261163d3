// MIN and MAX of every integer type, and literals with suffixes.
fn main() {
    println!("i8:    {} .. {}", i8::MIN, i8::MAX);
    println!("i16:   {} .. {}", i16::MIN, i16::MAX);
    println!("i32:   {} .. {}", i32::MIN, i32::MAX);
    println!("i64:   {} .. {}", i64::MIN, i64::MAX);
    println!("isize: {} .. {}", isize::MIN, isize::MAX);
    println!("u8:    {} .. {}", u8::MIN, u8::MAX);
    println!("u16:   {} .. {}", u16::MIN, u16::MAX);
    println!("u32:   {} .. {}", u32::MIN, u32::MAX);
    println!("u64:   {} .. {}", u64::MIN, u64::MAX);
    println!("usize: {} .. {}", usize::MIN, usize::MAX);

    let a = 255u8;
    let b = -128i8;
    let c = 65_535_u16;
    let d = -2_147_483_648i32;
    let e = 0xFFFF_FFFF_u32;
    let f = 0o777i64;
    let g = 0b1010_1010u8;
    let h = 1_000_000_000_000usize;
    let i = -9_223_372_036_854_775_808i64;
    let j = 18_446_744_073_709_551_615u64;
    println!("{} {} {} {} {}", a, b, c, d, e);
    println!("{} {} {} {} {}", f, g, h, i, j);

    let x: i16 = -300;
    let y: u32 = 4_000_000_000;
    let z = 7isize - 10;
    println!("x={} y={} z={}", x, y, z);
    println!("i64::MAX as u64 + 1 = {}", i64::MAX as u64 + 1);
    println!("u32::MAX as u64 * 2 = {}", u32::MAX as u64 * 2);
    println!("i32::MIN / 2 = {}", i32::MIN / 2);
    println!("-(i32::MAX) = {}", -i32::MAX);
    println!("i8::MAX - i8::MIN = {} (as i16)", i8::MAX as i16 - i8::MIN as i16);
    println!("{:?} {:?}", i64::MIN, u64::MAX);
}
