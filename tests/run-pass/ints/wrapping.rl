// Explicit wrapping arithmetic: wraps identically in debug and release builds.
fn lcg(state: u32) -> u32 {
    state.wrapping_mul(1_664_525).wrapping_add(1_013_904_223)
}

fn fnv1a(bytes: &[u8]) -> u64 {
    let mut h = 0xcbf2_9ce4_8422_2325u64;
    for i in 0..bytes.len() {
        h ^= bytes[i] as u64;
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    h
}

fn main() {
    println!("u8 250 + 10 = {}", 250u8.wrapping_add(10));
    println!("u8 5 - 10 = {}", 5u8.wrapping_sub(10));
    println!("u8 16 * 17 = {}", 16u8.wrapping_mul(17));
    println!("i8 127 + 1 = {}", 127i8.wrapping_add(1));
    println!("i8 -128 - 1 = {}", (-128i8).wrapping_sub(1));
    println!("i8 -128 neg = {}", (-128i8).wrapping_neg());
    println!("i8 -128 abs = {}", (-128i8).wrapping_abs());
    println!("i16 300 * 300 = {}", 300i16.wrapping_mul(300));
    println!("i32 MAX + 1 = {}", i32::MAX.wrapping_add(1));
    println!("i32 MIN * -1 = {}", i32::MIN.wrapping_mul(-1));
    println!("u32 0 - 1 = {}", 0u32.wrapping_sub(1));
    println!("u64 MAX + 2 = {}", u64::MAX.wrapping_add(2));
    println!("i64 MIN - 1 = {}", i64::MIN.wrapping_sub(1));
    println!("usize 0 - 1 == MAX: {}", 0usize.wrapping_sub(1) == usize::MAX);
    println!("u32 3^40 wrapping_pow = {}", 3u32.wrapping_pow(40));
    println!("i64 7^30 wrapping_pow = {}", 7i64.wrapping_pow(30));
    println!("u16 wrapping_neg(1) = {}", 1u16.wrapping_neg());

    let mut state = 42u32;
    for step in 1..=8 {
        state = lcg(state);
        println!("lcg step {}: {}", step, state);
    }

    println!("fnv1a(\"\") = {:#018x}", fnv1a(&[]));
    let word = [b'r', b'u', b's', b't'];
    println!("fnv1a(\"rust\") = {:#018x}", fnv1a(&word));

    let mut acc = 1u8;
    let mut i = 0;
    while i < 12 {
        acc = acc.wrapping_mul(3).wrapping_add(i);
        print!("{} ", acc);
        i += 1;
    }
    println!();

    let mut counter = 0u16;
    for _ in 0..70_000 {
        counter = counter.wrapping_add(1);
    }
    println!("u16 counter after 70000 increments = {}", counter);
}
