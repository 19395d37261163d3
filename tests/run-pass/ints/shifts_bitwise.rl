// Bitwise operators and shifts: arithmetic right shift for signed types, logical for unsigned.
fn is_power_of_two(n: u32) -> bool {
    n != 0 && n & (n - 1) == 0
}

fn main() {
    let a = 0b1100_1010u8;
    let b = 0b1010_0110u8;
    println!("a & b = {:08b}", a & b);
    println!("a | b = {:08b}", a | b);
    println!("a ^ b = {:08b}", a ^ b);
    println!("!a    = {:08b}", !a);
    println!("a << 3 = {:08b}", a << 3);
    println!("a >> 3 = {:08b}", a >> 3);

    let s = -64i32;
    println!("-64 >> 1 = {}, -64 >> 5 = {}, -64 >> 31 = {}", s >> 1, s >> 5, s >> 31);
    println!("-64 << 2 = {}", s << 2);
    println!("-1i8 as u8 >> 1 = {}", (-1i8 as u8) >> 1);
    println!("-1i8 >> 1 = {}", -1i8 >> 1);
    println!("1u64 << 63 = {}", 1u64 << 63);
    println!("1i64 << 62 = {}", 1i64 << 62);
    println!("u32::MAX >> 16 = {}", u32::MAX >> 16);
    println!("!0u16 = {}, !0i16 = {}", !0u16, !0i16);
    println!("!5i32 = {}", !5i32);

    let mut flags = 0u32;
    for bit in (0..32).step_by(5) {
        flags |= 1 << bit;
    }
    println!("flags = {:#034b}", flags);
    flags &= !(1 << 10);
    println!("cleared bit 10: {:#x}", flags);
    flags ^= 0xFF;
    println!("toggled low byte: {:#x}", flags);
    flags <<= 2;
    println!("<<= 2: {:#x}", flags);
    flags >>= 4;
    println!(">>= 4: {:#x}", flags);

    let mut x = 0xDEAD_BEEFu32;
    let mut reversed = 0u32;
    for _ in 0..32 {
        reversed = (reversed << 1) | (x & 1);
        x >>= 1;
    }
    println!("bit-reversed 0xDEADBEEF = {:#010x}", reversed);

    let shift_amount = 3u8;
    println!("shift by u8 amount: {}", 1000i64 >> shift_amount);
    println!("shift i16 by usize: {}", 3i16 << 4usize);
    println!("wrapping_shl(35) on u32: {}", 1u32.wrapping_shl(35));
    println!("wrapping_shr(33) on i32: {}", (-256i32).wrapping_shr(33));
    let probes = [0u32, 1, 6, 64, 96, 1024];
    for i in 0..probes.len() {
        println!("{} is a power of two: {}", probes[i], is_power_of_two(probes[i]));
    }
}
