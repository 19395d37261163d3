// Integer methods: pow, abs, signum, rem_euclid, count_ones/zeros, leading/trailing zeros, min/max.
use std::cmp::{max, min};

fn main() {
    println!("2^10 = {}, 3^4 = {}, (-2)^5 = {}, 10^0 = {}", 2i32.pow(10), 3u64.pow(4), (-2i64).pow(5), 10u8.pow(0));
    println!("7^20 = {}", 7u64.pow(20));
    println!("abs: {} {} {}", (-5i32).abs(), 5i32.abs(), (-128i16).abs());
    println!("signum: {} {} {}", (-42i32).signum(), 0i32.signum(), 42i64.signum());
    println!("abs_diff: {} {}", 3u8.abs_diff(250), (-100i32).abs_diff(100));
    println!("rem_euclid: {} {} {}", (-7i32).rem_euclid(3), 7i32.rem_euclid(-3), (-1i64).rem_euclid(26));
    println!("is_positive/negative: {} {}", 3i8.is_positive(), (-3i8).is_negative());

    let values = [0u32, 1, 2, 255, 256, 0xF0F0, u32::MAX];
    for i in 0..values.len() {
        let v = values[i];
        println!(
            "{:>10}: ones={:>2} zeros={:>2} leading={:>2} trailing={:>2}",
            v,
            v.count_ones(),
            v.count_zeros(),
            v.leading_zeros(),
            v.trailing_zeros()
        );
    }
    println!("-1i8 count_ones = {}", (-1i8).count_ones());
    println!("1u64 leading_zeros = {}", 1u64.leading_zeros());
    println!("i16::MIN trailing_zeros = {}", i16::MIN.trailing_zeros());

    println!("min(3, 9) = {}, max(3, 9) = {}", min(3, 9), max(3, 9));
    println!("min(-1i64, -7) = {}", min(-1i64, -7));
    println!("max('a', 'z') = {}", max('a', 'z'));
    println!("max(u8) = {}", max(200u8, 100u8));

    let data = [17, -4, 93, 0, -60, 42, 8];
    let mut lo = i32::MAX;
    let mut hi = i32::MIN;
    for i in 0..data.len() {
        lo = min(lo, data[i]);
        hi = max(hi, data[i]);
    }
    println!("range of data: {} ..= {}", lo, hi);

    let mut digits = 0;
    let mut n = 9_876_543_210u64;
    while n > 0 {
        digits += 1;
        n /= 10;
    }
    println!("digits in 9876543210 = {}", digits);
    println!("isqrt-ish by pow: {}", {
        let target = 1_000_000u64;
        let mut r = 0u64;
        while (r + 1).pow(2) <= target {
            r += 1;
        }
        r
    });
}
