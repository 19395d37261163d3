// Tuple structs, newtypes and unit structs.
struct Meters(f64);
struct Rgb(u8, u8, u8);
struct Pair(i32, &'static str);
struct Marker;
struct Wrapper(Rgb);

fn add_meters(a: Meters, b: Meters) -> Meters {
    Meters(a.0 + b.0)
}

fn brightness(c: &Rgb) -> u32 {
    (c.0 as u32 * 299 + c.1 as u32 * 587 + c.2 as u32 * 114) / 1000
}

fn invert(c: &mut Rgb) {
    c.0 = 255 - c.0;
    c.1 = 255 - c.1;
    c.2 = 255 - c.2;
}

fn describe_marker(_m: Marker) -> &'static str {
    "a unit struct carries no data"
}

fn main() {
    let d = add_meters(Meters(1.5), Meters(2.25));
    println!("distance = {} m", d.0);

    let mut c = Rgb(200, 100, 50);
    println!("rgb = ({}, {}, {}) brightness {}", c.0, c.1, c.2, brightness(&c));
    invert(&mut c);
    println!("inverted = ({}, {}, {}) brightness {}", c.0, c.1, c.2, brightness(&c));

    let Rgb(r, g, b) = c;
    println!("destructured r={} g={} b={}", r, g, b);

    let p = Pair(7, "seven");
    let Pair(n, name) = p;
    println!("pair: {} is {}", n, name);

    let m = Marker;
    println!("{}", describe_marker(m));
    let _another = Marker {};

    let mut w = Wrapper(Rgb(1, 2, 3));
    (w.0).1 = 20;
    w.0 .2 += 10;
    println!("wrapped = ({}, {}, {})", w.0 .0, w.0 .1, w.0 .2);
    w.0.0 = 99;
    println!("nested index without spaces: {} {}", w.0.0, w.0.2);

    let palette = [Rgb(255, 0, 0), Rgb(0, 255, 0), Rgb(0, 0, 255), Rgb(255, 255, 255)];
    for i in 0..palette.len() {
        println!("palette[{}] brightness {}", i, brightness(&palette[i]));
    }
    let mut total = Meters(0.0);
    for k in 1..=4 {
        total = add_meters(total, Meters(k as f64 * 0.5));
    }
    println!("total = {}", total.0);
}
