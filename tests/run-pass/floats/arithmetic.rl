// f64 arithmetic and comparisons, including NaN semantics and remainder.
fn mean(xs: &[f64]) -> f64 {
    let mut s = 0.0;
    for i in 0..xs.len() {
        s += xs[i];
    }
    s / xs.len() as f64
}

fn newton_sqrt(x: f64) -> f64 {
    let mut guess = x / 2.0;
    let mut i = 0;
    while i < 20 {
        guess = (guess + x / guess) / 2.0;
        i += 1;
    }
    guess
}

fn main() {
    let a = 7.5;
    let b = -2.0;
    println!("{} + {} = {}", a, b, a + b);
    println!("{} - {} = {}", a, b, a - b);
    println!("{} * {} = {}", a, b, a * b);
    println!("{} / {} = {}", a, b, a / b);
    println!("{} % {} = {}", a, b, a % b);
    println!("-7.5 % 2 = {}", -7.5 % 2.0);
    println!("-a = {}", -a);
    let mut c = 1.0;
    c += 0.5;
    c *= 3.0;
    c -= 1.0;
    c /= 4.0;
    println!("compound: {}", c);

    let nan = f64::NAN;
    println!("nan == nan: {}", nan == nan);
    println!("nan != nan: {}", nan != nan);
    println!("nan < 1: {}, nan > 1: {}, nan >= nan: {}", nan < 1.0, nan > 1.0, nan >= nan);
    println!("is_nan: {} {}", nan.is_nan(), 1.0f64.is_nan());
    println!("0.0 == -0.0: {}", 0.0 == -0.0f64);
    println!("inf > MAX: {}", f64::INFINITY > f64::MAX);
    println!("inf - inf is nan: {}", (f64::INFINITY - f64::INFINITY).is_nan());
    println!("1e308 * 10 = {}", 1e308 * 10.0);
    println!("is_finite: {} {}", 1.0f64.is_finite(), f64::INFINITY.is_finite());
    println!("is_sign_negative(-0.0) = {}", (-0.0f64).is_sign_negative());

    let xs = [2.5, 3.5, 1.0, 9.25, -4.0];
    println!("mean = {}", mean(&xs));
    println!("mean of tail = {}", mean(&xs[2..]));
    let targets = [2.0, 10.0, 0.25, 1e6];
    for i in 0..targets.len() {
        println!("newton_sqrt({}) = {}", targets[i], newton_sqrt(targets[i]));
    }
    let mut x = 1.0f64;
    let mut steps = 0;
    while x != 0.0 {
        x /= 2.0;
        steps += 1;
    }
    println!("halvings until zero: {}", steps);
    let mut eps = 1.0f64;
    while 1.0 + eps / 2.0 != 1.0 {
        eps /= 2.0;
    }
    println!("machine epsilon = {}, matches const: {}", eps, eps == f64::EPSILON);
}
