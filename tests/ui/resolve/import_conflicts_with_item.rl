// An import and an item of the same name in one namespace.
mod shapes {
    pub fn area() -> i32 {
        4
    }
}

use shapes::area;

fn area() -> i32 { //~ ERROR E0255
    5
}

fn main() {
    println!("{}", area());
}
