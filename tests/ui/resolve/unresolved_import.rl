// Importing an item that the module does not have.
mod shapes {
    pub fn square(x: i32) -> i32 {
        x * x
    }
}

use shapes::cube; //~ ERROR E0432

fn main() {
    println!("{}", shapes::square(3));
}
