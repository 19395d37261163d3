// f64 methods: sqrt, powi, floor, ceil, round, trunc, abs, fract, signum, min/max.
fn main() {
    let values = [2.5, -2.5, 3.49, -3.51, 0.5, -0.5, 1.0, -0.0];
    for i in 0..values.len() {
        let v: f64 = values[i];
        println!(
            "{:>5}: floor {:>3} ceil {:>3} round {:>3} trunc {:>3} abs {}",
            v,
            v.floor(),
            v.ceil(),
            v.round(),
            v.trunc(),
            v.abs()
        );
    }
    println!("sqrt(2) = {}", 2.0f64.sqrt());
    println!("sqrt(144) = {}", 144.0f64.sqrt());
    println!("sqrt(-1) is nan: {}", (-1.0f64).sqrt().is_nan());
    println!("1.5^3 = {}", 1.5f64.powi(3));
    println!("2^-2 = {}", 2.0f64.powi(-2));
    println!("10^0 = {}", 10.0f64.powi(0));
    println!("min/max: {} {}", 3.0f64.min(-1.0), 3.0f64.max(-1.0));
    println!("min with nan: {}", f64::NAN.min(2.0));
    println!("fract(3.75) = {}", 3.75f64.fract());
    println!("signum: {} {} {}", (-8.0f64).signum(), 8.0f64.signum(), 0.0f64.signum());
    println!("hypot-ish: {}", (3.0f64 * 3.0 + 4.0 * 4.0).sqrt());
    println!("f32 sqrt(2) = {}", 2.0f32.sqrt());
    println!("f32 powi = {}", 1.1f32.powi(10));
    println!("f32 round(-1.5) = {}", (-1.5f32).round());

    let mut total = 0.0f64;
    for k in 1..=10 {
        total += 1.0 / (k as f64).powi(2);
    }
    println!("sum 1/k^2 for k<=10 = {}", total);
    let rounded = (total * 1000.0).round() / 1000.0;
    println!("rounded to 3 places = {}", rounded);
}
