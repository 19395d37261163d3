// The impl's method takes `i32` where the trait says `u32`.
trait Scale {
    fn scale(&self, by: u32) -> u32;
}

struct Unit;

impl Scale for Unit {
    fn scale(&self, by: i32) -> u32 { //~ ERROR E0053
        by as u32
    }
}

fn main() {
    println!("{}", Unit.scale(2));
}
