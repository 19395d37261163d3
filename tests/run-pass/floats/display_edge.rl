// Float Display: shortest round-trip decimal, never exponent form; specials and signed zero.
fn main() {
    println!("{}", 0.1 + 0.2);
    println!("{}", 0.1f32 + 0.2f32);
    println!("{}", 1.0);
    println!("{}", 1.5e10);
    println!("{}", 1e21);
    println!("{}", 1e22);
    println!("{}", 1.7976931348623157e308);
    println!("{}", 1e-7);
    println!("{}", 5e-324);
    println!("{}", 2.2250738585072014e-308);
    println!("{}", 123456789.123456789);
    println!("{}", 0.3);
    println!("{}", 2.0f64 / 3.0);
    println!("{}", 100.0f64 / 3.0);
    println!("{}", -0.0f64);
    println!("{}", 0.0f64);
    println!("{}", -1.25);
    let zero = 0.0f64;
    println!("{}", 1.0 / zero);
    println!("{}", -1.0 / zero);
    println!("{}", zero / zero);
    println!("{}", f64::NAN);
    println!("{}", f64::INFINITY);
    println!("{}", f64::NEG_INFINITY);
    println!("{}", f64::MAX);
    println!("{}", f64::MIN_POSITIVE);
    println!("{}", f64::EPSILON);
    println!("{}", 9007199254740993.0);
    println!("{}", 4.35);
    println!("{}", 0.000001);
    println!("{}", 1234.5e-3);
}
