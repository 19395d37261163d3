//@ run-pass
// Matches that rustc proves exhaustive: full ranges, nested enums, bools in tuples.
enum Shape {
    Circle(u32),
    Rect { w: u32, h: u32 },
}

fn classify(b: u8) -> &'static str {
    match b {
        0 => "zero",
        1..=127 => "low",
        128..=u8::MAX => "high",
    }
}

fn area(s: &Shape) -> u32 {
    match s {
        Shape::Circle(r) => 3 * r * r,
        Shape::Rect { w, h } => w * h,
    }
}

fn main() {
    let pairs = [(true, true), (false, true)];
    for p in pairs {
        let s = match p {
            (true, true) => "both",
            (true, false) | (false, true) => "one",
            (false, false) => "none",
        };
        println!("{}", s);
    }
    println!("{} {}", classify(200), classify(0));
    println!("{} {}", area(&Shape::Circle(2)), area(&Shape::Rect { w: 2, h: 3 }));
    let nested: Option<Option<bool>> = Some(None);
    match nested {
        None => println!("none"),
        Some(None) => println!("some none"),
        Some(Some(true)) => println!("true"),
        Some(Some(false)) => println!("false"),
    }
}
