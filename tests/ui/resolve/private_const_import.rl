// Importing a private constant.
mod config {
    const LIMIT: i32 = 10;
    pub fn limit() -> i32 {
        LIMIT
    }
}

use config::LIMIT; //~ ERROR E0603

fn main() {
    println!("{}", config::limit());
}
