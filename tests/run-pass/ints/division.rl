// Integer division and remainder truncate toward zero; rem_euclid/div_euclid floor.
fn show(a: i32, b: i32) {
    println!(
        "{:>4} / {:>3} = {:>4}   {:>4} % {:>3} = {:>3}   div_euclid {:>4}  rem_euclid {:>3}",
        a, b, a / b, a, b, a % b, a.div_euclid(b), a.rem_euclid(b)
    );
}

fn main() {
    let pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (6, 3), (-6, 3), (0, 5), (1, 7), (-1, 7), (100, -9), (-100, 9)];
    for i in 0..pairs.len() {
        show(pairs[i].0, pairs[i].1);
    }
    println!("i8: -128 / 3 = {}, -128 % 3 = {}", -128i8 / 3, -128i8 % 3);
    println!("i64: {} / 1000 = {}", -9_000_000_000_001i64, -9_000_000_000_001i64 / 1000);
    println!("i64: {} % 1000 = {}", -9_000_000_000_001i64, -9_000_000_000_001i64 % 1000);
    println!("u32: 4000000000 / 7 = {}, % 7 = {}", 4_000_000_000u32 / 7, 4_000_000_000u32 % 7);
    println!("u8: 255 / 16 = {}, 255 % 16 = {}", 255u8 / 16, 255u8 % 16);
    println!("u64::MAX / 3 = {}", u64::MAX / 3);
    println!("i32::MIN % -1 via wrapping_rem = {}", i32::MIN.wrapping_rem(-1));
    println!("i32::MIN / -1 via wrapping_div = {}", i32::MIN.wrapping_div(-1));
    println!("checked_div by zero = {:?}", 10i32.checked_div(0));
    println!("checked_rem by zero = {:?}", 10u8.checked_rem(0));
    println!("checked_div overflow = {:?}", i64::MIN.checked_div(-1));
    let mut m = -17;
    m /= 4;
    println!("m /= 4 -> {}", m);
    m %= 3;
    println!("m %= 3 -> {}", m);
    println!("(-5i32).rem_euclid(-3) = {}", (-5i32).rem_euclid(-3));
    println!("(-5i32).div_euclid(-3) = {}", (-5i32).div_euclid(-3));
}
