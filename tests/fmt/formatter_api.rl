// Formatter methods used by hand-written Display / Debug impls.
use std::fmt;

struct Name(&'static str);

impl fmt::Display for Name {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.pad(self.0)
    }
}

struct Num(i64);

impl fmt::Display for Num {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let digits = if self.0 < 0 { -self.0 } else { self.0 };
        let text = format_digits(digits as u64);
        f.pad_integral(self.0 >= 0, "0d", text)
    }
}

fn format_digits(n: u64) -> &'static str {
    match n {
        0 => "0",
        7 => "7",
        42 => "42",
        _ => "many",
    }
}

struct Spec;

impl fmt::Display for Spec {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "width={:?} precision={:?} fill={:?} alt={} plus={} zero={}", f.width(), f.precision(),
               f.fill(), f.alternate(), f.sign_plus(), f.sign_aware_zero_pad())
    }
}

struct Grid {
    rows: [[u8; 3]; 2],
}

impl fmt::Display for Grid {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        for row in self.rows.iter() {
            for cell in row.iter() {
                write!(f, "{:>3}", cell);
            }
            writeln!(f);
        }
        Ok(())
    }
}

fn main() {
    println!("[{}] [{:>8}] [{:<8}] [{:^8}] [{:*^9}] [{:.2}] [{:>6.3}]", Name("abc"), Name("abc"), Name("abc"),
             Name("abc"), Name("abc"), Name("abcdef"), Name("abcdef"));
    println!("[{}] [{:5}] [{:<5}] [{:+}] [{:05}] [{:#}] [{:#08}] [{:^7}]", Num(42), Num(42), Num(-7), Num(7),
             Num(-42), Num(42), Num(-7), Num(0));
    println!("{}", Spec);
    println!("{:>+#010.3}", Spec);
    println!("{:_<4}", Spec);
    print!("{}", Grid { rows: [[1, 2, 3], [10, 20, 30]] });
    println!("{}|{:>4}", Name("x"), Num(7));
}
