// Two imports that bind the same name.
mod a {
    pub fn run() -> i32 {
        1
    }
}

mod b {
    pub fn run() -> i32 {
        2
    }
}

use a::run;
use b::run; //~ ERROR E0252

fn main() {
    println!("{}", run());
}
