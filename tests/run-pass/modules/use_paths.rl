// Paths and `use`: glob imports, re-exports with pub use, enum variant imports, shadowing by local items.
mod colors {
    pub enum Color {
        Red,
        Green,
        Blue,
    }

    pub fn code(c: &Color) -> u32 {
        match c {
            Color::Red => 0xff0000,
            Color::Green => 0x00ff00,
            Color::Blue => 0x0000ff,
        }
    }
}

mod math {
    pub mod consts {
        pub const TEN: i64 = 10;
        pub const SEVEN: i64 = 7;
    }

    pub mod ops {
        pub fn add(a: i64, b: i64) -> i64 {
            a + b
        }

        pub fn mul(a: i64, b: i64) -> i64 {
            a * b
        }
    }

    pub use self::ops::add as plus;
    pub use self::consts::*;
}

mod outer {
    pub mod inner {
        pub fn depth() -> u32 {
            2
        }

        pub fn parent_depth() -> u32 {
            super::depth()
        }
    }

    pub fn depth() -> u32 {
        1
    }
}

use colors::Color::{self, Blue, Green, Red};
use math::ops::*;

fn describe(c: Color) -> &'static str {
    match c {
        Red => "red",
        Green => "green",
        Blue => "blue",
    }
}

fn main() {
    println!("{} {:06x}", describe(Red), colors::code(&Red));
    println!("{} {:06x}", describe(Color::Green), colors::code(&Green));
    println!("{} {:06x}", describe(Blue), colors::code(&Color::Blue));

    // The local `fn add` below is in scope for the whole block, so it wins here too.
    println!("add = {}", add(math::TEN, math::SEVEN));
    println!("mul = {}", mul(math::consts::TEN, math::SEVEN));
    println!("plus = {}", math::plus(1, 2));

    println!("depths: {} {} {}", outer::depth(), outer::inner::depth(), outer::inner::parent_depth());

    fn add(a: i64, b: i64) -> i64 {
        a - b
    }
    println!("local fn shadows glob import: add(10, 3) = {}", add(10, 3));

    {
        use math::ops::mul as times;
        println!("block-scoped use: {}", times(6, 7));
    }
    use std::cmp::max;
    println!("std path: {}", max(math::TEN, 99));
    println!("absolute: {}", ::std::cmp::min(3, 4));
}
