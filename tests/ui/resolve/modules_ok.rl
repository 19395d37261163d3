//@ check-pass
// Paths through nested modules, `super`, `self` and `use` with renames all resolve.
mod outer {
    pub const BASE: i32 = 10;
    pub mod inner {
        pub fn scaled(x: i32) -> i32 {
            x * super::BASE
        }
        pub fn twice(x: i32) -> i32 {
            self::scaled(x) * 2
        }
    }
}

use outer::inner::{scaled as s, twice};

fn main() {
    println!("{} {}", s(2), twice(3));
}
