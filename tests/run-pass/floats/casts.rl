// Float casts: float->int saturates (NaN -> 0), int->float rounds to nearest.
fn main() {
    println!("3.99 as i32 = {}", 3.99f64 as i32);
    println!("-3.99 as i32 = {}", -3.99f64 as i32);
    println!("-1.5 as u8 = {}", -1.5f64 as u8);
    println!("300.7 as u8 = {}", 300.7f64 as u8);
    println!("255.9 as u8 = {}", 255.9f64 as u8);
    println!("-129.0 as i8 = {}", -129.0f64 as i8);
    println!("1e10 as i32 = {}", 1e10f64 as i32);
    println!("-1e10 as i32 = {}", -1e10f64 as i32);
    println!("1e20 as u64 = {}", 1e20f64 as u64);
    println!("1e19 as u64 = {}", 1e19f64 as u64);
    println!("-1e20 as i64 = {}", -1e20f64 as i64);
    println!("NaN as i32 = {}", f64::NAN as i32);
    println!("NaN as u64 = {}", f64::NAN as u64);
    println!("inf as i16 = {}", f64::INFINITY as i16);
    println!("-inf as i16 = {}", f64::NEG_INFINITY as i16);
    println!("inf as usize == usize::MAX: {}", f64::INFINITY as usize == usize::MAX);
    println!("f32 3e9 as i32 = {}", 3e9f32 as i32);
    println!("f32 -0.9 as u32 = {}", -0.9f32 as u32);

    println!("i32::MAX as f32 = {}", i32::MAX as f32);
    println!("i64::MAX as f64 = {}", i64::MAX as f64);
    println!("u64::MAX as f32 = {}", u64::MAX as f32);
    println!("16777217i32 as f32 = {}", 16777217i32 as f32);
    println!("9007199254740993i64 as f64 = {}", 9007199254740993i64 as f64);
    println!("-7i8 as f64 = {}", -7i8 as f64);
    println!("200u8 as f32 = {}", 200u8 as f32);
    println!("'Z' as u8 as f64 = {}", 'Z' as u8 as f64);

    let avg = (7 + 8 + 10) as f64 / 3.0;
    println!("average = {}", avg);
    let percent = (avg / 10.0 * 100.0) as u32;
    println!("percent truncated = {}", percent);
    let celsius = [-40.0, 0.0, 36.6, 100.0];
    for i in 0..celsius.len() {
        let f = celsius[i] * 9.0 / 5.0 + 32.0;
        println!("{} C = {} F = {} F rounded down", celsius[i], f, f as i32);
    }
}
