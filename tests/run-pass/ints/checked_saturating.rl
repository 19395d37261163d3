// checked_* returns Option (printed with {:?}); saturating_* clamps to the type's range.
fn checked_factorial(n: u32) -> Option<u32> {
    let mut acc = 1u32;
    let mut k = 2;
    while k <= n {
        match acc.checked_mul(k) {
            Some(v) => acc = v,
            None => return None,
        }
        k += 1;
    }
    Some(acc)
}

fn main() {
    println!("{:?}", 200u8.checked_add(55));
    println!("{:?}", 200u8.checked_add(56));
    println!("{:?}", 3u8.checked_sub(4));
    println!("{:?}", 100i8.checked_mul(2));
    println!("{:?}", (-100i8).checked_mul(1));
    println!("{:?}", i32::MIN.checked_neg());
    println!("{:?}", i32::MIN.checked_abs());
    println!("{:?}", (-5i32).checked_abs());
    println!("{:?}", 2u64.checked_pow(63));
    println!("{:?}", 2u64.checked_pow(64));
    println!("{:?}", 1u32.checked_shl(31));
    println!("{:?}", 1u32.checked_shl(32));
    println!("{:?}", i64::MAX.checked_add(-1));

    for n in 10..15 {
        println!("{}! checked = {:?}", n, checked_factorial(n));
    }

    if let Some(sum) = 1_000_000i32.checked_add(2_000_000) {
        println!("sum fits: {}", sum);
    }
    if let None = i32::MAX.checked_add(1) {
        println!("i32::MAX + 1 does not fit");
    }

    println!("saturating u8 250 + 10 = {}", 250u8.saturating_add(10));
    println!("saturating u8 5 - 10 = {}", 5u8.saturating_sub(10));
    println!("saturating i8 100 * 2 = {}", 100i8.saturating_mul(2));
    println!("saturating i8 -100 * 2 = {}", (-100i8).saturating_mul(2));
    println!("saturating i32 MIN - 1 = {}", i32::MIN.saturating_sub(1));
    println!("saturating i64 MAX + MAX = {}", i64::MAX.saturating_add(i64::MAX));
    println!("saturating u32 10^10 = {}", 10u32.saturating_pow(10));
    println!("saturating i16 (-2)^15 = {}", (-2i16).saturating_pow(15));
    println!("saturating i16 (-2)^16 = {}", (-2i16).saturating_pow(16));
    println!("saturating usize 0 - 1 = {}", 0usize.saturating_sub(1));

    let mut health = 10u8;
    let hits = [3u8, 4, 5, 1];
    for i in 0..hits.len() {
        health = health.saturating_sub(hits[i]);
        println!("hit {} -> health {}", hits[i], health);
    }
}
