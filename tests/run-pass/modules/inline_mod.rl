// Inline modules: pub items, nested modules, use with braces/aliases/self/super, private helpers.
mod geometry {
    pub const UNIT: i32 = 1;

    pub struct Size {
        pub w: i32,
        pub h: i32,
    }

    pub fn area(s: &Size) -> i32 {
        s.w * s.h * scale()
    }

    fn scale() -> i32 {
        super::GLOBAL_SCALE
    }

    pub mod shapes {
        use super::Size;

        pub enum Kind {
            Square,
            Wide,
            Tall,
        }

        pub fn kind(s: &Size) -> Kind {
            if s.w == s.h {
                Kind::Square
            } else if s.w > s.h {
                Kind::Wide
            } else {
                Kind::Tall
            }
        }

        pub fn square(side: i32) -> Size {
            Size { w: side, h: side * super::UNIT }
        }
    }
}

mod counter {
    pub static START: u32 = 100;

    pub fn next(n: u32) -> u32 {
        self::step(n)
    }

    fn step(n: u32) -> u32 {
        n + crate::STEP
    }
}

const GLOBAL_SCALE: i32 = 2;
const STEP: u32 = 5;

use geometry::shapes::{self, Kind};
use geometry::{area, Size};
use counter::next as advance;

fn kind_name(k: Kind) -> &'static str {
    match k {
        Kind::Square => "square",
        Kind::Wide => "wide",
        Kind::Tall => "tall",
    }
}

fn main() {
    let sizes = [Size { w: 3, h: 3 }, Size { w: 5, h: 2 }, Size { w: 1, h: 4 }];
    for i in 0..sizes.len() {
        println!(
            "{}x{}: area {} kind {}",
            sizes[i].w,
            sizes[i].h,
            area(&sizes[i]),
            kind_name(shapes::kind(&sizes[i]))
        );
    }
    let sq = geometry::shapes::square(7);
    println!("square(7) = {}x{}, area {}", sq.w, sq.h, geometry::area(&sq));
    println!("UNIT = {}", geometry::UNIT);
    let mut n = counter::START;
    for _ in 0..3 {
        n = advance(n);
        println!("counter -> {}", n);
    }
    println!("{}", kind_name(crate::geometry::shapes::Kind::Tall));
    for side in 1..=3 {
        let s = shapes::square(side);
        println!("square({}) area {} kind {}", side, area(&s), kind_name(shapes::kind(&s)));
    }
}
