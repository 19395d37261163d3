// Float Debug ({:?}): whole floats keep ".0", exponent form for very large/small; f32 values.
fn main() {
    println!("{:?}", 1.0f64);
    println!("{:?}", 0.0f64);
    println!("{:?}", -0.0f64);
    println!("{:?}", 42.0f64);
    println!("{:?}", 0.5f64);
    println!("{:?}", 1e15f64);
    println!("{:?}", 1e16f64);
    println!("{:?}", 1e21f64);
    println!("{:?}", 1.5e300f64);
    println!("{:?}", 1e-4f64);
    println!("{:?}", 1e-5f64);
    println!("{:?}", 1e-7f64);
    println!("{:?}", 0.1 + 0.2);
    println!("{:?}", f64::NAN);
    println!("{:?}", f64::INFINITY);
    println!("{:?}", -f64::INFINITY);
    println!("{:?}", (1.0, 2.5, -3.0));
    println!("{:?}", [0.25f32, 1.0, 1e20]);

    println!("f32:");
    println!("{}", 0.1f32);
    println!("{}", 1.0f32 / 3.0);
    println!("{}", 16777217.0f32);
    println!("{}", f32::MAX);
    println!("{}", f32::MIN_POSITIVE);
    println!("{}", f32::EPSILON);
    println!("{:?}", 3.0f32);
    println!("{:?}", 1e10f32);
    println!("{:?}", 1e16f32);
    println!("{:?}", 1e-10f32);
    println!("{}", 0.1f32 as f64);
    println!("{}", 0.1f64 as f32);
    println!("{}", 1e40f64 as f32);
    println!("{}", 1e-50f64 as f32);
    println!("{}", -2.5f32 * 4.0);
    let mut acc = 0.0f32;
    for _ in 0..10 {
        acc += 0.1;
    }
    println!("ten tenths in f32 = {}", acc);
    let mut acc64 = 0.0f64;
    for _ in 0..10 {
        acc64 += 0.1;
    }
    println!("ten tenths in f64 = {}", acc64);
    println!("f32 == : {}", acc == 1.0);
}
